/**
 * A collector's tap on a payment answers with the page it was tapped on as it now reads (党费 or
 * one member's 党费), so the page takes it in place instead of asking again.
 */
import type { PaymentAnswer, PaymentEntry } from '../../../core/contract/dues'
import type { ActionContext } from '../../runtime/types'
import { branchDues } from './branch'
import { memberDues } from './member-view'

type Page = 'branch' | 'member' | undefined

/** Runs the tap's action, then adds the page it was made on, as that page now reads. */
export async function withPage<I>(
  input: I & { answerWith?: Page },
  ctx: ActionContext,
  act: (input: I, ctx: ActionContext) => Promise<PaymentEntry>,
): Promise<PaymentAnswer> {
  const payment = await act(input, ctx)
  if (input.answerWith === 'branch') {
    return { ...payment, branchPage: await branchDues({ branchId: payment.branchId }, ctx) }
  }
  if (input.answerWith === 'member') {
    return { ...payment, memberPage: await memberDues({ memberId: payment.memberId }, ctx) }
  }
  return payment
}
