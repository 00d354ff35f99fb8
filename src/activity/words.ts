/**
 * How the member's screens put an activity into words: when, my status, 补学. Pure, and light
 * enough for the main package (labels from core/activity/types, China time from core/dates).
 */
import { MARKS } from '@core/marks'
import type { ActivitySummary, LeaveView, MakeupState, MyActivity } from '@core/contract/activity-views'
import { activityPhase, standingLabel } from '@core/activity/status'
import {
  ACTIVITY_TYPE_LABELS,
  LEAVE_STATUS_LABELS,
  SIGN_IN_METHOD_LABELS,
  makeupStateText,
  type MakeupStatus,
  type MemberStatus,
} from '@core/activity/types'
import { chinaParts, formatChinaClock, formatChinaWhen } from '@core/dates'
import type { Step } from '@/components/Steps'
import { appNow } from '@/services/clock'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** `3月6日（周五）` — with the year when it is not this year's. */
export function dayText(instant: number, now = appNow()): string {
  const day = chinaParts(instant)
  const year = day.year === chinaParts(now).year ? '' : `${day.year}年`
  return `${year}${day.month}月${day.day}日（${WEEKDAYS[day.weekday]}）`
}

/** `3月6日（周五）15:00–17:00` */
export function whenText(a: Pick<ActivitySummary, 'startAt' | 'endAt'>, now = appNow()): string {
  return `${dayText(a.startAt, now)}${formatChinaClock(a.startAt)}–${formatChinaClock(a.endAt)}`
}

/** `党员集中活动日` for the type, or nothing when the title already says it. */
export function typeText(a: Pick<ActivitySummary, 'type' | 'title'>): string {
  const label = ACTIVITY_TYPE_LABELS[a.type]
  return a.title.includes(label) ? '' : label
}

/** A mark beside each status so that colour is never the only signal. */
const STATUS_MARKS: Record<MemberStatus, string> = {
  notExpected: '—',
  expected: '○',
  leavePending: MARKS.pending,
  onLeave: '✓',
  present: '✓',
  absent: '✗',
}

/**
 * `✓ 已请假 · 补学待审`, `✗ 缺席 · 线下补学（书记登记） 3月9日`; `○ 待参加` before the start becomes
 * `○ 未签到` once it is under way, as every screen says it (core/activity/status, makeupStateText).
 */
export function statusText(
  me: { status: MemberStatus; makeup: MakeupState | null; makeupOffline?: string },
  activity: { startAt: number; endAt: number; status: string },
  now = appNow(),
): string {
  const status = `${STATUS_MARKS[me.status]} ${standingLabel(me.status, activityPhase(activity, now))}`
  return me.makeup ? `${status} · ${makeupStateText(me.makeup, me.makeupOffline)}` : status
}

/**
 * The longer story on 活动详情: what is recorded for me (a leave request has its own steps,
 * leaveSteps; a 补学 done in person is said by statusText, with its day).
 */
export function myStoryLines(me: MyActivity): string[] {
  const lines: string[] = []
  if (me.attendance) {
    const how = SIGN_IN_METHOD_LABELS[me.attendance.method]
    const by = me.attendance.proxyName ? `，由${me.attendance.proxyName}代记` : ''
    lines.push(`${formatChinaClock(me.attendance.at)} 签到（${how}${by}）`)
  }
  return lines
}

/** `已签到 15:02`, the sign-in result in big type; `已签到 15:02（由张三代记）` when a linked member did it. */
export const signedInText = (at: number, proxyName?: string): string =>
  `已签到 ${formatChinaClock(at)}${proxyName ? `（由${proxyName}代记）` : ''}`

export type Tone = 'success' | 'warning' | 'danger' | 'neutral'

/** The chip's tint for a standing: it repeats what the words and the mark already say. */
export function statusTone(
  me: { status: MemberStatus; makeup?: MakeupStatus | null },
  activity: { startAt: number; endAt: number; status: string },
  now = appNow(),
): Tone {
  const { status } = me
  if (status === 'present' || status === 'onLeave') return 'success'
  // Red asks the member to act: an absence whose 补学 is done (or waits for the secretary) does not.
  if (status === 'absent') return me.makeup === 'done' ? 'neutral' : me.makeup === 'submitted' ? 'warning' : 'danger'
  if (status === 'leavePending') return 'warning'
  if (status === 'expected' && activityPhase(activity, now) !== 'upcoming') return 'warning'
  return 'neutral'
}

/**
 * 请假's 办理进度: 已提交 (when) → 待审批 → 已批准 / 未批准 (when, by whom), in the words the
 * secretary's queue uses (LEAVE_STATUS_LABELS).
 */
export function leaveSteps(leave: LeaveView, now = appNow()): Step[] {
  const sent: Step = {
    label: '已提交',
    state: 'done',
    when: formatChinaWhen(leave.requestedAt, now),
    note: `请假原因：${leave.reason}`,
  }
  if (leave.status === 'pending') {
    return [
      sent,
      { label: LEAVE_STATUS_LABELS.pending, state: 'now', note: '等待书记审批' },
      { label: '审批结果', state: 'todo' },
    ]
  }
  const by = leave.decidedByName ?? '书记'
  const approved = leave.status === 'approved'
  return [
    sent,
    {
      label: LEAVE_STATUS_LABELS[leave.status],
      state: approved ? 'done' : 'back',
      when: leave.decidedAt === null ? undefined : formatChinaWhen(leave.decidedAt, now),
      note: approved ? `${by}批准` : `${by}：${leave.decisionReason ?? ''}`,
    },
  ]
}
