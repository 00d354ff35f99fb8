import Taro from '@tarojs/taro'
import type { OfficerTodo as Todo } from '@core/contract/home'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { Section } from '@/components/Section'

const open = (url: string) => () => void Taro.navigateTo({ url })

/** Each queue in words, the page it opens and what the tap does there; only those with something waiting. */
function rows(todo: Todo): Array<{ title: string; value: string; url: string }> {
  const all = [
    { n: todo.leavePending, title: `${todo.leavePending}条请假待审批`, value: '去审批', url: 'leave' },
    { n: todo.makeupSubmitted, title: `${todo.makeupSubmitted}篇补学心得待审核`, value: '去审核', url: 'review' },
    { n: todo.paymentsReported, title: `${todo.paymentsReported}笔缴费待确认`, value: '去确认', url: 'dues' },
    { n: todo.unbound, title: `${todo.unbound}人还未绑定微信`, value: '发绑定码', url: 'members' },
    { n: todo.developDue, title: `党员发展本月要办${todo.developDue}项`, value: '去办理', url: 'develop' },
  ]
  const talk = todo.talkNudge ? [{ title: todo.talkNudge, value: '去看看', url: 'talks' }] : []
  return [...all.filter((r) => r.n > 0), ...talk].map((r) => ({
    title: r.title,
    value: r.value,
    url: `/packageSecretary/pages/${r.url}/index`,
  }))
}

/** 支部待办 on a 书记's or 支委's 首页: what waits in their branch, each count opening its queue. */
export function OfficerTodo({ todo }: { todo: Todo }) {
  const waiting = rows(todo)
  return (
    <Section title="支部待办">
      {waiting.length === 0 ? (
        <EmptyState
          title="支部暂无待办"
          description="请假、补学心得、缴费都已处理，党员都已绑定微信，党员发展本月没有要办的。"
        />
      ) : (
        waiting.map((r) => <EntryRow key={r.url} title={r.title} value={r.value} onClick={open(r.url)} />)
      )}
      <EntryRow title="支部管理" value="成员、活动、党费等" onClick={open('/packageSecretary/pages/overview/index')} />
    </Section>
  )
}
