/**
 * Recurring activity days: which calendar day a rule gives in a month, and the rule in words.
 * Calendar arithmetic on UTC dates stands for China calendar days (no instants are involved).
 */
import { weekdayOf } from '../dates'
import type { Recurrence } from './types'

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']
const ORDINALS: Record<number, string> = { 1: '第一个', 2: '第二个', 3: '第三个', 4: '第四个', [-1]: '最后一个' }

function parseMonth(month: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  const m = match ? Number(match[2]) : 0
  if (!match || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`)
  return { y: Number(match[1]), m }
}

const pad = (n: number): string => String(n).padStart(2, '0')

export function daysInMonth(month: string): number {
  const { y, m } = parseMonth(month)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD`. */
export function isoWeekday(date: string): number {
  return ((weekdayOf(date) + 6) % 7) + 1
}

/** `YYYY-MM` shifted by n months. */
export function addMonths(month: string, n: number): string {
  const { y, m } = parseMonth(month)
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/**
 * The day a rule gives in a month, `YYYY-MM-DD`. A `monthDay` beyond the month's length is
 * clamped to its last day (31 → 30 April, 28/29 February), so every month has its day.
 */
export function occurrence(rule: Recurrence, month: string): string {
  const dim = daysInMonth(month)
  if (rule.kind === 'monthDay') return `${month}-${pad(Math.min(Math.max(1, rule.day), dim))}`
  const firstWeekday = isoWeekday(`${month}-01`)
  const firstMatch = 1 + ((rule.weekday - firstWeekday + 7) % 7)
  if (rule.n > 0) return `${month}-${pad(firstMatch + 7 * (rule.n - 1))}`
  const lastWeekday = isoWeekday(`${month}-${pad(dim)}`)
  return `${month}-${pad(dim - ((lastWeekday - rule.weekday + 7) % 7))}`
}

/** The rule as a person says it: 每月第一个星期五, 每月10日. */
export function describeRecurrence(rule: Recurrence): string {
  if (rule.kind === 'monthDay') {
    return rule.day > 28 ? `每月${rule.day}日（当月没有这一天时为月末）` : `每月${rule.day}日`
  }
  return `每月${ORDINALS[rule.n]}星期${WEEKDAY_NAMES[rule.weekday - 1]}`
}
