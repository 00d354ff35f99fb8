/**
 * 线下补学: a member who studied the materials in the branch office and handed in a paper 心得
 * (often one without WeChat) has the 补学 task recorded as done by the secretary. Pure rules:
 * which tasks can be recorded so, and which days may be named.
 */
import { chinaDate, type ChinaDate } from '../dates'
import type { MakeupStatus } from './types'

/** Still owed and not waiting for a review: what 补学审核 lists as 未交, and what can be recorded. */
export function owesMakeup(status: MakeupStatus): boolean {
  return status === 'due' || status === 'returned'
}

export type OfflineTaskProblem = 'MAKEUP.NOT_OWED' | 'MAKEUP.ALREADY_DONE' | 'MAKEUP.AWAITING_REVIEW'

/**
 * Why a task in `status` (null: no task) cannot be recorded as done in person, or null. A 心得
 * sent in the app and waiting is reviewed instead: recording over it would leave it unread.
 */
export function offlineTaskProblem(status: MakeupStatus | null): OfflineTaskProblem | null {
  if (status === null || status === 'cancelled') return 'MAKEUP.NOT_OWED'
  if (status === 'done') return 'MAKEUP.ALREADY_DONE'
  if (status === 'submitted') return 'MAKEUP.AWAITING_REVIEW'
  return null
}

/** The day a done task was done in person (线下补学), or null: what every row of it carries. */
export function offlineDayOf(task: { status: MakeupStatus; offline?: { on: string } | null } | null): ChinaDate | null {
  return task?.status === 'done' && task.offline ? task.offline.on : null
}

export type OfflineDayProblem = 'MAKEUP.OFFLINE_DAY_FUTURE' | 'MAKEUP.OFFLINE_DAY_EARLY'

/** The day named is one from the activity's end (China time) to today, both included. */
export function offlineDayProblem(on: ChinaDate, activityEndAt: number, now: number): OfflineDayProblem | null {
  if (on > chinaDate(now)) return 'MAKEUP.OFFLINE_DAY_FUTURE'
  if (on < chinaDate(activityEndAt)) return 'MAKEUP.OFFLINE_DAY_EARLY'
  return null
}

/** The days a secretary may pick: from the activity's end to today. */
export function offlineDayRange(activityEndAt: number, now: number): { start: ChinaDate; end: ChinaDate } {
  return { start: chinaDate(activityEndAt), end: chinaDate(now) }
}
