import { chinaMonth } from '@core/dates'
import { appNow } from '@/services/clock'

/**
 * This month, as 首页 and 党费收缴 open on it (issue 23: 出勤总览 opened on last month): what
 * has been held so far; last month is one tap away in the period picker.
 */
export function thisMonthPeriod(): { year: number; month: string } {
  const month = chinaMonth(appNow())
  return { year: Number(month.slice(0, 4)), month }
}

/** The period a link asks for (`?year=2026&month=2026-11`, or a year alone), else this month. */
export function periodFrom(params: { year?: string; month?: string }): { year: number; month: string | null } {
  const year = Number(params.year)
  if (!Number.isInteger(year) || year < 2000) return thisMonthPeriod()
  const month = params.month && params.month.startsWith(`${year}-`) ? params.month : null
  return { year, month }
}

export const thisYear = (): number => Number(chinaMonth(appNow()).slice(0, 4))
