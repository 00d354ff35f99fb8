/**
 * Activity days and attendance, in the domain's own words: the types every layer shares and the
 * Chinese labels the app shows. 三会一课 = 支部党员大会, 支委会, 党小组会 and 党课.
 */
import { monthDayWords } from '../dates'

export type ActivityType =
  | 'studyDay'
  | 'activityDay'
  | 'generalMeeting'
  | 'committeeMeeting'
  | 'groupMeeting'
  | 'partyLecture'
  | 'themeDay'
  | 'lifeMeeting'
  | 'democraticReview'
  | 'other'

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  studyDay: '固定学习日',
  activityDay: '党员集中活动日',
  generalMeeting: '支部党员大会',
  committeeMeeting: '支委会',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  democraticReview: '民主评议党员',
  other: '其他活动',
}

export const ACTIVITY_TYPES = Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[]

/** The two recurring days every branch keeps; each has one schedule per branch. */
export type ScheduleKind = 'studyDay' | 'activityDay'
export const SCHEDULE_KINDS: ScheduleKind[] = ['studyDay', 'activityDay']

/**
 * When a recurring day falls in a month. Weekdays are ISO: 1 = Monday … 7 = Sunday;
 * `n: -1` is the month's last such weekday; a `monthDay` past the month's end falls on its last day.
 */
export type Recurrence =
  { kind: 'nthWeekday'; n: 1 | 2 | 3 | 4 | -1; weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7 } | { kind: 'monthDay'; day: number }

/** planned: made by a schedule or drafted, members do not see it; published: members see it; closed: attendance fixed. */
export type ActivityStatus = 'planned' | 'published' | 'closed' | 'cancelled'

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: '待发布',
  published: '已发布',
  closed: '已结束',
  cancelled: '已取消',
}

/** Who is expected to attend, resolved to member ids when the activity is published. */
export type ExpectedSpec =
  | { kind: 'branch' }
  | { kind: 'committee' }
  | { kind: 'group'; groupId: string }
  | { kind: 'members'; memberIds: string[] }

/** A map position and the radius (metres) within which sign-in is accepted. GCJ-02, as WeChat's map gives it. */
export interface Geofence {
  lat: number
  lng: number
  radiusM: number
}

export interface Position {
  lat: number
  lng: number
  /** The phone's own accuracy estimate, in metres. */
  accuracyM?: number
}

export type Material =
  | { kind: 'text'; title: string; text: string }
  | { kind: 'link'; title: string; url: string }
  | { kind: 'file'; title: string; fileID: string }

export type AttendanceStatus = 'present' | 'leave' | 'absent'
export type SignInMethod = 'code' | 'qr' | 'manual'

export const SIGN_IN_METHOD_LABELS: Record<SignInMethod, string> = { code: '签到码', qr: '扫码', manual: '书记补签' }

export type LeaveStatus = 'pending' | 'approved' | 'refused'
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  refused: '未批准',
}

/** A member's standing for one activity, derived from its records (see status.ts). */
export type MemberStatus = 'notExpected' | 'expected' | 'leavePending' | 'onLeave' | 'present' | 'absent'

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  notExpected: '无需参加',
  expected: '待参加',
  leavePending: '请假待批',
  onLeave: '已请假',
  present: '已签到',
  absent: '缺席',
}

/** A 补学 task's state: due → submitted → done, or submitted → returned → submitted …; cancelled by a correction. */
export type MakeupStatus = 'due' | 'submitted' | 'returned' | 'done' | 'cancelled'

export const MAKEUP_STATUS_LABELS: Record<MakeupStatus, string> = {
  due: '待补学',
  submitted: '补学待审',
  returned: '补学退回',
  done: '已补学',
  cancelled: '无需补学',
}

/** How a 补学 done in person reads wherever the task is shown (the secretary recorded it). */
export const OFFLINE_MAKEUP_LABEL = '线下补学（书记登记）'

/**
 * A 补学 task's state in one row, the same on the member's screens, officers' rows and the
 * ledger: `已补学`, or `线下补学（书记登记） 3月9日` when it was done in person on that day.
 */
export function makeupStateText(status: MakeupStatus, offlineOn?: string | null): string {
  return status === 'done' && offlineOn
    ? `${OFFLINE_MAKEUP_LABEL} ${monthDayWords(offlineOn)}`
    : MAKEUP_STATUS_LABELS[status]
}
