/**
 * When each timed reminder is due, in China time. A timer ticks every few minutes; a reminder is
 * due from its moment until the thing it is about has passed, so a late tick still sends it and
 * a tick after that moment never does.
 */
import { addChinaDays, chinaDate, chinaInstant, type ChinaDate } from '../dates'

/** The hour of day (China) from which day-level reminders (dues, 补学, 政治生日) go out. */
export const MORNING = '09:00'

export type ActivityReminder = 'eve' | 'hour'

/** 18:00 China on the day before the start, and one hour before the start. */
export function activityReminderAt(startAt: number, which: ActivityReminder): number {
  if (which === 'hour') return startAt - 3600_000
  const dayBefore = addChinaDays(chinaDate(startAt), -1)
  return chinaInstant(`${dayBefore} 18:00`)
}

/**
 * Whether an activity reminder is due now: its moment has come, the activity has not started,
 * and the activity was published before the moment (whoever was told after it needs no reminder
 * of what they just read).
 */
export function activityReminderDue(
  a: { startAt: number; publishedAt: number | null },
  which: ActivityReminder,
  now: number,
): boolean {
  const at = activityReminderAt(a.startAt, which)
  return a.publishedAt !== null && a.publishedAt < at && now >= at && now < a.startAt
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * The day of `year` on which a member who joined on `joinDate` is greeted: the same month and
 * day; a 29 February join is greeted on 28 February in a year without one.
 */
export function politicalBirthday(joinDate: ChinaDate, year: number): ChinaDate {
  const monthDay = joinDate.slice(5)
  if (monthDay === '02-29' && !isLeapYear(year)) return `${year}-02-28`
  return `${year}-${monthDay}`
}

/** The join dates (`MM-DD`) greeted on `day`: 28 February also greets 29 February joins in a common year. */
export function birthdayMonthDays(day: ChinaDate): string[] {
  const monthDay = day.slice(5)
  return monthDay === '02-28' && !isLeapYear(Number(day.slice(0, 4))) ? ['02-28', '02-29'] : [monthDay]
}

/** True from the morning of `day` (China) on. */
export function morningOf(day: ChinaDate, now: number): boolean {
  return chinaDate(now) === day && now >= chinaInstant(`${day} ${MORNING}`)
}

/** Years a member has been in the party on `day`. */
export function partyYears(joinDate: ChinaDate, day: ChinaDate): number {
  return Number(day.slice(0, 4)) - Number(joinDate.slice(0, 4))
}
