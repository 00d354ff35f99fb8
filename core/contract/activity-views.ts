/**
 * What activity screens show members and the activity's own pages (issue 4); the officers' views
 * are in activity-officer-views.ts. Types only, so the app can import them without the schemas of
 * core/contract/activity.ts.
 */
import type { DaysOff } from '../activity/day-off'
import type { MemberCan } from '../activity/status'
import type {
  ActivityStatus,
  ActivityType,
  ExpectedSpec,
  Geofence,
  LeaveStatus,
  MakeupStatus,
  Material,
  MemberStatus,
  Recurrence,
  ScheduleKind,
  SignInMethod,
} from '../activity/types'

/** 补学 as shown (a cancelled task is shown as none). */
export type MakeupState = Exclude<MakeupStatus, 'cancelled'>

/** A material as a member opens it: files carry a temporary download URL (null if the file is gone). */
export type MaterialView = Material & { url?: string | null }

export interface ScheduleView {
  id: string
  kind: ScheduleKind
  recurrence: Recurrence
  /** 每月第一个星期五 */
  recurrenceText: string
  startTime: string
  endTime: string
  place: string
  geofence: Geofence | null
  active: boolean
  updatedAt: number
}

/** One activity in a list. */
export interface ActivitySummary {
  id: string
  type: ActivityType
  title: string
  status: ActivityStatus
  startAt: number
  endAt: number
  place: string
  /** Set for a schedule's monthly instance. */
  scheduleId: string | null
  /** A schedule instance changed by hand for its month (e.g. moved off a holiday). */
  edited: boolean
}

/** An activity on 活动安排, with what the official calendar says of its day. */
export interface ScheduledActivity extends ActivitySummary {
  /** Why its day is no working day (`国庆节假期`, `周末`; core/workdays), null on a working day. */
  dayOff: string | null
}

/** 活动安排: the two recurring rules and one month's activities (instances made if missing). */
export interface ScheduleOverview {
  branch: { id: string; name: string }
  schedules: Record<ScheduleKind, ScheduleView | null>
  month: string
  activities: ScheduledActivity[]
  /** The days off around the shown month (daysOffAround): 调整时间's date picker warns on one. */
  daysOff: DaysOff
}

export interface ActivityDetail extends ActivitySummary {
  branchId: string
  geofence: Geofence | null
  agenda: string
  materials: MaterialView[]
}

/** What an officer edits (发布活动); `expectedCount` is the snapshot once published. */
export interface ActivityAdminView extends ActivityDetail {
  expected: ExpectedSpec
  expectedCount: number
  publishedAt: number | null
  closedAt: number | null
  /** `review` when the content check asked for a person to look at the text. */
  contentVerdict: 'pass' | 'review' | null
}

export interface SignInWindowView {
  state: 'open' | 'notYet' | 'ended' | 'closed' | 'notPublished'
  opensAt: number
  closesAt: number
  /** Why not and when it would work; null when open. */
  message: string | null
}

export interface LeaveView {
  status: LeaveStatus
  reason: string
  requestedAt: number
  decidedAt: number | null
  decidedByName: string | null
  decisionReason: string | null
}

export interface MakeupReview {
  at: number
  byName: string
  decision: 'confirm' | 'return'
  comment: string
}

/** A 补学 task with everything its screen shows. */
export interface MakeupView {
  activityId: string
  title: string
  type: ActivityType
  startAt: number
  /** Why the task exists. */
  cause: 'absent' | 'leave'
  status: MakeupState
  materials: MaterialView[]
  reflection: string | null
  submittedAt: number | null
  reviews: MakeupReview[]
  canSubmit: boolean
  /** The latest 心得 was recorded for the member by this linked member (代记). */
  proxyName?: string
  /** Done in person (线下补学): the day (`2026-03-10`), the secretary's note, who recorded it. */
  offline?: MakeupOffline
}

export interface MakeupOffline {
  on: string
  note: string
  byName: string
}

export interface MakeupItem {
  activityId: string
  title: string
  type: ActivityType
  startAt: number
  cause: 'absent' | 'leave'
  status: MakeupState
  submittedAt: number | null
  /** The secretary's latest comment (shown on a returned task). */
  lastComment: string | null
  /** Done in person (线下补学) on this day (`2026-03-10`). */
  offlineOn?: string
}

/** The member's own standing for an activity and which buttons to show. */
export interface MyActivity {
  status: MemberStatus
  makeup: MakeupState | null
  /** The 补学 was done in person (线下补学) on this day (`2026-03-10`). */
  makeupOffline?: string
  leave: LeaveView | null
  attendance: {
    at: number
    method: SignInMethod
    /** Recorded by this linked member (代记). */ proxyName?: string
  } | null
  can: MemberCan
  signIn: SignInWindowView
  /** Why leave cannot be asked for now (null when it can, or when not relevant). */
  leaveMessage: string | null
}

export interface ActivityListItem extends ActivitySummary {
  me: {
    status: MemberStatus
    makeup: MakeupState | null
    /** The 补学 was done in person (线下补学) on this day (`2026-03-10`), as on MyActivity. */
    makeupOffline?: string
    can: MemberCan
  }
}

/** 活动详情 and 补学 in one call. */
export interface ActivityPage {
  activity: ActivityDetail
  me: MyActivity
  makeupTask: MakeupView | null
}

export interface SignInResult {
  activityId: string
  title: string
  place: string
  at: number
  method: SignInMethod
  /** Metres from the activity's position, when it has a geofence. */
  distanceM: number | null
  /** True when the member had already signed in (nothing new was written). */
  already: boolean
  /** Recorded by this linked member on the member's behalf (代记). */
  proxyName?: string
}
