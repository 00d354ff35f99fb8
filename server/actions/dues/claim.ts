/**
 * Claiming months for a payment: each bill goes from open to claimed by this payment, or
 * the whole payment is refused and the claims made so far are lifted. A second report of
 * the same month loses the compare-and-set and is refused, however close the two come.
 */
import type { PaymentMethod } from '../../../core/contract/dues'
import type { ChinaMonth } from '../../../core/dates'
import { monthLabel } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { changeBill, createBills, releaseClaims } from './bills'
import type { MemberState } from './member-state'
import type { DuesBillDoc, DuesPaymentDoc } from './model'
import { billId, newBill, resolveMonth } from './resolve'
import { actorOf } from './settings'

export type Items = Array<{ month: ChinaMonth; fen: number }>

/** A payment's id: the member, its first month, and a part a retry of the same tap reproduces. */
export function newPaymentId(ctx: ActionContext, memberId: string, month: ChinaMonth): string {
  return `${memberId}_${month}_${keyedId(ctx, 'payment', 8)}`
}

/**
 * An earlier try of the same tap that claimed months and died before writing its entry left them
 * claimed by an entry that does not exist: lifted, so that this try claims them again in order.
 */
export async function liftEarlierClaims(ctx: ActionContext, memberId: string, paymentId: string): Promise<void> {
  if (!ctx.requestKey) return
  const claimed = await findAll<DuesBillDoc>(ctx.db, 'duesBills', { memberId, pendingPaymentId: paymentId })
  if (claimed.length > 0)
    await releaseClaims(
      ctx.db,
      paymentId,
      claimed.map((b) => b._id),
      ctx.now(),
    )
}

export async function claimMonths(
  ctx: ActionContext,
  state: MemberState,
  items: Items,
  paymentId: string,
): Promise<void> {
  const now = ctx.now()
  const missing = items
    .filter((i) => !state.bills.has(i.month))
    .map((i) =>
      newBill(state.member, i.month, resolveMonth(state.records, state.member, state.settings, i.month, now), now),
    )
  if (missing.length > 0) await createBills(ctx.db, missing)
  const claimed: string[] = []
  try {
    for (const item of items) {
      const id = billId(state.member._id, item.month)
      const bill = await changeBill(ctx.db, id, now, (b) => {
        const label = monthLabel(item.month)
        // Claimed already by this payment: an earlier try of the same tap that went no further.
        if (b.pendingPaymentId === paymentId) return null
        if (b.pendingPaymentId) throw new DomainError('DUES.ALREADY_REPORTED', `${label}已经报告过缴费，正在等待确认`)
        if (b.dueFen === null) throw new DomainError('DUES.NO_AMOUNT', `${label}的党费金额还没有确定，请与支部书记联系`)
        const owed = Math.max(0, b.dueFen - b.paidFen)
        if (owed === 0) throw new DomainError('DUES.ALREADY_PAID', `${label}的党费已经交过了`)
        if (owed !== item.fen) throw new DomainError('DUES.AMOUNT_CHANGED')
        return { pendingPaymentId: paymentId }
      })
      if (!bill) throw new Error(`bill ${id} vanished`)
      claimed.push(id)
    }
  } catch (error) {
    await releaseClaims(ctx.db, paymentId, claimed, now)
    throw error
  }
}

export interface EntryFields {
  id: string
  state: MemberState
  items: Items
  method: PaymentMethod
  receiptFileID: string | null
  note: string
  via: 'report' | 'inPerson'
}

/** A payment entry as reported (by the member) or confirmed at once (recorded in person). */
export function newEntry(ctx: ActionContext, f: EntryFields): DuesPaymentDoc {
  const now = ctx.now()
  const who = actorOf(ctx)
  const inPerson = f.via === 'inPerson'
  return {
    _id: f.id,
    memberId: f.state.member._id,
    memberName: f.state.member.name,
    branchId: f.state.member.branchId,
    kind: 'payment',
    via: f.via,
    status: inPerson ? 'confirmed' : 'reported',
    months: f.items,
    amountFen: f.items.reduce((sum, i) => sum + i.fen, 0),
    method: f.method,
    receiptFileID: f.receiptFileID,
    note: f.note || null,
    reportedAt: now,
    reportedBy: who,
    confirmedAt: inPerson ? now : null,
    confirmedBy: inPerson ? who : null,
    rejectedAt: null,
    rejectedBy: null,
    rejectReason: null,
    correctsId: null,
    reason: null,
    posted: !inPerson,
    requestId: ctx.requestId,
  }
}

/**
 * Claims the months, then writes the entry; if writing fails, the claims are lifted. An entry
 * already written under this id (a retry of the same tap) is returned as it is.
 */
export async function claimAndWrite(ctx: ActionContext, f: EntryFields): Promise<DuesPaymentDoc> {
  const earlier = await findById<DuesPaymentDoc>(ctx.db, 'duesPayments', f.id)
  if (earlier) return earlier
  await claimMonths(ctx, f.state, f.items, f.id)
  const entry = newEntry(ctx, f)
  try {
    return (await addOnce(ctx.db, 'duesPayments', entry)).doc
  } catch (error) {
    await releaseClaims(
      ctx.db,
      f.id,
      f.items.map((i) => billId(f.state.member._id, i.month)),
      ctx.now(),
    )
    throw error
  }
}
