/**
 * A member's standing for one activity, derived from the activity and that member's own
 * records — never stored, so a correction anywhere shows everywhere at once.
 */
import {
  MEMBER_STATUS_LABELS,
  type AttendanceStatus,
  type LeaveStatus,
  type MakeupStatus,
  type MemberStatus,
} from './types'
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

/** Where an activity stands in time, for words: closed or past its end is ended. */
export type ActivityPhase = 'upcoming' | 'underway' | 'ended'

export function activityPhase(a: { startAt: number; endAt: number; status: string }, now: number): ActivityPhase {
  if (a.status === 'closed' || now > a.endAt) return 'ended'
  return now >= a.startAt ? 'underway' : 'upcoming'
}

/**
 * A member's standing in the same words on every screen (首页, 活动, 活动详情, 活动现场, 活动记录):
 * 待参加 before the start, 未签到 once it is under way; the rest as MEMBER_STATUS_LABELS says.
 */
export function standingLabel(status: MemberStatus, phase: ActivityPhase): string {
  if (status === 'expected') return phase === 'upcoming' ? '待参加' : '未签到'
  return MEMBER_STATUS_LABELS[status]
}

export interface StandingCounts {
  expected: number
  present: number
  onLeave: number
  leavePending: number
  absent: number
  /** Expected, nothing recorded, the activity not yet over: 待参加 or 未签到. */
  waiting: number
}

/** The counts every summary of an activity shows, from each expected member's standing. */
export function standingCounts(statuses: readonly MemberStatus[]): StandingCounts {
  const n = (s: MemberStatus) => statuses.filter((x) => x === s).length
  return {
    expected: statuses.length,
    present: n('present'),
    onLeave: n('onLeave'),
    leavePending: n('leavePending'),
    absent: n('absent'),
    waiting: n('expected'),
  }
}

/** `应到12人：已签到5人，请假2人，请假待批1人，未签到4人` — the same sentence wherever an activity is summed up. */
export function countsText(c: StandingCounts, phase: ActivityPhase): string {
  const parts = [`已签到${c.present}人`]
  if (c.onLeave > 0) parts.push(`请假${c.onLeave}人`)
  if (c.leavePending > 0) parts.push(`请假待批${c.leavePending}人`)
  if (c.absent > 0) parts.push(`缺席${c.absent}人`)
  if (c.waiting > 0) parts.push(`${standingLabel('expected', phase)}${c.waiting}人`)
  return `应到${c.expected}人：${parts.join('，')}`
}
