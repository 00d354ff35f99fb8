/**
 * The timer job (every 10 minutes, at least once): on each branch's collection day every
 * active member gets the month's bill, with deterministic ids so that a second run or a
 * concurrent one creates nothing twice; members added or changed since the last run get
 * any earlier months they owe (预备党员 from their admission month). It also finishes
 * any payment a use case left half-posted, and lifts claims of reports never written.
 */
import { chinaMonth, type ChinaMonth } from '../../../core/dates'
import { inChina } from '../../../core/china-dayjs'
import { addMonths, maxMonth } from '../../../core/dues'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { Db, JobContext } from '../../runtime/types'
import { createBills, isDuplicate, post, releaseClaims } from './bills'
import type { DuesAmountDoc, DuesBillDoc, DuesPaymentDoc, DuesSettingsDoc } from './model'
import { billId, firstMonthOf, newBill, resolveMonth } from './resolve'
import { defaultSettings } from './settings'
import { findIn, groupBy, recordsOf } from './year-amounts'

/** A report's claim with no entry after this long was left by a failed call. */
const STALE_CLAIM_MS = 2 * 60_000

async function settingsOf(db: Db, branches: OrgDoc[], now: number): Promise<Map<string, DuesSettingsDoc>> {
  const existing = new Map((await findAll<DuesSettingsDoc>(db, 'duesSettings', {})).map((s) => [s._id, s]))
  for (const branch of branches) {
    if (existing.has(branch._id)) continue
    const fresh = defaultSettings(branch._id, now)
    try {
      await db.collection('duesSettings').add({ data: fresh as unknown as Record<string, unknown> })
      existing.set(branch._id, fresh)
    } catch (error) {
      if (!isDuplicate(error)) throw error
      const [saved] = await findAll<DuesSettingsDoc>(db, 'duesSettings', { _id: branch._id })
      existing.set(branch._id, saved)
    }
  }
  return existing
}

/** The last month whose bills are due: this month from its collection day, else the last. */
export function billingMonth(settings: DuesSettingsDoc, now: number): ChinaMonth {
  const month = chinaMonth(now)
  return inChina(now).date() >= settings.collectionDay ? month : addMonths(month, -1)
}

function missingBills(
  members: MemberDoc[],
  from: (m: MemberDoc) => ChinaMonth,
  through: ChinaMonth,
  have: Set<string>,
  settings: DuesSettingsDoc,
  records: Map<string, DuesAmountDoc[]>,
  now: number,
): DuesBillDoc[] {
  const out: DuesBillDoc[] = []
  for (const m of members) {
    for (let month = from(m); month <= through; month = addMonths(month, 1)) {
      if (have.has(billId(m._id, month))) continue
      out.push(newBill(m, month, resolveMonth(records.get(m._id) ?? [], m, settings, month, now), now))
    }
  }
  return out
}

async function billBranch(db: Db, settings: DuesSettingsDoc, members: MemberDoc[], now: number) {
  const through = billingMonth(settings, now)
  const marked = settings.billedThrough ?? addMonths(settings.since, -1)
  const newMonth = through > marked
  const changed = members.filter((m) => m.updatedAt >= settings.billedAt)
  const counts = { created: 0, backfilled: 0 }
  if (newMonth && members.length > 0) {
    const _ = db.command
    const have = await findAll<DuesBillDoc>(db, 'duesBills', {
      branchId: settings._id,
      month: _.and([_.gt(marked), _.lte(through)]),
    })
    const records = await recordsOf(
      db,
      members.map((m) => m._id),
    )
    const from = (m: MemberDoc) => maxMonth(addMonths(marked, 1), firstMonthOf(m, settings, null))
    const bills = missingBills(members, from, through, new Set(have.map((b) => b._id)), settings, records, now)
    counts.created = await createBills(db, bills)
  }
  if (changed.length > 0) {
    const ids = changed.map((m) => m._id)
    const [have, records] = await Promise.all([
      findIn<DuesBillDoc>(db, 'duesBills', 'memberId', ids),
      recordsOf(db, ids),
    ])
    const from = (m: MemberDoc) => firstMonthOf(m, settings, null)
    const bills = missingBills(changed, from, through, new Set(have.map((b) => b._id)), settings, records, now)
    counts.backfilled = await createBills(db, bills)
  }
  if (newMonth || changed.length > 0) {
    await db
      .collection('duesSettings')
      .doc(settings._id)
      .update({ data: { billedThrough: through, billedAt: now } })
  }
  return counts
}

/** Entries a use case wrote but did not finish posting to their bills; stale claims. */
async function finishPosting(db: Db, now: number): Promise<{ posted: number; released: number }> {
  const unposted = await findAll<DuesPaymentDoc>(db, 'duesPayments', { posted: false })
  for (const entry of unposted) await post(db, entry, now)
  const claimed = await findAll<DuesBillDoc>(db, 'duesBills', {
    state: 'reported',
    updatedAt: db.command.lt(now - STALE_CLAIM_MS),
  })
  const paymentIds = [...new Set(claimed.map((b) => b.pendingPaymentId as string))]
  const found = new Set((await findIn<DuesPaymentDoc>(db, 'duesPayments', '_id', paymentIds)).map((p) => p._id))
  const orphans = claimed.filter((b) => !found.has(b.pendingPaymentId as string))
  for (const bill of orphans) await releaseClaims(db, bill.pendingPaymentId as string, [bill._id], now)
  return { posted: unposted.length, released: orphans.length }
}

export async function duesBillsJob(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const [branches, members] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch', status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
  ])
  const settings = await settingsOf(ctx.db, branches, now)
  const byBranch = groupBy(members, (m) => m.branchId)
  const totals = { created: 0, backfilled: 0, posted: 0, released: 0 }
  for (const branch of branches) {
    const counts = await billBranch(
      ctx.db,
      settings.get(branch._id) as DuesSettingsDoc,
      byBranch.get(branch._id) ?? [],
      now,
    )
    totals.created += counts.created
    totals.backfilled += counts.backfilled
  }
  const repaired = await finishPosting(ctx.db, now)
  return { ...totals, ...repaired }
}
