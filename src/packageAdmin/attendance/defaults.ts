import { addMonths } from '@core/activity/recurrence'
import { chinaMonth } from '@core/dates'

/** Last month: the latest month whose activities have all been held. */
export function lastMonthPeriod(): { year: number; month: string } {
  const month = addMonths(chinaMonth(), -1)
  return { year: Number(month.slice(0, 4)), month }
}

export const thisYear = (): number => Number(chinaMonth().slice(0, 4))
