/**
 * A member's standing for one activity, derived from the activity and that member's own
 * records — never stored, so a correction anywhere shows everywhere at once.
 */
import type { AttendanceStatus, LeaveStatus, MakeupStatus, MemberStatus } from './types'
import { leaveWindow, signInWindow, type ActivityTimes } from './window'

export interface StatusFacts {
  activity: ActivityTimes
  expected: boolean
  attendance: { status: AttendanceStatus } | null
  leave: { status: LeaveStatus } | null
  makeup: { status: MakeupStatus } | null
  now: number
}

/**
 * - a record decides: present / on leave / absent (present wins over an approved leave: the
 *   member came after all);
 * - before the record is fixed: an approved leave is on leave, a pending one leave-pending;
 *   nobody is absent until the activity has ended.
 */
export function memberStatus(f: StatusFacts): MemberStatus {
  if (f.attendance)
    return f.attendance.status === 'present' ? 'present' : f.attendance.status === 'leave' ? 'onLeave' : 'absent'
  if (!f.expected) return 'notExpected'
  if (f.leave?.status === 'approved') return 'onLeave'
  if (f.leave?.status === 'pending') return 'leavePending'
  if (f.activity.status === 'closed' || f.now > f.activity.endAt) return 'absent'
  return 'expected'
}

/** 补学 as the member and the roster see it; a cancelled task (corrected to present) is none. */
export function makeupState(makeup: { status: MakeupStatus } | null): Exclude<MakeupStatus, 'cancelled'> | null {
  if (!makeup || makeup.status === 'cancelled') return null
  return makeup.status
}

export interface MemberCan {
  requestLeave: boolean
  signIn: boolean
  submitMakeup: boolean
}

/** Which buttons a member's card shows. */
export function memberCan(f: StatusFacts): MemberCan {
  const status = memberStatus(f)
  const makeup = makeupState(f.makeup)
  return {
    requestLeave: (status === 'expected' || status === 'leavePending') && leaveWindow(f.activity, f.now).open,
    // A member on leave who comes after all may still sign in.
    signIn: f.expected && !f.attendance && signInWindow(f.activity, f.now).state === 'open',
    submitMakeup: makeup === 'due' || makeup === 'returned' || makeup === 'submitted',
  }
}
