/**
 * Calendar months (`YYYY-MM`, China time) as plain values: dues are billed per month, so
 * months are counted and compared as whole numbers, never through Date.
 */
import type { ChinaDate, ChinaMonth } from '../dates'

/** 2026-03 → 24314 (months since year 0), so that months subtract and compare. */
export function monthIndex(month: ChinaMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

export function monthAt(index: number): ChinaMonth {
  const year = Math.floor(index / 12)
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function addMonths(month: ChinaMonth, n: number): ChinaMonth {
  return monthAt(monthIndex(month) + n)
}

/** How many months `to` is after `from` (negative when before). */
export function monthsBetween(from: ChinaMonth, to: ChinaMonth): number {
  return monthIndex(to) - monthIndex(from)
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: ChinaMonth, to: ChinaMonth): ChinaMonth[] {
  const out: ChinaMonth[] = []
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthAt(i))
  return out
}

export function monthOf(day: ChinaDate): ChinaMonth {
  return day.slice(0, 7)
}

export function maxMonth(...months: ChinaMonth[]): ChinaMonth {
  return months.reduce((a, b) => (a >= b ? a : b))
}

/** The twelve months of a year. */
export function yearMonths(year: number): ChinaMonth[] {
  return monthRange(`${year}-01`, `${year}-12`)
}

/** `2026-03` → `2026年3月`. */
export function monthLabel(month: ChinaMonth): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

/** A run of months as a person reads it: `2026年3月`, `2026年3月—5月`, `2025年12月—2026年2月`. */
export function monthsLabel(months: ChinaMonth[]): string {
  if (months.length === 0) return ''
  const first = months[0]
  const last = months[months.length - 1]
  if (first === last) return monthLabel(first)
  const sameYear = first.slice(0, 4) === last.slice(0, 4)
  return `${monthLabel(first)}—${sameYear ? `${Number(last.slice(5, 7))}月` : monthLabel(last)}`
}
