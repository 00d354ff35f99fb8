/**
 * 组织生活会's rules as pure functions (sources in ./types.ts): which talks count as 会前谈心谈话,
 * how many days ahead the notice went out, when a 整改事项's due day is acceptable, and when an
 * open item is overdue — all in China calendar days.
 */
import { addDays, addMonths, daysBetween } from '../appraisal/rules'
import { chinaDate, dayWords } from '../dates'
import type { TalkWindow } from '../talk/coverage'
import { ORGLIFE_LIMITS } from './limits'
import type { RectifyState } from './types'

/**
 * The run-up whose talks the checklist's 会前谈心谈话 counts. 第十九条 asks for 谈心谈话 会前 — in the
 * run-up to this meeting, not in the calendar year of its day: the annual 组织生活会 “2026年度” is
 * usually held in January 2027, and its talks are held in the weeks before, across the new year.
 * The window ends on the meeting's day (a talk that morning still comes before it) and starts at
 * the later of
 * - `talkRunUpMonths` (3) calendar months before the meeting's day — the quarter before it, long
 *   enough for a secretary who starts when the year's work is summed up in the autumn, short
 *   enough that a talk of last spring is not taken for preparation of this meeting (the 条例's
 *   once-a-year count is the 谈心谈话 sheet's, by calendar year); a day the earlier month lacks
 *   becomes its last day (31 May → 29 February in a leap year, 28 February otherwise);
 * - the day after the branch's previous 组织生活会, when it was held within those months (a
 *   专题组织生活会 in between): a talk counted toward that meeting is not counted again.
 */
export function talkRunUp(meetingDay: string, previousMeetingDay: string | null): TalkWindow {
  const quarter = addMonths(meetingDay, -ORGLIFE_LIMITS.talkRunUpMonths)
  const afterPrevious = previousMeetingDay === null ? null : addDays(previousMeetingDay, 1)
  const from =
    afterPrevious !== null && afterPrevious > quarter && afterPrevious <= meetingDay ? afterPrevious : quarter
  return { from, to: meetingDay }
}

/** The branch's previous 组织生活会: the latest day of its others strictly before this one's day. */
export function previousMeetingDay(meetingDay: string, otherDays: string[]): string | null {
  return otherDays.filter((d) => d < meetingDay).reduce<string | null>((m, d) => (m === null || d > m ? d : m), null)
}

/** `（自10月15日以来）`: the window's start as the screens say it. */
export function sinceWords(window: TalkWindow): string {
  const [, m, d] = window.from.split('-').map(Number)
  return `（自${m}月${d}日以来）`
}

/**
 * The 会前谈心谈话 check: done when everyone asked for a talk has had every one in the run-up
 * (the figures of core/talk/coverage.ts over talkRunUp's window). It refuses nothing.
 */
export function runUpTalkCheck(
  figures: { counted: number; covered: number },
  window: TalkWindow,
): { done: boolean; words: string } {
  const since = sinceWords(window)
  if (figures.counted === 0) return { done: false, words: `没有需要谈话的人${since}` }
  const left = figures.counted - figures.covered
  return { done: left === 0, words: `已谈${figures.covered}人，未谈${left}人${since}` }
}

/** Whole China days from the notice to the meeting's day; null while unpublished. */
/**
 * The year a 组织生活会 reviews: the one its title names (“2026年度组织生活会”), else the year before
 * for a meeting in January or February — the annual meeting is held at the year's end or early in
 * the next (e.g. 2025年度's in January 2026) — else the year of its day.
 */
export function meetingYear(title: string, meetingDay: string): number {
  const named = /(\d{4})\s*年度/.exec(title)
  if (named) return Number(named[1])
  const year = Number(meetingDay.slice(0, 4))
  return Number(meetingDay.slice(5, 7)) <= 2 ? year - 1 : year
}

export function noticeDaysAhead(publishedAt: number | null, startAt: number): number | null {
  if (publishedAt === null) return null
  return daysBetween(chinaDate(publishedAt), chinaDate(startAt))
}

/** The notice check: done when published at least 10 days ahead. It refuses nothing. */
export function noticeCheck(publishedAt: number | null, startAt: number): { done: boolean; words: string } {
  const days = noticeDaysAhead(publishedAt, startAt)
  const min = ORGLIFE_LIMITS.noticeDays
  if (days === null) return { done: false, words: `尚未发布通知，须至少提前${min}天发布` }
  if (days >= min) return { done: true, words: `提前${days}天发布通知` }
  if (days <= 0) return { done: false, words: `通知当天才发布，须至少提前${min}天` }
  return { done: false, words: `只提前${days}天发布通知，不足${min}天` }
}

/** A due day is the meeting's day or later. */
export function dueOnProblem(dueOn: string, meetingDay: string): 'ORGLIFE.DUE_BEFORE_MEETING' | null {
  return dueOn < meetingDay ? 'ORGLIFE.DUE_BEFORE_MEETING' : null
}

export function isOpen(state: RectifyState): boolean {
  return state === 'notStarted' || state === 'inProgress'
}

/** Overdue: open and its due day is before today (China). Due today is not yet overdue. */
export function isOverdue(item: { state: RectifyState; dueOn: string }, today: string): boolean {
  return isOpen(item.state) && item.dueOn < today
}

/** The due day in words with how it stands today. */
export function dueWords(item: { state: RectifyState; dueOn: string }, today: string): string {
  const base = `${dayWords(item.dueOn)}前完成`
  if (!isOpen(item.state)) return base
  const days = daysBetween(today, item.dueOn)
  if (days < 0) return `${base}（已逾期${-days}天）`
  if (days === 0) return `${base}（今天到期）`
  return `${base}（还有${days}天）`
}

/** Open / overdue / done / withdrawn counts of a list of items. */
export function countItems(items: Array<{ state: RectifyState; dueOn: string }>, today: string) {
  return {
    total: items.filter((i) => i.state !== 'withdrawn').length,
    open: items.filter((i) => isOpen(i.state)).length,
    overdue: items.filter((i) => isOverdue(i, today)).length,
    done: items.filter((i) => i.state === 'done').length,
    withdrawn: items.filter((i) => i.state === 'withdrawn').length,
  }
}
