/**
 * Is a China calendar day a working day, and is an instant within office hours: the one source
 * for both (the demo bureau places its meetings and stamps by it; the server may warn with it).
 *
 * The official calendar comes from the package `chinese-days` (MIT): the State Council's yearly
 * arrangements, including the 调休 Saturdays and Sundays worked in exchange for a longer holiday.
 * Only its data tables are read (day strings, no clock, no zone). It stays out of the front end
 * (.dependency-cruiser.cjs refuses it under src/): the phone does not need the dates.
 *
 * For a year the tables do not know (the State Council announces each year's arrangement late in
 * the year before; the package as pinned knows up to 2026), the rule falls back to: Monday to
 * Friday are working days, except the holidays whose dates are fixed by the calendar — 元旦 1 January,
 * 劳动节 1–5 May and 国庆 1–7 October. Lunar holidays (春节, 清明, 端午, 中秋) and the 调休 days of
 * such a year are not known and so not kept; update the package when the new arrangement is out.
 */
import y2024 from 'chinese-days/dist/years/2024.json'
import y2025 from 'chinese-days/dist/years/2025.json'
import y2026 from 'chinese-days/dist/years/2026.json'
import type { DaysOff } from './activity/day-off'
import {
  addChinaDays,
  addMonthsToDay,
  chinaDate,
  chinaInstant,
  chinaParts,
  isChinaDate,
  weekdayOf,
  type ChinaDate,
} from './dates'

/**
 * The package's tables of the years the product's records live in (about 2 KB a year; its whole
 * table back to 2004 would add 37 KB to every cloud function). Add the next year's line when the
 * package has it; years before 2024 fall back like years not yet announced.
 */
const YEARS: Array<{ holidays: Record<string, string>; workdays: Record<string, string> }> = [y2024, y2025, y2026]

/** `YYYY-MM-DD` → `English name,中文名,days` as the package writes it. */
const HOLIDAYS: Record<string, string> = Object.assign({}, ...YEARS.map((y) => y.holidays))
/** 调休: weekend days that are working days. */
const SHIFTED_WORKDAYS: Record<string, string> = Object.assign({}, ...YEARS.map((y) => y.workdays))

/** The years whose official arrangement the table holds. */
const KNOWN_YEARS: ReadonlySet<number> = new Set(
  [...Object.keys(HOLIDAYS), ...Object.keys(SHIFTED_WORKDAYS)].map((d) => Number(d.slice(0, 4))),
)

/** The last year the table knows: after it, the fixed-date fallback applies. */
export const LAST_KNOWN_YEAR = Math.max(...KNOWN_YEARS)

/** Holidays on fixed calendar dates, kept in years the table does not know: `MM-DD` → name. */
const FIXED_HOLIDAYS: Record<string, string> = {
  '01-01': '元旦',
  '05-01': '劳动节',
  '05-02': '劳动节',
  '05-03': '劳动节',
  '05-04': '劳动节',
  '05-05': '劳动节',
  '10-01': '国庆节',
  '10-02': '国庆节',
  '10-03': '国庆节',
  '10-04': '国庆节',
  '10-05': '国庆节',
  '10-06': '国庆节',
  '10-07': '国庆节',
}

function assertDay(day: ChinaDate): void {
  if (!isChinaDate(day)) throw new RangeError(`not a China date: ${day}`)
}

/** Whether the official calendar of the day's year is known (else the fixed-date fallback is used). */
export function isKnownYear(day: ChinaDate): boolean {
  return KNOWN_YEARS.has(Number(day.slice(0, 4)))
}

/** The official holiday a day falls in (`国庆节`), or null (weekends are not named). */
export function holidayName(day: ChinaDate): string | null {
  assertDay(day)
  if (isKnownYear(day)) return HOLIDAYS[day]?.split(',')[1] ?? null
  return FIXED_HOLIDAYS[day.slice(5)] ?? null
}

/** A working day in China: Monday–Friday that is no holiday, or a 调休 weekend day. */
export function isWorkday(day: ChinaDate): boolean {
  assertDay(day)
  if (isKnownYear(day)) {
    if (SHIFTED_WORKDAYS[day]) return true
    if (HOLIDAYS[day]) return false
  } else if (FIXED_HOLIDAYS[day.slice(5)]) return false
  const weekday = weekdayOf(day)
  return weekday !== 0 && weekday !== 6
}

/** Why a day is not a working day, in words for a secretary: `国庆节假期` / `周末`; null on a working day. */
export function dayOffWords(day: ChinaDate): string | null {
  if (isWorkday(day)) return null
  const name = holidayName(day)
  return name ? `${name}假期` : '周末'
}

/** Every day off from `from` to `to` (inclusive) with its words (dayOffWords), for a form to warn without the calendar. */
export function daysOffBetween(from: ChinaDate, to: ChinaDate): Record<ChinaDate, string> {
  assertDay(from)
  assertDay(to)
  const days: Record<ChinaDate, string> = {}
  for (let d = from; d <= to; d = addChinaDays(d, 1)) {
    const words = dayOffWords(d)
    if (words) days[d] = words
  }
  return days
}

/** Months of days off a date form carries: this month and the twelve after it. */
export const DAYS_OFF_MONTHS = 13

/**
 * The days off a date form carries (one read; the phone looks the picked day up, core/activity/
 * day-off): from the first of `today`'s month (or of `day`'s, an activity being edited, when
 * earlier) to the end of the twelfth month after today's (or of `day`'s month, when later).
 */
export function daysOffAround(today: ChinaDate, day: ChinaDate | null = null): DaysOff {
  const firstOf = (d: ChinaDate) => `${d.slice(0, 7)}-01`
  const lastOf = (d: ChinaDate) => addChinaDays(addMonthsToDay(firstOf(d), 1), -1)
  const from = firstOf(day !== null && day < today ? day : today)
  const horizon = addChinaDays(addMonthsToDay(firstOf(today), DAYS_OFF_MONTHS), -1)
  const to = day !== null && day > horizon ? lastOf(day) : horizon
  return { from, to, days: daysOffBetween(from, to) }
}

/**
 * The working day nearest to `day` within its own month (a day of rest moves to it; a tie goes to
 * the later day: a meeting is put off rather than brought forward). The day itself when it is one.
 */
export function nearestWorkdayInMonth(day: ChinaDate): ChinaDate {
  assertDay(day)
  const month = day.slice(0, 7)
  for (let step = 0; step < 31; step++) {
    for (const candidate of [addChinaDays(day, step), addChinaDays(day, -step)]) {
      if (candidate.slice(0, 7) === month && isWorkday(candidate)) return candidate
    }
  }
  // Every month has working days (at worst October: 8 October onwards).
  throw new RangeError(`no working day in the month of ${day}`)
}

/** The first working day on or after `day` (any month). */
export function workdayOnOrAfter(day: ChinaDate): ChinaDate {
  let d = day
  while (!isWorkday(d)) d = addChinaDays(d, 1)
  return d
}

/** The last working day on or before `day` (any month). */
export function workdayOnOrBefore(day: ChinaDate): ChinaDate {
  let d = day
  while (!isWorkday(d)) d = addChinaDays(d, -1)
  return d
}

/** A half-day of office hours, China wall clock `HH:mm`. */
export interface OfficeSpell {
  from: string
  to: string
}

/** Office hours of an ordinary government office: the morning and the afternoon, lunch between. */
export const OFFICE_HOURS: readonly OfficeSpell[] = [
  { from: '08:30', to: '12:00' },
  { from: '14:00', to: '17:30' },
]

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

/** Whether a China wall-clock time `HH:mm` (on any day) lies within office hours; `to` is inclusive (a meeting may end at 12:00). */
export function isOfficeClock(clock: string): boolean {
  const m = minutesOf(clock)
  return OFFICE_HOURS.some((s) => m >= minutesOf(s.from) && m <= minutesOf(s.to))
}

/** Whether an instant falls on a working day within office hours, China time. */
export function isOfficeTime(instant: number): boolean {
  const p = chinaParts(instant)
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
  return isWorkday(chinaDate(instant)) && isOfficeClock(clock)
}

/** The instants a working day's office spells begin and end. */
export function officeSpellsOn(day: ChinaDate): Array<{ startAt: number; endAt: number }> {
  return OFFICE_HOURS.map((s) => ({ startAt: chinaInstant(`${day} ${s.from}`), endAt: chinaInstant(`${day} ${s.to}`) }))
}

/** The start of the next office spell strictly after `instant` (on a working day). */
export function nextOfficeStart(instant: number): number {
  let day = chinaDate(instant)
  for (;;) {
    day = workdayOnOrAfter(day)
    const next = officeSpellsOn(day).find((s) => s.startAt > instant)
    if (next) return next.startAt
    day = addChinaDays(day, 1)
  }
}
