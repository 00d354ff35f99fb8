/** Payments members reported and the secretary (or a 收缴人) has yet to confirm: 支部概览 and 首页. */
import type { ActionContext } from '../../runtime/types'

/** The reports waiting in a branch, as the 党费 page lists them (dues.branch `waiting`). */
export function reportedPayments(branchId: string): { branchId: string; status: 'reported' } {
  return { branchId, status: 'reported' }
}

export async function paymentsWaiting(ctx: ActionContext, branchId: string): Promise<number> {
  return (await ctx.db.collection('duesPayments').where(reportedPayments(branchId)).count()).total
}
