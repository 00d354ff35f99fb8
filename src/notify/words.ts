/** How notices read, on the members' screens and the officers' alike. */
import type { InboxItem, NoticeSource } from '@core/contract/notify-views'

const EVENTS = { published: '活动通知', moved: '活动改期', cancelled: '活动取消' } as const

export function sourceLabel(source: NoticeSource): string {
  return source.kind === 'activity' ? EVENTS[source.event] : '通知'
}

/** One reader's marks, words beside them, never colour alone. */
export const READ_MARKS = {
  unread: '● 未读',
  read: '✓ 已读',
  acked: '✓ 已确认收到',
} as const

/** `● 未读`, `已读 · 请确认收到`, `✓ 已确认收到`: how a notice stands for me. */
export function readText(item: Pick<InboxItem, 'read' | 'needReceipt' | 'acked'>): string {
  if (!item.read) return READ_MARKS.unread
  if (item.needReceipt) return item.acked ? READ_MARKS.acked : '已读 · 请确认收到'
  return '已读'
}
