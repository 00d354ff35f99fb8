/**
 * Activity days, leave, sign-in and 补学 (issue 4): what each screen loads in one call and what
 * each tap sends. Times are epoch ms (format them in China time); labels come from
 * core/activity/types.ts.
 */
import * as v from 'valibot'
import {
  activityType,
  clockField,
  expectedSpec,
  geofence,
  LIMITS,
  materials,
  position,
  reason,
  recurrence,
  reflection,
  scheduleKind,
  signInCode,
} from '../activity/fields'
import type { MemberCan } from '../activity/status'
import type {
  ActivityStatus,
  ActivityType,
  AttendanceStatus,
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
import { action, type ActionMap } from './define'
import { chinaDateField, chinaMonthField, docId, optionalText, text } from './fields'
import type { MemberRole } from './org'

export type * from '../activity/types'
export type { MemberCan } from '../activity/status'
export {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_STATUS_LABELS,
  MEMBER_STATUS_LABELS,
  MAKEUP_STATUS_LABELS,
  LEAVE_STATUS_LABELS,
  SIGN_IN_METHOD_LABELS,
} from '../activity/types'
export { LIMITS as ACTIVITY_LIMITS } from '../activity/fields'

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

/** 活动安排: the two recurring rules and one month's activities (instances made if missing). */
export interface ScheduleOverview {
  branch: { id: string; name: string }
  schedules: Record<ScheduleKind, ScheduleView | null>
  month: string
  activities: ActivitySummary[]
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
}

/** The member's own standing for an activity and which buttons to show. */
export interface MyActivity {
  status: MemberStatus
  makeup: MakeupState | null
  leave: LeaveView | null
  attendance: { at: number; method: SignInMethod } | null
  can: MemberCan
  signIn: SignInWindowView
  /** Why leave cannot be asked for now (null when it can, or when not relevant). */
  leaveMessage: string | null
}

export interface ActivityListItem extends ActivitySummary {
  me: { status: MemberStatus; makeup: MakeupState | null; can: MemberCan }
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
}

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
    /** What the QR encodes: `pages/signin/index?a=<activityId>&c=<code>`. */
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

export interface MakeupQueueGroup {
  activity: { id: string; title: string; type: ActivityType; startAt: number }
  submitted: MakeupQueueItem[]
  dueCount: number
  doneCount: number
}

export interface HistoryRow extends ActivitySummary {
  expected: number
  present: number
  onLeave: number
  absent: number
  makeupDone: number
  makeupOpen: number
}

export interface BranchHistory {
  branch: { id: string; name: string }
  year: number
  months: Array<{ month: string; activities: HistoryRow[] }>
}

export interface MemberAttendanceRow extends ActivitySummary {
  me: { status: MemberStatus; makeup: MakeupState | null; method: SignInMethod | null }
}

export interface MemberAttendance {
  member: { id: string; name: string }
  year: number
  rows: MemberAttendanceRow[]
  counts: {
    activities: number
    present: number
    onLeave: number
    absent: number
    makeupDone: number
    makeupOpen: number
  }
}

/** 发布活动: the activity being edited (null for a new one) and the choices for its fields. */
export interface ActivityForm {
  branch: { id: string; name: string }
  activity: ActivityAdminView | null
  groups: Array<{ id: string; name: string }>
  members: Array<{ id: string; name: string; role: MemberRole; duty: string | null; groupId: string | null }>
}

const branchId = v.optional(docId('支部'))
const activityId = docId('活动')
const title = text('活动名称', LIMITS.title)
const place = text('地点', LIMITS.place)
const agenda = optionalText('议程', LIMITS.agenda)
const year = v.optional(
  v.pipe(v.number('年份不对'), v.integer('年份不对'), v.minValue(2000, '年份不对'), v.maxValue(2100, '年份不对')),
)

const activityFields = {
  title: v.optional(title),
  date: chinaDateField('日期'),
  startTime: clockField('开始时间'),
  endTime: clockField('结束时间'),
  place,
  geofence: v.optional(v.nullable(geofence)),
  agenda,
  materials: v.optional(materials, []),
  expected: v.optional(expectedSpec),
}

export const memberActivityActions = {
  /** 活动 tab: my branch's published activities where I am expected; upcoming soonest first, past latest first. */
  'activity.list': action<{ items: ActivityListItem[]; nextCursor: number | null }>()(
    'member',
    v.object({
      scope: v.optional(v.picklist(['upcoming', 'past'], '列表类型不对'), 'upcoming'),
      cursor: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), 20),
    }),
  ),
  /** 活动详情 (and the 补学 screen): the activity, my standing, my leave, my 补学 task. */
  'activity.get': action<ActivityPage>()('member', v.object({ activityId })),
  /** Ask (or re-ask, with a new reason) for leave before the start. */
  'leave.request': action<MyActivity>()('member', v.object({ activityId, reason })),
  /** Sign in with the code typed or read from the QR; position only when the activity has a geofence. */
  'attendance.signIn': action<SignInResult>()(
    'member',
    v.object({
      activityId,
      code: signInCode,
      via: v.optional(v.picklist(['code', 'qr'], '签到方式不对'), 'code'),
      position: v.optional(position),
    }),
  ),
  /** My 补学 tasks: open ones first (due, returned, submitted), then the last done ones. */
  'makeup.mine': action<{ open: MakeupItem[]; done: MakeupItem[] }>()('member', v.object({})),
  /** Submit (or resubmit) my 心得. */
  'makeup.submit': action<MakeupView>()('member', v.object({ activityId, reflection })),
}

export const secretaryActivityActions = {
  /** 活动安排 (default: this month). */
  'schedule.get': action<ScheduleOverview>()(
    'secretary',
    v.object({ branchId, month: v.optional(chinaMonthField('月份')) }),
  ),
  'schedule.set': action<ScheduleOverview>()(
    'secretary',
    v.pipe(
      v.object({
        branchId,
        kind: scheduleKind,
        recurrence,
        startTime: clockField('开始时间'),
        endTime: clockField('结束时间'),
        place,
        geofence: v.optional(v.nullable(geofence), null),
        active: v.optional(v.boolean('是否启用不对'), true),
      }),
      v.forward(
        v.check((s) => s.endTime > s.startTime, '结束时间要晚于开始时间'),
        ['endTime'],
      ),
    ),
  ),
  /** 发布活动's first render: an activity to edit (or none) and the groups and members to choose from. */
  'activity.form': action<ActivityForm>()('secretary', v.object({ branchId, activityId: v.optional(activityId) })),
  'activity.create': action<ActivityAdminView>()(
    'secretary',
    v.object({ branchId, type: activityType, ...activityFields, publish: v.optional(v.boolean(), false) }),
  ),
  /** Edit or move one activity; a reason is required once it is published. */
  'activity.update': action<ActivityAdminView>()(
    'secretary',
    v.object({
      activityId,
      changes: v.object({
        title: v.optional(title),
        date: v.optional(chinaDateField('日期')),
        startTime: v.optional(clockField('开始时间')),
        endTime: v.optional(clockField('结束时间')),
        place: v.optional(place),
        geofence: v.optional(v.nullable(geofence)),
        agenda: v.optional(
          v.pipe(v.string('议程格式不对'), v.trim(), v.maxLength(LIMITS.agenda, `议程最多${LIMITS.agenda}个字`)),
        ),
        materials: v.optional(materials),
        expected: v.optional(expectedSpec),
      }),
      reason: optionalText('原因', LIMITS.reason),
    }),
  ),
  'activity.publish': action<ActivityAdminView>()('secretary', v.object({ activityId })),
  /** 活动现场: call every few seconds. */
  'activity.live': action<LiveView>()('secretary', v.object({ activityId })),
  'activity.roster': action<RosterView>()('secretary', v.object({ activityId })),
  /** Pending leave requests of the branch's activities that have not ended. */
  'leave.queue': action<{ items: LeaveQueueItem[] }>()('secretary', v.object({ branchId })),
  /** Approve or refuse; refusing needs a reason. */
  'leave.decide': action<RosterRow>()(
    'secretary',
    v.object({
      activityId,
      memberId: docId('党员'),
      approve: v.boolean('请选择批准或不批准'),
      reason: optionalText('原因', LIMITS.reason),
    }),
  ),
  /** Sign a member in by hand (afterwards, or when their phone failed): written reason, audited. */
  'attendance.markPresent': action<RosterRow>()('secretary', v.object({ activityId, memberId: docId('党员'), reason })),
  /** Fix the attendance: absent and on-leave members get 补学 tasks. Safe to repeat. */
  'activity.close': action<RosterView>()('secretary', v.object({ activityId })),
  /** 补学审核: submitted 心得 by activity. */
  'makeup.queue': action<{ groups: MakeupQueueGroup[] }>()('secretary', v.object({ branchId })),
  /** Confirm, or return with a comment. */
  'makeup.review': action<MakeupQueueItem & { status: MakeupState }>()(
    'secretary',
    v.object({
      activityId,
      memberId: docId('党员'),
      decision: v.picklist(['confirm', 'return'], '请选择确认或退回'),
      comment: optionalText('意见', LIMITS.reason),
    }),
  ),
  /** The branch's year by month: per activity expected, present, on leave, absent, 补学 done. */
  'activity.branchHistory': action<BranchHistory>()('secretary', v.object({ branchId, year })),
  /** One member's attendance and 补学 in a year (成员 screen). */
  'attendance.memberHistory': action<MemberAttendance>()('secretary', v.object({ memberId: docId('党员'), year })),
}

/** Admins use the secretary's actions, naming a branch; nothing of this domain is admin-only. */
export const adminActivityActions = {} satisfies ActionMap
