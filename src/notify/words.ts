/** How notices read on the members' screens. */
import type { InboxItem, NoticeSource } from '@core/contract/notify-views'

const EVENTS = { published: '活动通知', moved: '活动改期', cancelled: '活动取消' } as const

export function sourceLabel(source: NoticeSource): string {
  return source.kind === 'activity' ? EVENTS[source.event] : '通知'
}

/** `● 未读`, `已读 · 需回执`, `✓ 已确认收到`: words and marks, never colour alone. */
export function readText(item: Pick<InboxItem, 'read' | 'needReceipt' | 'acked'>): string {
  if (!item.read) return '● 未读'
  if (item.needReceipt) return item.acked ? '✓ 已确认收到' : '已读 · 请确认收到'
  return '已读'
}
