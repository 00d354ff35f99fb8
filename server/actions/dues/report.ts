/** `dues.report`: a member reports a payment for their earliest unpaid months. */
import type { MemberDuesView, PaymentMethod } from '../../../core/contract/dues'
import type { ChinaMonth } from '../../../core/dates'
import { checkPayment } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import type { DuesPaymentDoc } from './model'
import { checkContent } from '../../runtime/content-check'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { claimAndWrite, liftEarlierClaims, newPaymentId } from './claim'
import { loadMemberState } from './member-state'
import { buildView, payContext } from './member-view'

export interface PaymentInput {
  months: ChinaMonth[]
  amountFen: number
  method: PaymentMethod
  receiptFileID?: string | null
  note?: string
}

export async function reportPayment(input: PaymentInput, ctx: ActionContext): Promise<MemberDuesView> {
  const member = ctx.caller.member as MemberDoc
  const id = newPaymentId(ctx, member._id, [...input.months].sort()[0])
  // A retry of the same tap whose report is written already: the member sees it, as after the first try.
  if (!(await findById<DuesPaymentDoc>(ctx.db, 'duesPayments', id))) {
    await liftEarlierClaims(ctx, member._id, id)
    const state = await loadMemberState(ctx.db, member, ctx.now())
    const check = checkPayment(payContext(state, 'member'), input.months, input.amountFen)
    if (!check.ok) throw new DomainError(check.code, check.message)
    // The collector reads the note when confirming.
    await checkContent(ctx, input.note ?? '', 2)
    await claimAndWrite(ctx, {
      id,
      state,
      items: check.items,
      method: input.method,
      receiptFileID: input.receiptFileID ?? null,
      note: input.note ?? '',
      via: 'report',
    })
  }
  const now = ctx.now()
  return buildView(await loadMemberState(ctx.db, member, now), now, 'member', false)
}
