/**
 * The rules of 组织关系转接, 外出 and 失去联系 as pure functions, in China calendar days and months:
 * a letter's validity and its 回执 reminder, 党费交至 read from a member's months, the first month
 * an arrival pays, an absence's length, and the run of quiet months that shows a member out of touch.
 */
import { dayWords } from '../dates'
import { addDays, addMonths as addMonthsToDay, daysBetween } from '../appraisal/rules'
import type { ChinaDate, ChinaMonth } from '../dates'
import { addMonths, monthIndex } from '../dues/months'
import { TRANSFER_LIMITS } from './limits'

/** A validity the office may give: 1 … 90 days. */
export function validityProblem(days: number): 'TRANSFER.VALIDITY_TOO_LONG' | null {
  return days > TRANSFER_LIMITS.validityMaxDays ? 'TRANSFER.VALIDITY_TOO_LONG' : null
}

/** The last day a letter issued on `issuedOn` is valid: `days` days counting the day of issue. */
export function validUntil(issuedOn: ChinaDate, days: number): ChinaDate {
  return addDays(issuedOn, days - 1)
}

/** The first day the secretary is reminded of a letter still without its 回执. */
export function receiptReminderFrom(until: ChinaDate): ChinaDate {
  return addDays(until, -(TRANSFER_LIMITS.remindDaysBefore - 1))
}

/** Whether the reminder is due today (also after the letter lapsed, should the timer have missed it). */
export function receiptReminderDue(until: ChinaDate, today: ChinaDate): boolean {
  return today >= receiptReminderFrom(until)
}

/** `有效期至2026年3月31日（还有5天）`, `已过有效期3天`. */
export function validityWords(until: ChinaDate, today: ChinaDate): string {
  const left = daysBetween(today, until)
  if (left < 0) return `已过有效期${-left}天（${dayWords(until)}到期）`
  if (left === 0) return `有效期至${dayWords(until)}（今天到期）`
  return `有效期至${dayWords(until)}（还有${left}天）`
}

/** A month's state as the dues ledger tells it. */
export interface LedgerMonth {
  month: ChinaMonth
  status: 'paid' | 'exempt' | 'due' | 'overdue' | 'upcoming' | 'reported' | 'noAmount'
}

/**
 * 党费交至: the last month of the unbroken run of settled months (paid or exempt) from the
 * member's first month; null when the first month is not settled. Months paid ahead count.
 */
export function paidThrough(months: readonly LedgerMonth[]): ChinaMonth | null {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : 1))
  let last: ChinaMonth | null = null
  for (const m of sorted) {
    if (m.status !== 'paid' && m.status !== 'exempt') break
    if (last !== null && monthIndex(m.month) !== monthIndex(last) + 1) break
    last = m.month
  }
  return last
}

/** An incoming letter's 党费交至 may not lie after the current month. */
export function arrivalDuesProblem(
  duesPaidThrough: ChinaMonth,
  currentMonth: ChinaMonth,
): 'TRANSFER.DUES_AHEAD' | null {
  return duesPaidThrough > currentMonth ? 'TRANSFER.DUES_AHEAD' : null
}

/** An arrival pays from the month after the letter's 党费交至. */
export function firstDuesMonth(duesPaidThrough: ChinaMonth): ChinaMonth {
  return addMonths(duesPaidThrough, 1)
}

export type AbsenceProblem = 'ABSENCE.RETURN_BEFORE_START' | 'ABSENCE.TOO_LONG'

/** 外出 returns on or after its first day, and within 6 months of it; longer is a transfer. */
export function absenceProblem(fromOn: ChinaDate, returnOn: ChinaDate): AbsenceProblem | null {
  if (returnOn < fromOn) return 'ABSENCE.RETURN_BEFORE_START'
  if (returnOn > addMonthsToDay(fromOn, TRANSFER_LIMITS.absenceMaxMonths)) return 'ABSENCE.TOO_LONG'
  return null
}

/**
 * How many whole months before `currentMonth` a member has gone without any sign — attendance,
 * study or dues — counting back from the month before the current one, never before `firstMonth`
 * (their first month in the branch). 0 when there was a sign this month.
 */
export function quietMonths(signs: ReadonlySet<ChinaMonth>, firstMonth: ChinaMonth, currentMonth: ChinaMonth): number {
  if (signs.has(currentMonth)) return 0
  let run = 0
  for (let m = addMonths(currentMonth, -1); m >= firstMonth; m = addMonths(m, -1)) {
    if (signs.has(m)) break
    run++
    if (run > 240) break
  }
  return run
}

/** Shown to the secretary as 失去联系: 6 whole quiet months or more. Nothing follows automatically. */
export function isOutOfTouch(run: number): boolean {
  return run >= TRANSFER_LIMITS.quietMonths
}
