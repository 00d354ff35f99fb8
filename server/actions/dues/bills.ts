/**
 * Changes to bills. Every change is compare-and-set on `rev`, so two at once never both
 * win; entries are applied to a bill at most once (`applied`), so that a use case and the
 * timer finishing its work can both try.
 */
import { billState } from '../../../core/dues'
import type { Db } from '../../runtime/types'
import { findById } from '../../runtime/store'
import type { DuesBillDoc, DuesPaymentDoc } from './model'

const ATTEMPTS = 8

export function isDuplicate(error: unknown): boolean {
  const e = error as { errMsg?: unknown; message?: unknown }
  return /duplicate key/i.test(String(e?.errMsg ?? e?.message ?? ''))
}

/** Adds bills with their deterministic ids; those that exist already are left alone. */
export async function createBills(db: Db, bills: DuesBillDoc[]): Promise<number> {
  const col = db.collection('duesBills')
  let created = 0
  for (let i = 0; i < bills.length; i += 500) {
    const batch = bills.slice(i, i + 500)
    try {
      await col.add({ data: batch as unknown as Record<string, unknown>[] })
      created += batch.length
    } catch (error) {
      if (!isDuplicate(error)) throw error
      for (const bill of batch) {
        try {
          await col.add({ data: bill as unknown as Record<string, unknown> })
          created++
        } catch (single) {
          if (!isDuplicate(single)) throw single
        }
      }
    }
  }
  return created
}

type Patch = Partial<Pick<DuesBillDoc, 'dueFen' | 'amountId' | 'paidFen' | 'pendingPaymentId' | 'applied'>>

/**
 * Reads a bill, asks `change` for a patch (null: nothing to do; it may throw to refuse),
 * and writes it only if nobody changed the bill meanwhile; otherwise tries again.
 */
export async function changeBill(
  db: Db,
  id: string,
  now: number,
  change: (bill: DuesBillDoc) => Patch | null,
): Promise<DuesBillDoc | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const bill = await findById<DuesBillDoc>(db, 'duesBills', id)
    if (!bill) return null
    const patch = change(bill)
    if (!patch) return bill
    const next = { ...bill, ...patch }
    const state = billState(next.dueFen, next.paidFen, next.pendingPaymentId !== null)
    const data = { ...patch, state, rev: bill.rev + 1, updatedAt: now }
    const res = await db.collection('duesBills').where({ _id: id, rev: bill.rev }).update({ data })
    if (res.stats.updated === 1) return { ...next, ...data }
  }
  throw new Error(`bill ${id} kept changing under us`)
}

/** Puts a confirmed entry's amounts into its bills (and lifts its claim), once. */
export async function applyEntry(db: Db, entry: DuesPaymentDoc, now: number): Promise<void> {
  for (const item of entry.months) {
    await changeBill(db, `${entry.memberId}_${item.month}`, now, (bill) => {
      const pending = bill.pendingPaymentId === entry._id ? null : bill.pendingPaymentId
      if (bill.applied.includes(entry._id))
        return pending === bill.pendingPaymentId ? null : { pendingPaymentId: pending }
      return { paidFen: bill.paidFen + item.fen, applied: [...bill.applied, entry._id], pendingPaymentId: pending }
    })
  }
}

/** Lifts a report's claim on its bills (rejected, or never written). */
export async function releaseClaims(db: Db, paymentId: string, billIds: string[], now: number): Promise<void> {
  for (const id of billIds) {
    await changeBill(db, id, now, (bill) => (bill.pendingPaymentId === paymentId ? { pendingPaymentId: null } : null))
  }
}

/** Marks an entry as reflected in its bills. */
export async function markPosted(db: Db, paymentId: string): Promise<void> {
  await db
    .collection('duesPayments')
    .doc(paymentId)
    .update({ data: { posted: true } })
}

/** Makes the bills reflect an entry: amounts in for confirmed entries, claims lifted otherwise. */
export async function post(db: Db, entry: DuesPaymentDoc, now: number): Promise<void> {
  if (entry.status === 'confirmed') await applyEntry(db, entry, now)
  else if (entry.status === 'rejected') {
    await releaseClaims(
      db,
      entry._id,
      entry.months.map((m) => `${entry.memberId}_${m.month}`),
      now,
    )
  }
  await markPosted(db, entry._id)
}
