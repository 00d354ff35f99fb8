/**
 * The secretary (or a named treasurer) confirms or returns a member's report, and records
 * payments made in person. A confirmed entry is never changed again.
 */
import type { PaymentEntry } from '../../../core/contract/dues'
import { checkPayment, monthsLabel } from '../../../core/dues'
import { formatFen } from '../../../core/money'
import { DomainError } from '../../../core/errors'
import { PAYMENT_METHOD_LABELS } from '../../../core/contract/dues'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { post } from './bills'
import { claimAndWrite, liftEarlierClaims, newPaymentId } from './claim'
import { loadMemberState } from './member-state'
import { payContext } from './member-view'
import type { DuesPaymentDoc } from './model'
import type { PaymentInput } from './report'
import { actorOf, readSettings, requireCollector } from './settings'
import { toEntry } from './views'

export async function collectablePayment(ctx: ActionContext, paymentId: string): Promise<DuesPaymentDoc> {
  const payment = await findById<DuesPaymentDoc>(ctx.db, 'duesPayments', paymentId)
  if (!payment) throw new DomainError('DUES.PAYMENT_NOT_FOUND')
  scopeBranch(ctx.caller, payment.branchId)
  requireCollector(ctx.caller, await readSettings(ctx.db, payment.branchId, ctx.now()))
  return payment
}

export function describe(p: Pick<DuesPaymentDoc, 'memberName' | 'months' | 'amountFen'>): string {
  return `${p.memberName}${monthsLabel(p.months.map((m) => m.month))}党费${formatFen(p.amountFen)}元`
}

/** Moves a report on, exactly once: a second confirm or return of it is refused. */
async function decide(
  ctx: ActionContext,
  payment: DuesPaymentDoc,
  change: Partial<DuesPaymentDoc>,
): Promise<DuesPaymentDoc> {
  if (payment.status !== 'reported') throw new DomainError('DUES.PAYMENT_HANDLED')
  const res = await ctx.db
    .collection('duesPayments')
    .where({ _id: payment._id, status: 'reported' })
    .update({ data: { ...change, posted: false } })
  if (res.stats.updated !== 1) throw new DomainError('DUES.PAYMENT_HANDLED')
  const decided = { ...payment, ...change, posted: false }
  await post(ctx.db, decided, ctx.now())
  return { ...decided, posted: true }
}

export async function confirmPayment(input: { paymentId: string }, ctx: ActionContext): Promise<PaymentEntry> {
  const payment = await collectablePayment(ctx, input.paymentId)
  const done = await decide(ctx, payment, { status: 'confirmed', confirmedAt: ctx.now(), confirmedBy: actorOf(ctx) })
  await audit(ctx, {
    kind: 'dues.confirm',
    summary: `确认${describe(payment)}（${PAYMENT_METHOD_LABELS[payment.method]}）`,
    branchId: payment.branchId,
    targetId: payment._id,
    before: { status: 'reported' },
    after: { status: 'confirmed' },
  })
  return toEntry(done, new Set())
}

export async function rejectPayment(
  input: { paymentId: string; reason: string },
  ctx: ActionContext,
): Promise<PaymentEntry> {
  const payment = await collectablePayment(ctx, input.paymentId)
  if (payment.status !== 'reported') throw new DomainError('DUES.PAYMENT_HANDLED')
  // The member reads why their report came back.
  await checkContent(ctx, input.reason, 2)
  const done = await decide(ctx, payment, {
    status: 'rejected',
    rejectedAt: ctx.now(),
    rejectedBy: actorOf(ctx),
    rejectReason: input.reason,
  })
  await audit(ctx, {
    kind: 'dues.reject',
    summary: `退回${describe(payment)}的缴费报告：${input.reason}`,
    branchId: payment.branchId,
    targetId: payment._id,
    before: { status: 'reported' },
    after: { status: 'rejected', reason: input.reason },
  })
  return toEntry(done, new Set())
}

export async function recordPayment(
  input: PaymentInput & { memberId: string },
  ctx: ActionContext,
): Promise<PaymentEntry> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  scopeBranch(ctx.caller, member.branchId)
  const id = newPaymentId(ctx, member._id, [...input.months].sort()[0])
  // A retry of the same tap finds the entry it wrote and finishes posting it (posting is idempotent).
  let entry = await findById<DuesPaymentDoc>(ctx.db, 'duesPayments', id)
  if (!entry) await liftEarlierClaims(ctx, member._id, id)
  const state = await loadMemberState(ctx.db, member, ctx.now())
  requireCollector(ctx.caller, state.settings)
  if (!entry) {
    const check = checkPayment(payContext(state, 'collector'), input.months, input.amountFen)
    if (!check.ok) throw new DomainError(check.code, check.message)
    // The member reads the note in their payment history.
    await checkContent(ctx, input.note ?? '', 2)
    entry = await claimAndWrite(ctx, {
      id,
      state,
      items: check.items,
      method: input.method,
      receiptFileID: input.receiptFileID ?? null,
      note: input.note ?? '',
      via: 'inPerson',
    })
  }
  await post(ctx.db, entry, ctx.now())
  await audit(ctx, {
    kind: 'dues.record',
    summary: `登记${describe(entry)}（${PAYMENT_METHOD_LABELS[entry.method]}，当面交纳）`,
    branchId: entry.branchId,
    targetId: entry._id,
    before: null,
    after: { months: entry.months, amountFen: entry.amountFen, method: entry.method },
  })
  return toEntry({ ...entry, posted: true }, new Set())
}
