import Taro, { useRouter } from '@tarojs/taro'
import type { ComponentType } from 'react'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'

export interface NoTargetProps {
  /** What the page is about: 活动, 通知, 党员 … */
  what: string
  /** Where one is chosen, as its page is called. */
  from: string
  url: string
  /** The page to choose from is a tab. */
  tab?: boolean
}

/**
 * A page about one record (an activity, a notice, a member) opened without naming it: an old
 * link or a shared page. It says where to choose one instead of showing a validation message.
 */
export function NoTarget({ what, from, url, tab = false }: NoTargetProps) {
  // A tab page can only be reached with switchTab.
  const go = () => void (tab ? Taro.switchTab({ url }) : Taro.redirectTo({ url }))
  return (
    <PageShell>
      <EmptyState
        title={`请先选一个${what}`}
        description={`这一页从“${from}”里的某个${what}打开。`}
        action={
          <Button kind="primary" block onClick={go}>
            {`去${from}`}
          </Button>
        }
      />
    </PageShell>
  )
}

/**
 * The page about the record the route's `param` names: `Page` with its id, or NoTarget when
 * the link names none (the screen's hooks then never run, so the cloud is asked nothing).
 */
export function targetPage(param: string, Page: ComponentType<{ id: string }>, missing: NoTargetProps) {
  return function TargetPage() {
    const id = useRouter().params[param]
    return id ? <Page id={id} /> : <NoTarget {...missing} />
  }
}
