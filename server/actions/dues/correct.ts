/**
 * `dues.payment.correct`: a confirmed payment is never edited or deleted; a mistake is
 * reversed by a correction entry with the negative amounts and a reason, audited. Its id
 * (`${paymentId}_rev`) makes a second reversal of the same payment impossible.
 */
import type { PaymentEntry } from '../../../core/contract/dues'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import { isDuplicate, post } from './bills'
import { collectablePayment, describe } from './collect'
import type { DuesPaymentDoc } from './model'
import { actorOf } from './settings'
import { toEntry } from './views'

export async function correctPayment(
  input: { paymentId: string; reason: string },
  ctx: ActionContext,
): Promise<PaymentEntry> {
  const original = await collectablePayment(ctx, input.paymentId)
  if (original.kind === 'correction') throw new DomainError('DUES.CORRECTION_FINAL')
  if (original.status !== 'confirmed') throw new DomainError('DUES.NOT_CONFIRMED')
  // The member reads the reason beside the reversed payment.
  await checkContent(ctx, input.reason, 2)
  const now = ctx.now()
  const who = actorOf(ctx)
  const correction: DuesPaymentDoc = {
    ...original,
    _id: `${original._id}_rev`,
    kind: 'correction',
    via: 'correction',
    status: 'confirmed',
    months: original.months.map((m) => ({ month: m.month, fen: -m.fen })),
    amountFen: -original.amountFen,
    receiptFileID: null,
    note: null,
    reportedAt: now,
    reportedBy: who,
    confirmedAt: now,
    confirmedBy: who,
    rejectedAt: null,
    rejectedBy: null,
    rejectReason: null,
    correctsId: original._id,
    reason: input.reason,
    posted: false,
    requestId: ctx.requestId,
  }
  try {
    await ctx.db.collection('duesPayments').add({ data: correction as unknown as Record<string, unknown> })
  } catch (error) {
    if (isDuplicate(error)) throw new DomainError('DUES.ALREADY_CORRECTED')
    throw error
  }
  await post(ctx.db, correction, now)
  await audit(ctx, {
    kind: 'dues.correct',
    summary: `冲正${describe(original)}：${input.reason}`,
    branchId: original.branchId,
    targetId: original._id,
    before: { paymentId: original._id, months: original.months, amountFen: original.amountFen },
    after: {
      correctionId: correction._id,
      months: correction.months,
      amountFen: correction.amountFen,
      reason: input.reason,
    },
  })
  return toEntry({ ...correction, posted: true }, new Set())
}
