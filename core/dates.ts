/**
 * China-time date helpers. Cloud functions run on UTC clocks and phones on any zone;
 * every calendar decision of the product (a month, a day, 15:00) is made in China time.
 *
 * China time is UTC+8 all year (no daylight saving since 1991), so a China wall clock is the UTC
 * wall clock of the instant plus eight hours — no time-zone database is needed. This module is
 * plain `Date` arithmetic on purpose: the mini-program's main package reads dates through it, and
 * dayjs with its zone plugins (about 15 KB, and `Intl` zone support that older WeChat clients
 * lack) stays out of it. Calendar arithmetic with dayjs lives in `./china-dayjs` for the server
 * and the subpackages; tests/core/dates.test.ts holds this module to dayjs over many instants.
 */

/** `YYYY-MM-DD`, a calendar day in China. */
export type ChinaDate = string
/** `YYYY-MM`, a calendar month in China. */
export type ChinaMonth = string

export const CHINA_TZ = 'Asia/Shanghai'
/** China's offset from UTC, all year. */
export const CHINA_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** A China wall clock read into its parts (month 1–12, weekday 0 = Sunday). */
export interface ChinaParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  weekday: number
}

export function chinaParts(instant: number | Date = Date.now()): ChinaParts {
  const wall = new Date(Number(instant) + CHINA_OFFSET_MS)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay(),
  }
}

const two = (n: number) => String(n).padStart(2, '0')
const four = (n: number) => String(n).padStart(4, '0')

export function chinaDate(instant: number | Date = Date.now()): ChinaDate {
  const p = chinaParts(instant)
  return `${four(p.year)}-${two(p.month)}-${two(p.day)}`
}

export function chinaMonth(instant: number | Date = Date.now()): ChinaMonth {
  const p = chinaParts(instant)
  return `${four(p.year)}-${two(p.month)}`
}

/** The year in China at an instant. */
export function chinaYear(instant: number | Date = Date.now()): number {
  return chinaParts(instant).year
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_RE = /^(\d{4})-(\d{2})$/
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/

/** UTC milliseconds of a calendar day's midnight, or NaN when the day does not exist. */
function dayMs(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return Number.NaN
  const ms = Date.UTC(year, month - 1, day)
  // Date.UTC rolls 2026-02-30 over into March; a real day reads back as itself.
  return new Date(ms).getUTCDate() === day ? ms : Number.NaN
}

function parseDay(value: string): number {
  const m = DATE_RE.exec(value)
  return m ? dayMs(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN
}

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isChinaDate(value: string): boolean {
  return !Number.isNaN(parseDay(value))
}

export function isChinaMonth(value: string): boolean {
  const m = MONTH_RE.exec(value)
  return m !== null && !Number.isNaN(dayMs(Number(m[1]), Number(m[2]), 1))
}

/** The instant of a China wall-clock time, e.g. `2026-03-06 15:00`. */
export function chinaInstant(dateTime: string): number {
  const m = DATE_TIME_RE.exec(dateTime)
  const day = m ? dayMs(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN
  const hour = m ? Number(m[4]) : Number.NaN
  const minute = m ? Number(m[5]) : Number.NaN
  if (Number.isNaN(day) || hour > 23 || minute > 59) throw new RangeError(`not a China date-time: ${dateTime}`)
  return day + hour * 3600_000 + minute * 60_000 - CHINA_OFFSET_MS
}

/** Start of a China calendar day as an instant. */
export function chinaDayStart(day: ChinaDate): number {
  return parseDay(day) - CHINA_OFFSET_MS
}

/** Calendar arithmetic on day strings: the day itself carries no zone. */
export function addChinaDays(day: ChinaDate, n: number): ChinaDate {
  const ms = parseDay(day)
  if (Number.isNaN(ms)) throw new RangeError(`not a China date: ${day}`)
  const next = new Date(ms + n * DAY_MS)
  return `${four(next.getUTCFullYear())}-${two(next.getUTCMonth() + 1)}-${two(next.getUTCDate())}`
}

/** The weekday of a China day, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: ChinaDate): number {
  return new Date(parseDay(day)).getUTCDay()
}

/** Whole days from one China day to another (negative when `to` is before `from`). */
export function chinaDaysBetween(from: ChinaDate, to: ChinaDate): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS)
}

/** The same day some months later; a day the later month lacks (29 February, 31 April) becomes its last day. */
export function addMonthsToDay(day: ChinaDate, months: number): ChinaDate {
  const [y, m, d] = day.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${four(year)}-${two(month)}-${two(Math.min(d, last))}`
}

/** A day as people write it: `2026-03-06` → `2026年3月6日`; anything else as it came. */
export function dayWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date
}

/** A day of this year as people write it: `2026-03-09` → `3月9日`. */
export function monthDayWords(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/** `2026年3月6日`, the format WeChat's `date` keyword accepts. */
export function formatChinaDay(instant: number): string {
  const p = chinaParts(instant)
  return `${p.year}年${p.month}月${p.day}日`
}

/** `2026年3月6日 15:00`, the format WeChat's `time` keyword accepts. */
export function formatChinaDateTime(instant: number): string {
  return `${formatChinaDay(instant)} ${formatChinaClock(instant)}`
}

/** `15:00` in China. */
export function formatChinaClock(instant: number): string {
  const p = chinaParts(instant)
  return `${two(p.hour)}:${two(p.minute)}`
}

/** `3月6日` in China. */
export function formatChinaMonthDay(instant: number): string {
  const p = chinaParts(instant)
  return `${p.month}月${p.day}日`
}

/** `12月5日 09:30` in China, with the year when it is not the year of `now` (`2025年12月5日 09:30`). */
export function formatChinaWhen(instant: number, now: number): string {
  const year = chinaParts(instant).year === chinaParts(now).year ? '' : `${chinaParts(instant).year}年`
  return `${year}${formatChinaMonthDay(instant)} ${formatChinaClock(instant)}`
}
