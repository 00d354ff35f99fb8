/**
 * What officers' activity screens show: 活动现场's roster, the leave and 补学 queues, 活动记录,
 * a member's year and 发布活动's form. Types only, like activity-views.ts (the members' side).
 */
import type { MakeupFigures } from '../attendance/figures'
import type { ActivityType, AttendanceStatus, Geofence, MemberStatus, SignInMethod } from '../activity/types'
import type {
  MakeupState,
  ActivitySummary,
  ActivityAdminView,
  SignInWindowView,
  LeaveView,
  MakeupReview,
} from './activity-views'
import type { MemberRole } from './org'
import type { DaysOff } from '../activity/day-off'

export interface RosterRow {
  memberId: string
  name: string
  role: MemberRole
  groupName: string | null
  status: MemberStatus
  attendance: null | {
    status: AttendanceStatus
    method: SignInMethod | null
    at: number
    /** Who signed them in by hand, and why (manual sign-ins only). */
    byName: string | null
    reason: string | null
    distanceM: number | null
    /** The record was corrected after it was first written (history kept). */
    corrected: boolean
  }
  leave: LeaveView | null
  makeup: MakeupState | null
  /** The 补学 was done in person (线下补学) on this day (`2026-03-10`), recorded by an officer. */
  makeupOffline?: string
}

export interface RosterCounts {
  expected: number
  present: number
  onLeave: number
  leavePending: number
  absent: number
  /** Expected and not yet signed in, before the end. */
  waiting: number
  byMethod: Record<SignInMethod, number>
  makeupDone: number
  makeupOpen: number
}

export interface RosterView {
  activity: ActivitySummary & { geofence: Geofence | null }
  counts: RosterCounts
  rows: RosterRow[]
}

/** 活动现场: the rotating code (null outside the sign-in window) and the live roster, in one call. */
export interface LiveView {
  serverNow: number
  window: SignInWindowView
  code: null | {
    code: string
    /**
     * A temporary link to the 小程序码 (WeChat's 扫一扫 opens the sign-in page with it), or null
     * when WeChat would not draw one (an app not yet published): then the plain QR is shown.
     */
    wxacodeUrl: string | null
    /** What the plain QR encodes: `pages/signin/index?a=<activityId>&c=<code>` (the in-app scanner only). */
    qrPayload: string
    /** When to show the next code (call again at or after this instant). */
    changesAt: number
    stepMs: number
  }
  roster: RosterView
}

export interface LeaveQueueItem {
  activityId: string
  activityTitle: string
  startAt: number
  memberId: string
  name: string
  reason: string
  requestedAt: number
}

export interface MakeupQueueItem {
  memberId: string
  name: string
  reflection: string
  submittedAt: number
  /** The content check asked for a person to look at it. */
  flagged: boolean
  reviews: MakeupReview[]
}

/** A member who still owes the 补学 (未交): due, or returned for another try. */
export interface MakeupOwingItem {
  memberId: string
  name: string
  status: 'due' | 'returned'
  /** Has bound WeChat (can do 补学 in the app); an unbound member is offered 登记线下补学 first. */
  bound: boolean
}

export interface MakeupQueueGroup {
  activity: { id: string; title: string; type: ActivityType; startAt: number }
  submitted: MakeupQueueItem[]
  /** Who still owes it, by name; each can be recorded as done in person (线下补学). */
  owing: MakeupOwingItem[]
  /** The days 线下补学 may name: from the activity's end day to today. */
  offlineDays: { start: string; end: string }
  /** The activity's 补学 tasks by state, in the words the office's views use (`makeupWords`). */
  figures: MakeupFigures
}

export interface HistoryRow extends ActivitySummary {
  expected: number
  present: number
  onLeave: number
  leavePending: number
  absent: number
  /** Expected and nothing recorded yet (the activity not over): 待参加 or 未签到. */
  waiting: number
  makeupDone: number
  makeupOpen: number
}

export interface BranchHistory {
  branch: { id: string; name: string }
  year: number
  months: Array<{ month: string; activities: HistoryRow[] }>
}

/** 发布活动: the activity being edited (null for a new one) and the choices for its fields. */
export interface ActivityForm {
  branch: { id: string; name: string }
  activity: ActivityAdminView | null
  groups: Array<{ id: string; name: string }>
  members: Array<{ id: string; name: string; role: MemberRole; duty: string | null; groupId: string | null }>
  /** The days off of the coming months (core/workdays' daysOffAround): the date picker warns on one. */
  daysOff: DaysOff
}
