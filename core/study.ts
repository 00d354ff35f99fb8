/**
 * 学习打卡 rules, pure: which days a member may record, when an entry can still be changed,
 * reading-list periods, and the one figure officers see about a branch (the share of members
 * with a record). Nothing here counts, sums or ranks a person's study: the 2026 rules against
 * 形式主义 forbid using counts, minutes or likes to rank people.
 */
import { addChinaDays, chinaDate, type ChinaDate, type ChinaMonth } from './dates'

/** A member may record today, or one of this many days before it as a late entry (补记). */
export const LATE_DAYS = 3
/** Entries one member may record for one day: several are fine, a flood is a mistake. */
export const MAX_ENTRIES_PER_DAY = 20
export const STUDY_LIMITS = {
  /** 心得 */
  reflection: 1000,
  /** A free-text title when the study was not from the reading list. */
  freeTitle: 60,
  minutesMin: 1,
  minutesMax: 600,
  itemTitle: 60,
  link: 500,
  /** Why an item was changed or retired. */
  reason: 200,
} as const

/** Calendar arithmetic on day strings: the day itself carries no zone. */
export const addDays = addChinaDays

export function monthOfDay(day: ChinaDate): ChinaMonth {
  return day.slice(0, 7)
}

/** Today and the LATE_DAYS before it, newest first: the days the check-in form offers. */
export function recordableDays(today: ChinaDate): ChinaDate[] {
  return Array.from({ length: LATE_DAYS + 1 }, (_unused, i) => addDays(today, -i))
}

export type EntryDayVerdict = { ok: true; late: boolean } | { ok: false; reason: 'future' | 'tooLate' }

/** Whether a study day may be recorded today, and whether it is a late entry. */
export function judgeEntryDay(day: ChinaDate, today: ChinaDate): EntryDayVerdict {
  if (day > today) return { ok: false, reason: 'future' }
  if (day < addDays(today, -LATE_DAYS)) return { ok: false, reason: 'tooLate' }
  return { ok: true, late: day < today }
}

/** A member corrects or withdraws an entry only on the China day they made it. */
export function isEditableNow(createdAt: number, now: number): boolean {
  return chinaDate(createdAt) === chinaDate(now)
}

/** The months a reading-list item belongs to, e.g. this quarter's theme. */
export interface StudyPeriod {
  from: ChinaMonth
  to: ChinaMonth
}

export function periodCovers(period: StudyPeriod | null, month: ChinaMonth): boolean {
  return period === null || (period.from <= month && month <= period.to)
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** `2026年3月`, `2026年第一季度`, `2026年全年`, or `2026年3月—2026年5月`. */
export function periodLabel(period: StudyPeriod): string {
  const [fy, fm] = period.from.split('-').map(Number)
  const [ty, tm] = period.to.split('-').map(Number)
  if (period.from === period.to) return `${fy}年${fm}月`
  if (fy === ty && fm === 1 && tm === 12) return `${fy}年全年`
  if (fy === ty && fm % 3 === 1 && tm === fm + 2) return `${fy}年第${QUARTER_NAMES[(fm - 1) / 3]}季度`
  if (fy === ty) return `${fy}年${fm}月—${tm}月`
  return `${fy}年${fm}月—${ty}年${tm}月`
}

/** Distinct days, oldest first. */
export function distinctDays(days: Iterable<ChinaDate>): ChinaDate[] {
  return [...new Set(days)].sort()
}

/**
 * The share of a branch's members who have a study record in a month, as a whole percent;
 * null for a branch without members (no share to speak of).
 */
export function sharePercent(withRecord: number, members: number): number | null {
  if (members <= 0) return null
  return Math.round((Math.min(withRecord, members) / members) * 100)
}
