/**
 * China-time date helpers. Cloud functions run on UTC clocks and phones on any zone;
 * every calendar decision of the product (a month, a day, 15:00) is made in Asia/Shanghai.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import customParseFormat from 'dayjs/plugin/customParseFormat'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(customParseFormat)

export const CHINA_TZ = 'Asia/Shanghai'

/** `YYYY-MM-DD`, a calendar day in China. */
export type ChinaDate = string
/** `YYYY-MM`, a calendar month in China. */
export type ChinaMonth = string

export function inChina(instant: number | Date = Date.now()): Dayjs {
  return dayjs(instant).tz(CHINA_TZ)
}

export function chinaDate(instant: number | Date = Date.now()): ChinaDate {
  return inChina(instant).format('YYYY-MM-DD')
}

export function chinaMonth(instant: number | Date = Date.now()): ChinaMonth {
  return inChina(instant).format('YYYY-MM')
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const MONTH_RE = /^\d{4}-\d{2}$/

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isChinaDate(value: string): boolean {
  return DATE_RE.test(value) && dayjs(value, 'YYYY-MM-DD', true).isValid()
}

export function isChinaMonth(value: string): boolean {
  return MONTH_RE.test(value) && dayjs(value, 'YYYY-MM', true).isValid()
}

/** The instant of a China wall-clock time, e.g. `2026-03-06 15:00`. */
export function chinaInstant(dateTime: string): number {
  const parsed = dayjs.tz(dateTime, 'YYYY-MM-DD HH:mm', CHINA_TZ)
  if (!parsed.isValid()) throw new RangeError(`not a China date-time: ${dateTime}`)
  return parsed.valueOf()
}

/** Start of a China calendar day as an instant. */
export function chinaDayStart(day: ChinaDate): number {
  return dayjs.tz(day, 'YYYY-MM-DD', CHINA_TZ).valueOf()
}

/** `2026年3月6日`, the format WeChat's `date` keyword accepts. */
export function formatChinaDay(instant: number): string {
  return inChina(instant).format('YYYY年M月D日')
}

/** `2026年3月6日 15:00`, the format WeChat's `time` keyword accepts. */
export function formatChinaDateTime(instant: number): string {
  return inChina(instant).format('YYYY年M月D日 HH:mm')
}

/** `15:00` in China. */
export function formatChinaClock(instant: number): string {
  return inChina(instant).format('HH:mm')
}
