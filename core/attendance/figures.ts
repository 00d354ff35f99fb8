/**
 * Attendance figures as every screen and the Excel ledger show them, from one activity's
 * tallies up to a branch's year and the bureau's. 出勤率 = 实到 ÷ 应到, to one decimal; on leave
 * and absent are shown beside it, never folded into it. The same sums everywhere, so a figure
 * reads the same on 总览, its drill-down and the ledger.
 */

export interface MakeupFigures {
  /** 补学 tasks made (those cancelled by a correction are not counted). */
  assigned: number
  /** Not started, 心得 waiting for review, returned for another go, confirmed. */
  due: number
  submitted: number
  returned: number
  done: number
}

export interface AttendanceFigures {
  /** Activities held (closed, or over). */
  activities: number
  expected: number
  present: number
  onLeave: number
  /** Asked for leave, not yet decided, activity over but not closed. */
  leavePending: number
  absent: number
  /** present ÷ expected in percent, one decimal; null when nobody was expected. */
  ratePct: number | null
  makeup: MakeupFigures
}

export function noMakeup(): MakeupFigures {
  return { assigned: 0, due: 0, submitted: 0, returned: 0, done: 0 }
}

/** The figures of a set of 补学 tasks by their states (a cancelled task is not counted). */
export function makeupFiguresOf(statuses: readonly string[]): MakeupFigures {
  const out = noMakeup()
  for (const status of statuses) {
    if (status === 'cancelled') continue
    out.assigned += 1
    if (status === 'due' || status === 'submitted' || status === 'returned' || status === 'done') out[status] += 1
  }
  return out
}

export function noFigures(): AttendanceFigures {
  return {
    activities: 0,
    expected: 0,
    present: 0,
    onLeave: 0,
    leavePending: 0,
    absent: 0,
    ratePct: null,
    makeup: noMakeup(),
  }
}

/** A percentage to one decimal, half up; null for nothing out of nothing. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null
}

/** The sum of many figures, with the rate worked out from the sums (never an average of rates). */
export function sumFigures(list: readonly AttendanceFigures[]): AttendanceFigures {
  const out = noFigures()
  for (const f of list) {
    out.activities += f.activities
    out.expected += f.expected
    out.present += f.present
    out.onLeave += f.onLeave
    out.leavePending += f.leavePending
    out.absent += f.absent
    out.makeup.assigned += f.makeup.assigned
    out.makeup.due += f.makeup.due
    out.makeup.submitted += f.makeup.submitted
    out.makeup.returned += f.makeup.returned
    out.makeup.done += f.makeup.done
  }
  out.ratePct = percent(out.present, out.expected)
  return out
}

/**
 * One activity's standing, as the roster derives it (core/activity/status.ts): a record decides;
 * without one, an approved leave is on leave, a pending one pending, and the rest are absent
 * once the activity has ended or been closed.
 */
export interface ActivityTally {
  expected: number
  /** Attendance records of expected members, by status. */
  present: number
  leaveRecorded: number
  absentRecorded: number
  /** Expected members without a record: with an approved leave, with a pending one. */
  leaveApprovedNoRecord: number
  leavePendingNoRecord: number
  makeup: MakeupFigures
}

/** Expected members with no record and no leave asked: 未签到 before the end, absent after it. */
function unrecordedOf(t: ActivityTally): number {
  const recorded = t.present + t.leaveRecorded + t.absentRecorded
  return Math.max(0, t.expected - recorded - t.leaveApprovedNoRecord - t.leavePendingNoRecord)
}

/** Those still to come or to sign in (待参加 / 未签到): none once the activity is over. */
export function waitingOf(t: ActivityTally, over: boolean): number {
  return over ? 0 : unrecordedOf(t)
}

export function activityFigures(t: ActivityTally, over: boolean): AttendanceFigures {
  const unrecorded = unrecordedOf(t)
  const absent = t.absentRecorded + (over ? unrecorded : 0)
  return {
    activities: 1,
    expected: t.expected,
    present: t.present,
    onLeave: t.leaveRecorded + t.leaveApprovedNoRecord,
    leavePending: t.leavePendingNoRecord,
    absent,
    ratePct: percent(t.present, t.expected),
    makeup: { ...t.makeup },
  }
}

/** `应到16人，实到13人，请假2人，缺席1人，出勤率81.3%`: the figures in words, for text beside a chart. */
export function figuresWords(f: AttendanceFigures): string {
  if (f.expected === 0) return '没有已举行的活动'
  const pending = f.leavePending > 0 ? `，请假待批${f.leavePending}人` : ''
  return `应到${f.expected}人，实到${f.present}人，请假${f.onLeave}人，缺席${f.absent}人${pending}，出勤率${rateWords(f.ratePct)}`
}

/**
 * One person's figures over many activities: `应参加43次，出席40次，请假2次，缺席1次，出勤率93.0%`
 * (a person is counted in times, not in people).
 */
export function memberFiguresWords(f: AttendanceFigures): string {
  if (f.expected === 0) return '没有已举行的活动'
  const pending = f.leavePending > 0 ? `，请假待批${f.leavePending}次` : ''
  return `应参加${f.expected}次，出席${f.present}次，请假${f.onLeave}次，缺席${f.absent}次${pending}，出勤率${rateWords(f.ratePct)}`
}

export function rateWords(ratePct: number | null): string {
  return ratePct === null ? '—' : `${ratePct.toFixed(1)}%`
}

/** `补学6项：已完成3，待审1，退回1，未交1`. */
export function makeupWords(m: MakeupFigures): string {
  if (m.assigned === 0) return '没有补学任务'
  return `补学${m.assigned}项：已完成${m.done}，待审${m.submitted}，退回${m.returned}，未交${m.due}`
}
