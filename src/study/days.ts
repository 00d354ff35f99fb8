/**
 * Calendar arithmetic and wording on `YYYY-MM-DD` / `YYYY-MM` strings for the 学习 screens.
 * The server says which day is today in China; everything here is plain calendar maths on
 * those strings (UTC Date, no zone), so the main package needs no date library for it.
 */
import { chinaDaysBetween, weekdayOf, type ChinaDate, type ChinaMonth } from '@core/dates'
import { addMonths } from '@core/dues/months'

export { addChinaDays as addDays } from '@core/dates'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** `2026-03` → `2026-02` (n = -1). */
export function shiftMonth(month: ChinaMonth, n: number): ChinaMonth {
  return addMonths(month, n)
}

/** Every day of the month, oldest first. */
export function daysOfMonth(month: ChinaMonth): ChinaDate[] {
  const [y, m] = month.split('-').map(Number)
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return Array.from({ length: count }, (_unused, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
}

/** Empty cells before the 1st in a week that starts on Monday, as calendars in China do. */
export function blanksBefore(month: ChinaMonth): number {
  return (weekdayOf(`${month}-01`) + 6) % 7
}

export function weekdayText(day: ChinaDate): string {
  return WEEKDAYS[weekdayOf(day)]
}

/** `2026年3月` */
export function monthText(month: ChinaMonth): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}

/** `3月5日` */
export function dayText(day: ChinaDate): string {
  const [, m, d] = day.split('-').map(Number)
  return `${m}月${d}日`
}

/** `3月5日（周四）` */
export function dayWithWeekday(day: ChinaDate): string {
  return `${dayText(day)}（${weekdayText(day)}）`
}

/** `今天` / `昨天` / `前天`, or null for other days. */
export function nearDayWord(day: ChinaDate, today: ChinaDate): string | null {
  const words = ['今天', '昨天', '前天']
  const back = chinaDaysBetween(day, today)
  return back >= 0 && back < words.length ? words[back] : null
}

/** `30分钟`, `1小时`, `1小时30分钟`: one person's own entry, never a total. */
export function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest}分钟`
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`
}

/** `本月` for the current month, else `2月`: how officers' screens name the month on show. */
export function monthWord(month: ChinaMonth, current: ChinaMonth): string {
  return month === current ? '本月' : `${Number(month.slice(5))}月`
}

/** The months an officer can look at: this one and the one before (a new month starts empty). */
export function monthChoices(current: ChinaMonth): { value: ChinaMonth; label: string }[] {
  return [
    { value: current, label: '本月' },
    { value: shiftMonth(current, -1), label: '上个月' },
  ]
}
