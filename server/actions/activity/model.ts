/** Documents of activity days, attendance, leave and 补学 as stored. Times are epoch ms. */
import type {
  ActivityStatus,
  ActivityType,
  AttendanceStatus,
  ExpectedSpec,
  Geofence,
  LeaveStatus,
  MakeupStatus,
  Material,
  Recurrence,
  ScheduleKind,
  SignInMethod,
} from '../../../core/activity/types'
import type { ProxyMark } from '../proxy/model'

/** A branch's recurring day; `_id` = `${branchId}_${kind}`. */
export interface ActivityScheduleDoc {
  _id: string
  branchId: string
  kind: ScheduleKind
  recurrence: Recurrence
  startTime: string
  endTime: string
  place: string
  geofence: Geofence | null
  active: boolean
  createdAt: number
  updatedAt: number
  updatedById: string | null
}

/**
 * An activity. A schedule's monthly instance has `_id` = `${scheduleId}_${YYYY-MM}` so that it
 * is made once however often the job runs; one-offs get a generated id.
 */
export interface ActivityDoc {
  _id: string
  branchId: string
  type: ActivityType
  title: string
  status: ActivityStatus
  /** China calendar day and month of the start. */
  date: string
  month: string
  startTime: string
  endTime: string
  startAt: number
  endAt: number
  place: string
  geofence: Geofence | null
  agenda: string
  materials: Material[]
  expected: ExpectedSpec
  /** Who is expected, resolved when published (a snapshot: later roster changes do not move it). */
  expectedIds: string[]
  scheduleId: string | null
  /** An instance changed by hand: its schedule no longer re-times it. */
  edited: boolean
  /** Derives the rotating sign-in code. Never leaves the server. */
  signInSecret: string
  contentVerdict: 'pass' | 'review' | null
  createdAt: number
  createdById: string | null
  updatedAt: number
  publishedAt: number | null
  publishedById: string | null
  closedAt: number | null
  closedById: string | null
  /** Set when an officer called it off (not when a switched-off rule cancelled a draft). */
  cancelledAt?: number
  cancelReason?: string
  /**
   * The tap that published or cancelled it (request-key.ts): a retry of that tap, finding the
   * change made, finishes what the first try may not have done (the audit entry, telling members).
   */
  publishKey?: string
  cancelKey?: string
}

export interface AttendanceVersion {
  status: AttendanceStatus
  method: SignInMethod | null
  at: number
  byName: string | null
  reason: string | null
  distanceM: number | null
  /** When this version was replaced. */
  replacedAt: number
}

/** One per (activity, member): `_id` = `${activityId}_${memberId}`. Corrections keep the old versions. */
export interface AttendanceDoc {
  _id: string
  activityId: string
  branchId: string
  memberId: string
  month: string
  startAt: number
  status: AttendanceStatus
  method: SignInMethod | null
  at: number
  /** member: their own sign-in; officer: signed in by hand; close: written when the activity was closed. */
  source: 'member' | 'officer' | 'close'
  byId: string | null
  byName: string | null
  reason: string | null
  distanceM: number | null
  history: AttendanceVersion[]
  createdAt: number
  updatedAt: number
  /** Signed in by a linked member on the member's behalf (代记). */
  proxy?: ProxyMark
}

export interface LeaveEvent {
  at: number
  event: 'request' | 'approve' | 'refuse'
  reason: string
  byName: string
  /** The request of a member's tap (request-key.ts): a retry of it is not a second request. */
  key?: string
}

/** `_id` = `${activityId}_${memberId}`. */
export interface LeaveRequestDoc {
  _id: string
  activityId: string
  branchId: string
  memberId: string
  status: LeaveStatus
  reason: string
  requestedAt: number
  decidedAt: number | null
  decidedById: string | null
  decidedByName: string | null
  decisionReason: string | null
  history: LeaveEvent[]
}

export interface MakeupReviewDoc {
  at: number
  byId: string | null
  byName: string
  decision: 'confirm' | 'return'
  comment: string
}

/** 线下补学: studied in the branch office, a paper 心得 handed in; recorded by an officer. */
export interface MakeupOfflineDoc {
  /** The China day it was done. */
  on: string
  note: string
  byId: string | null
  byName: string
  at: number
  /** The state it was recorded from. */
  from: 'due' | 'returned'
  key?: string
}

/** A 补学 task, `_id` = `${activityId}_${memberId}`, carrying the activity's materials as they were at close. */
export interface MakeupTaskDoc {
  _id: string
  activityId: string
  branchId: string
  memberId: string
  cause: 'absent' | 'leave'
  activity: { title: string; type: ActivityType; startAt: number }
  materials: Material[]
  status: MakeupStatus
  reflection: string | null
  reflectionVerdict: 'pass' | 'review' | null
  submittedAt: number | null
  /**
   * Each 心得 sent, with the request of the tap (request-key.ts) so that a retry adds none;
   * `proxy` when a linked member wrote it down for the member (代记).
   */
  submissions: Array<{ at: number; text: string; key?: string; proxy?: ProxyMark }>
  reviews: MakeupReviewDoc[]
  /** Done in person (线下补学): the secretary recorded the day and a note; `key` is the tap's. */
  offline?: MakeupOfflineDoc
  cancelledAt: number | null
  cancelReason: string | null
  createdAt: number
  updatedAt: number
}
