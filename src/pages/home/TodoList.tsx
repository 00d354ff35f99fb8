import Taro from '@tarojs/taro'
import type { MakeupItem } from '@core/contract/activity-views'
import type { DuesHomeStatus } from '@core/contract/dues-views'
import { DUES_STATUS_LABELS } from '@core/contract/dues-labels'
import { formatFen } from '@core/money'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { MakeupTaskRow, makeupPage } from '@/components/MakeupTaskRow'

/** `本月党费 30.00 元 · 待交` (and the months owed, when any). */
export function duesText(dues: DuesHomeStatus): string {
  const amount = dues.dueFen === null ? '本月党费' : `本月党费 ${formatFen(dues.dueFen)} 元`
  const owed = dues.arrearsMonths > 0 ? `，另有${dues.arrearsMonths}个月未交` : ''
  return `${amount} · ${DUES_STATUS_LABELS[dues.status]}${owed}`
}

const openNotices = () => void Taro.navigateTo({ url: '/packageMember/pages/notices/index' })

/** 首页 stays a short list: the first tasks (returned ones first), then one row to all of them. */
const MAKEUP_SHOWN = 3

export function TodoList({
  makeup,
  dues,
  unreadNotices,
  toAck,
}: {
  makeup: MakeupItem[]
  dues: DuesHomeStatus | null
  unreadNotices: number
  /** Read, still asking for 确认收到: a to-do of its own. */
  toAck: number
}) {
  if (makeup.length === 0 && !dues && unreadNotices === 0 && toAck === 0) {
    return <EmptyState title="暂无待办" description="未读通知、补学任务和本月党费会显示在这里。" />
  }
  return (
    <>
      {unreadNotices > 0 ? (
        <EntryRow title={`${unreadNotices}条通知未读`} value="去看看" onClick={openNotices} />
      ) : null}
      {toAck > 0 ? <EntryRow title={`${toAck}条通知待确认收到`} value="去确认" onClick={openNotices} /> : null}
      {makeup.slice(0, MAKEUP_SHOWN).map((task) => (
        <MakeupTaskRow key={task.activityId} task={task} label="补学：" />
      ))}
      {makeup.length > MAKEUP_SHOWN ? (
        <EntryRow
          title={`还有${makeup.length - MAKEUP_SHOWN}项补学`}
          value="全部补学"
          onClick={() => void Taro.navigateTo({ url: makeupPage() })}
        />
      ) : null}
      {dues ? (
        <EntryRow title={duesText(dues)} onClick={() => void Taro.navigateTo({ url: '/pages/dues/index' })} />
      ) : null}
    </>
  )
}
