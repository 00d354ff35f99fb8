/** The year and (optional) month a view is asked for, checked against each other. */
import { chinaMonth } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { ActionContext } from '../../runtime/types'

export interface ViewPeriod {
  year: number
  month: string | null
  months: string[]
  currentMonth: string
}

export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

export function viewPeriod(ctx: ActionContext, input: { year?: number; month?: string }): ViewPeriod {
  const currentMonth = chinaMonth(ctx.now())
  const year = input.year ?? Number((input.month ?? currentMonth).slice(0, 4))
  if (input.month && Number(input.month.slice(0, 4)) !== year)
    throw new DomainError('ATTENDANCE_VIEW.MONTH_OUTSIDE_YEAR')
  return { year, month: input.month ?? null, months: yearMonths(year), currentMonth }
}

/** Whether a month falls in the chosen period. */
export const inPeriod = (period: ViewPeriod, month: string): boolean => period.month === null || period.month === month
