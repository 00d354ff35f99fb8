import type { RemindReach, RemindResult } from '@core/contract/notify-views'

/**
 * Who a reminder does not reach by WeChat, and what that means for each: a member with no grant
 * left (or who turned reminders off) still finds the notice in the app; one who never bound WeChat
 * does not use the app at all and must be told in person.
 */
function notReached({ unbound, noGrant, off }: RemindReach['inboxOnly']): string[] {
  const why = [noGrant > 0 ? `${noGrant}人没有剩余的提醒授权` : '', off > 0 ? `${off}人关闭了通知提醒` : ''].filter(
    Boolean,
  )
  return [
    why.length > 0 ? `${noGrant + off}人只能在小程序的“通知”里看到（${why.join('、')}）` : '',
    unbound > 0 ? `${unbound}人未绑定微信，请当面或打电话告知` : '',
  ].filter(Boolean)
}

const tail = (parts: string[]): string => (parts.length > 0 ? `；${parts.join('；')}` : '')

/** `已提醒15名未读的党员：4人会收到微信提醒；4人只能在小程序的“通知”里看到（4人没有剩余的提醒授权）；7人未绑定微信，请当面或打电话告知。` */
export function remindWords(r: Pick<RemindResult, 'count' | 'pushed' | 'inboxOnly'>): string {
  if (r.count === 0) return '所有人都已阅读，没有需要提醒的党员。'
  return `已提醒${r.count}名未读的党员：${r.pushed}人会收到微信提醒${tail(notReached(r.inboxOnly))}。`
}

/** Asked before 提醒未读 is sent: `3人会收到微信提醒；…。每条通知只能提醒一次。` */
export function reachWords(r: RemindReach): string {
  return `${r.pushed}人会收到微信提醒${tail(notReached(r.inboxOnly))}。每条通知只能提醒一次。`
}

/**
 * In place of 提醒未读 when no unread member can get a push (sending would only use up the one
 * reminder, and the cloud refuses it): `未读的党员都收不到微信提醒：…。`
 */
export function nobodyWords(r: RemindReach): string {
  return `未读的党员都收不到微信提醒：${notReached(r.inboxOnly).join('；')}。`
}
