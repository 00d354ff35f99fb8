/**
 * One member's standing at one held activity, with the reason an inspector asks for: the
 * status as the roster derives it (core/activity/status.ts) and, for anyone not present, the
 * leave request's reason — or 未请假.
 */
import { offlineDayOf } from '../activity/offline'
import { makeupState, memberStatus } from '../activity/status'
import type { ActivityTimes } from '../activity/window'
import type { AttendanceStatus, LeaveStatus, MakeupStatus } from '../activity/types'

export type Standing = 'present' | 'onLeave' | 'leavePending' | 'absent'

export interface StandingFacts {
  activity: ActivityTimes
  attendance: { status: AttendanceStatus } | null
  leave: { status: LeaveStatus; reason: string } | null
  /** `offline`: done in person (线下补学) on that day. */
  makeup: { status: MakeupStatus; offline?: { on: string } | null } | null
  now: number
}

export function standingOf(f: StandingFacts): {
  status: Standing
  reason: string | null
  makeup: Exclude<MakeupStatus, 'cancelled'> | null
  /** The day the 补学 was done in person (线下补学), or null. */
  makeupOffline: string | null
} {
  const status = memberStatus({ ...f, expected: true })
  // Not yet ended and nothing recorded: the caller only asks about activities that were held.
  const standing: Standing = status === 'expected' || status === 'notExpected' ? 'absent' : status
  return {
    status: standing,
    reason: reasonOf(standing, f.leave),
    makeup: makeupState(f.makeup),
    makeupOffline: offlineDayOf(f.makeup),
  }
}

function reasonOf(status: Standing, leave: StandingFacts['leave']): string | null {
  if (status === 'present') return null
  if (!leave) return '未请假'
  if (status === 'absent') return leave.status === 'refused' ? `请假未获批准（${leave.reason}）` : '未请假'
  return status === 'leavePending' ? `请假待批：${leave.reason}` : leave.reason
}
