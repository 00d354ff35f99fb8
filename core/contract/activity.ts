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
  signInKey,
} from '../activity/fields'
import { action, type ActionMap } from './define'
import {
  activityDateField,
  activityMonthField,
  chinaDateField,
  docId,
  optionalText,
  text,
  wholeBetween,
} from './fields'
import type {
  ActivityAdminView,
  ActivityListItem,
  ActivityPage,
  MakeupItem,
  MakeupView,
  MyActivity,
  ScheduleOverview,
  SignInResult,
} from './activity-views'
import type {
  ActivityForm,
  BranchHistory,
  LeaveQueueItem,
  LiveView,
  MakeupQueueGroup,
  RosterView,
} from './activity-officer-views'

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
export type * from './activity-views'
export type * from './activity-officer-views'

const branchId = v.optional(docId('支部'))
const activityId = docId('活动')
const title = text('活动名称', LIMITS.title)
const place = text('地点', LIMITS.place)
const agenda = optionalText('议程', LIMITS.agenda)
const year = v.optional(wholeBetween(2000, 2100, '年份不对'))

const activityFields = {
  title: v.optional(title),
  date: activityDateField('日期'),
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
  /** 签到 opened by WeChat's 扫一扫 from a 小程序码: 活动详情's page, found by the scene's sign-in key. */
  'activity.forSignIn': action<ActivityPage>()('member', v.object({ signInKey })),
  /** Ask (or re-ask, with a new reason) for leave before the start. */
  'leave.request': action<MyActivity>()('member', v.object({ activityId, reason })),
  /** Sign in with the code typed or read from the QR; position only when the activity has a geofence. */
  'attendance.signIn': action<SignInResult>()(
    'member',
    v.object({
      activityId,
      code: signInCode,
      /** From a scanned 小程序码: the activity it names, which must be this one. */
      signInKey: v.optional(signInKey),
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
    v.object({ branchId, month: v.optional(activityMonthField('月份')) }),
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
  /**
   * 活动安排's 调整时间: moves one activity (day, times, place) as activity.update does, and answers
   * with the month shown (`month`, default the moved activity's) as it now stands: one tap, one call.
   */
  'schedule.move': action<ScheduleOverview>()(
    'secretary',
    v.object({
      activityId,
      changes: v.object({
        date: v.optional(activityDateField('日期')),
        startTime: v.optional(clockField('开始时间')),
        endTime: v.optional(clockField('结束时间')),
        place: v.optional(place),
      }),
      reason: optionalText('原因', LIMITS.reason),
      month: v.optional(activityMonthField('月份')),
    }),
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
        date: v.optional(activityDateField('日期')),
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
      /** A draft saved and published in one tap (发布 after editing it). */
      publish: v.optional(v.boolean('发布与否应为是或否')),
    }),
  ),
  'activity.publish': action<ActivityAdminView>()('secretary', v.object({ activityId })),
  /** Calls off an activity before it starts, with a reason; those already told get a correction. */
  'activity.cancel': action<ActivityAdminView>()('secretary', v.object({ activityId, reason })),
  /** 活动现场: call every few seconds. */
  'activity.live': action<LiveView>()('secretary', v.object({ activityId })),
  'activity.roster': action<RosterView>()('secretary', v.object({ activityId })),
  /** Pending leave requests of the branch's activities that have not ended. */
  'leave.queue': action<{ items: LeaveQueueItem[] }>()('secretary', v.object({ branchId })),
  /** Approve or refuse; refusing needs a reason. */
  'leave.decide': action<RosterView>()(
    'secretary',
    v.object({
      activityId,
      memberId: docId('党员'),
      approve: v.boolean('请选择批准或不批准'),
      reason: optionalText('原因', LIMITS.reason),
    }),
  ),
  /** Sign a member in by hand (afterwards, or when their phone failed): written reason, audited. */
  'attendance.markPresent': action<RosterView>()(
    'secretary',
    v.object({ activityId, memberId: docId('党员'), reason }),
  ),
  /**
   * Fix the attendance: absent and on-leave members get 补学 tasks. Safe to repeat. Answers with
   * 活动现场 as it now reads.
   */
  'activity.close': action<LiveView>()('secretary', v.object({ activityId })),
  /** 补学审核: submitted 心得 by activity. */
  'makeup.queue': action<{ groups: MakeupQueueGroup[] }>()('secretary', v.object({ branchId })),
  /** Confirm, or return with a comment; answers with 补学审核 as it now stands (the activity's branch). */
  'makeup.review': action<{ groups: MakeupQueueGroup[] }>()(
    'secretary',
    v.object({
      activityId,
      memberId: docId('党员'),
      decision: v.picklist(['confirm', 'return'], '请选择确认或退回'),
      comment: optionalText('意见', LIMITS.reason),
    }),
  ),
  /**
   * 线下补学: the member studied in person and handed in a paper 心得; the task (due or returned)
   * becomes done with the day and a note. Audited; answers with 补学审核 as it now stands.
   */
  'makeup.recordOffline': action<{ groups: MakeupQueueGroup[] }>()(
    'secretary',
    v.object({
      activityId,
      memberId: docId('党员'),
      on: chinaDateField('补学日期'),
      note: text('补学情况', LIMITS.offlineNoteMax, LIMITS.offlineNoteMin),
    }),
  ),
  /** The branch's year by month: per activity expected, present, on leave, absent, 补学 done. */
  'activity.branchHistory': action<BranchHistory>()('secretary', v.object({ branchId, year })),
}

/** Admins use the secretary's actions, naming a branch; nothing of this domain is admin-only. */
export const adminActivityActions = {} satisfies ActionMap
