import type { RemindReach, RemindResult } from '@core/contract/notify-views'

/** `已提醒3名未读的党员：1人会收到微信提醒；1人未绑定微信、1人没有剩余的提醒授权，只能在小程序的“通知”里看到。` */
export function remindWords(r: Pick<RemindResult, 'count' | 'pushed' | 'inboxOnly'>): string {
  if (r.count === 0) return '所有人都已阅读，没有需要提醒的党员。'
  const { unbound, noGrant, off } = r.inboxOnly
  const why = [
    unbound > 0 ? `${unbound}人未绑定微信` : '',
    noGrant > 0 ? `${noGrant}人没有剩余的提醒授权` : '',
    off > 0 ? `${off}人关闭了通知提醒` : '',
  ].filter(Boolean)
  const pushed = r.pushed > 0 ? `${r.pushed}人会收到微信提醒` : '没有人能收到微信提醒'
  return `已提醒${r.count}名未读的党员：${pushed}${why.length > 0 ? `；${why.join('、')}，只能在小程序的“通知”里看到` : ''}。`
}

/**
 * Asked before 提醒未读 is sent: `3人会收到微信提醒；8人只能在小程序里看到：7人未绑定、1人没有剩余的提醒授权。`
 */
export function reachWords(r: RemindReach): string {
  const { unbound, noGrant, off } = r.inboxOnly
  const only = unbound + noGrant + off
  const why = [
    unbound > 0 ? `${unbound}人未绑定` : '',
    noGrant > 0 ? `${noGrant}人没有剩余的提醒授权` : '',
    off > 0 ? `${off}人关闭了通知提醒` : '',
  ].filter(Boolean)
  const pushed = r.pushed > 0 ? `${r.pushed}人会收到微信提醒` : '没有人能收到微信提醒'
  return `${pushed}${only > 0 ? `；${only}人只能在小程序里看到：${why.join('、')}` : ''}。每条通知只能提醒一次。`
}
