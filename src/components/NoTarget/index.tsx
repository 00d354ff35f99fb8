import Taro from '@tarojs/taro'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'

/**
 * A page about one record (an activity, a notice, a member) opened without naming it: an old
 * link or a shared page. It says where to choose one instead of showing a validation message.
 */
export function NoTarget({ what, from, url, tab = false }: { what: string; from: string; url: string; tab?: boolean }) {
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
