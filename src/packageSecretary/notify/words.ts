/** How officers' notice screens put states into words (marks as well as colour). */
import { MARKS } from '@core/marks'
import type { DeliveryState, NoticeSummary } from '@core/contract/notify-views'

export const PUSH_WORDS: Record<DeliveryState, string> = {
  pending: `${MARKS.pending} 等待发送`,
  sent: '✓ 微信已送达',
  noQuota: '没有授权，未推送',
  failed: '✗ 推送失败',
  unknown: '? 发送中断，未确认',
  off: '本人关闭了此类提醒',
  unbound: '未绑定微信',
  cancelled: '已撤回（活动有变）',
  none: '未推送',
}

/** `已读 12/16人 · 确认收到 8人`, or where a held notice stands. */
export function standingText(n: NoticeSummary): string {
  if (n.status === 'held') return '⏳ 内容需复核，等待机关党委复核后发出'
  if (n.status === 'rejected') return '✗ 未通过复核，没有发出'
  const receipt = n.needReceipt ? ` · 确认收到${n.acked}人` : ''
  return `已读 ${n.read}/${n.expected}人${receipt}`
}
