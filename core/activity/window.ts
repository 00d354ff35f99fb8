/**
 * When a member may sign in or ask for leave, and, when they may not, a sentence that says
 * why and when it would work.
 */
import { shortDateTime } from './clock'
import type { ActivityStatus } from './types'

/** Sign-in opens this long before the start. */
export const SIGN_IN_LEAD_MS = 30 * 60 * 1000

export interface ActivityTimes {
  status: ActivityStatus
  startAt: number
  endAt: number
}

export type SignInWindow =
  | { state: 'open'; opensAt: number; closesAt: number }
  | { state: 'notYet' | 'ended' | 'closed' | 'notPublished'; opensAt: number; closesAt: number; message: string }

export function signInWindow(activity: ActivityTimes, now: number): SignInWindow {
  const opensAt = activity.startAt - SIGN_IN_LEAD_MS
  const closesAt = activity.endAt
  const base = { opensAt, closesAt }
  if (activity.status === 'closed') {
    return { ...base, state: 'closed', message: '活动已经结束，签到已关闭；如确实参加了，请联系书记补签' }
  }
  if (activity.status !== 'published') return { ...base, state: 'notPublished', message: '活动还没有发布，暂不能签到' }
  if (now < opensAt) return { ...base, state: 'notYet', message: `签到将于${shortDateTime(opensAt)}开始` }
  if (now > closesAt) {
    return {
      ...base,
      state: 'ended',
      message: `活动已于${shortDateTime(closesAt)}结束，不能再签到；如确实参加了，请联系书记补签`,
    }
  }
  return { ...base, state: 'open' }
}

export type LeaveWindow = { open: true } | { open: false; message: string }

/** Leave is asked for before the activity starts; afterwards only the secretary can help. */
export function leaveWindow(activity: ActivityTimes, now: number): LeaveWindow {
  if (activity.status === 'closed') return { open: false, message: '活动已经结束，不能再请假' }
  if (activity.status !== 'published') return { open: false, message: '活动还没有发布，暂不能请假' }
  if (now >= activity.startAt) {
    return {
      open: false,
      message: `活动已于${shortDateTime(activity.startAt)}开始，不能再请假；如有特殊情况请直接联系书记`,
    }
  }
  return { open: true }
}
