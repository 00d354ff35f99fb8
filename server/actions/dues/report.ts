/** `dues.report`: a member reports a payment for their earliest unpaid months. */
import type { MemberDuesView, PaymentMethod } from '../../../core/contract/dues'
import type { ChinaMonth } from '../../../core/dates'
import { checkPayment } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { checkContent } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import { claimAndWrite, newPaymentId } from './claim'
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
  const state = await loadMemberState(ctx.db, member, ctx.now())
  const check = checkPayment(payContext(state, 'member'), input.months, input.amountFen)
  if (!check.ok) throw new DomainError(check.code, check.message)
  // The collector reads the note when confirming.
  await checkContent(ctx, input.note ?? '', 2)
  await claimAndWrite(ctx, {
    id: newPaymentId(member._id, check.items[0].month),
    state,
    items: check.items,
    method: input.method,
    receiptFileID: input.receiptFileID ?? null,
    note: input.note ?? '',
    via: 'report',
  })
  const now = ctx.now()
  return buildView(await loadMemberState(ctx.db, member, now), now, 'member', false)
}
