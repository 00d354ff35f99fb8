/**
 * A day that is no working day, said to a secretary as she picks it. The words come from the
 * official calendar on the server (core/workdays' dayOffWords, which the front end does not
 * carry): a form's one read brings the days off of the months around it, and the phone looks the
 * picked day up here. It is a warning, never a refusal: a branch may meet on a 调休 day on purpose.
 */

/** The days off from `from` to `to` (inclusive, `YYYY-MM-DD`), each with its words (`国庆节假期`, `周末`). */
export interface DaysOff {
  from: string
  to: string
  days: Record<string, string>
}

/** Why the day is no working day, or null: a working day, or a day outside the table (not known here). */
export function dayOffIn(table: DaysOff, day: string): string | null {
  if (day < table.from || day > table.to) return null
  return table.days[day] ?? null
}

/** The warning's words, the same wherever a day off is said: `这一天是国庆节假期，不是工作日`. */
export function dayOffWarning(words: string): string {
  return `这一天是${words}，不是工作日`
}
