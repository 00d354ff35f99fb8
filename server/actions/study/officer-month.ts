import { chinaMonth, type ChinaMonth } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { ActionContext } from '../../runtime/types'

/** The month an officer's view is about: the one asked for, else this China month; never a future one. */
export function officerMonth(ctx: ActionContext, requested: ChinaMonth | undefined): ChinaMonth {
  const thisMonth = chinaMonth(ctx.now())
  const month = requested ?? thisMonth
  if (month > thisMonth) throw new DomainError('STUDY.FUTURE_MONTH')
  return month
}
