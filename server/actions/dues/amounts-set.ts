/**
 * Setting the year's amounts (or a change from a month): a preview that writes nothing,
 * then an all-or-nothing confirmation that records each amount with who confirmed it and
 * when, brings the bills from that month on to the new amount, and is audited.
 */
import type { AmountsConfirmed, AmountsPreview, AmountsRequest } from '../../../core/contract/dues'
import { monthLabel } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import { formatFen } from '../../../core/money'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { audit } from '../../runtime/audit'
import { checkLongContent } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import { checkRows, rawRows, type CheckedRow } from './amounts-rows'
import { changeBill, isDuplicate } from './bills'
import type { DuesAmountDoc, DuesBillDoc, DuesSettingsDoc } from './model'
import { resolveMonth, sortRecords } from './resolve'
import { activeBranch, actorOf, readSettings } from './settings'
import { activeMembers, findIn, recordsOf, yearAmounts } from './year-amounts'

async function evaluate(input: AmountsRequest, ctx: ActionContext) {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await activeBranch(ctx.db, branchId)
  const effectiveFrom = input.effectiveFrom ?? `${input.year}-01`
  if (effectiveFrom.slice(0, 4) !== String(input.year)) throw new DomainError('DUES.BAD_EFFECTIVE_MONTH')
  const now = ctx.now()
  const [settings, members] = await Promise.all([readSettings(ctx.db, branchId, now), activeMembers(ctx.db, branchId)])
  const raws = rawRows(input, members)
  if (raws.length === 0) throw new DomainError('DUES.AMOUNTS_EMPTY')
  const records = await recordsOf(
    ctx.db,
    members.map((m) => m._id),
  )
  const rows = checkRows(raws, { year: input.year, effectiveFrom, settings, records, confirmedBy: actorOf(ctx), now })
  return { branch, settings, members, records, rows, now }
}

function preview(year: number, rows: CheckedRow[]): AmountsPreview {
  return {
    year,
    rows: rows.map(({ doc: _doc, ...row }) => row),
    problemCount: rows.filter((r) => r.problems.length > 0).length,
    warningCount: rows.filter((r) => r.warning !== null).length,
    monthlyFen: rows.reduce((sum, r) => sum + (r.monthlyFen ?? 0), 0),
  }
}

/** `dues.amounts.preview` */
export async function previewAmounts(input: AmountsRequest, ctx: ActionContext): Promise<AmountsPreview> {
  const { rows } = await evaluate(input, ctx)
  return preview(input.year, rows)
}

/** Bills from each changed month on take the amount now in force. */
async function updateBills(
  ctx: ActionContext,
  members: MemberDoc[],
  records: Map<string, DuesAmountDoc[]>,
  docs: DuesAmountDoc[],
  settings: DuesSettingsDoc,
  now: number,
): Promise<number> {
  const from = docs.reduce((min, d) => (d.effectiveFrom < min ? d.effectiveFrom : min), docs[0].effectiveFrom)
  const ids = [...new Set(docs.map((d) => d.memberId))]
  const bills = await findIn<DuesBillDoc>(ctx.db, 'duesBills', 'memberId', ids, { month: ctx.db.command.gte(from) })
  const byId = new Map(members.map((m) => [m._id, m]))
  const changes = bills.flatMap((bill) => {
    const member = byId.get(bill.memberId) as MemberDoc
    const resolved = resolveMonth(records.get(bill.memberId) ?? [], member, settings, bill.month, now)
    const same = resolved.dueFen === bill.dueFen && resolved.amountId === bill.amountId
    return same ? [] : [{ id: bill._id, patch: { dueFen: resolved.dueFen, amountId: resolved.amountId } }]
  })
  // Each bill is its own document: twenty at a time, each still compare-and-set.
  for (let i = 0; i < changes.length; i += 20) {
    await Promise.all(changes.slice(i, i + 20).map((c) => changeBill(ctx.db, c.id, now, () => c.patch)))
  }
  return changes.length
}

/** New amounts go in batches of 500; one replacing an amount for the same month is set in place. */
async function writeAmounts(
  ctx: ActionContext,
  docs: DuesAmountDoc[],
  records: Map<string, DuesAmountDoc[]>,
): Promise<void> {
  const existing = new Set([...records.values()].flat().map((r) => r._id))
  const col = ctx.db.collection('duesAmounts')
  const fresh = docs.filter((d) => !existing.has(d._id))
  const replaced = docs.filter((d) => existing.has(d._id))
  for (let i = 0; i < fresh.length; i += 500) {
    const batch = fresh.slice(i, i + 500)
    try {
      await col.add({ data: batch as unknown as Record<string, unknown>[] })
    } catch (error) {
      // Someone confirmed the same members a moment ago: replace theirs, as a later confirmation does.
      if (!isDuplicate(error)) throw error
      replaced.push(...batch)
    }
  }
  for (let i = 0; i < replaced.length; i += 20) {
    await Promise.all(
      replaced
        .slice(i, i + 20)
        .map(({ _id, ...data }) => col.doc(_id).set({ data: data as unknown as Record<string, unknown> })),
    )
  }
}

/** `dues.amounts.confirm` */
export async function confirmAmounts(input: AmountsRequest, ctx: ActionContext): Promise<AmountsConfirmed> {
  const { branch, settings, members, records, rows, now } = await evaluate(input, ctx)
  const bad = rows.filter((r) => r.problems.length > 0)
  if (bad.length > 0) {
    const where = (r: CheckedRow) => (r.line !== null ? `第${r.line}行` : r.name || '一行')
    throw new DomainError(
      'DUES.AMOUNTS_HAVE_PROBLEMS',
      `${where(bad[0])}：${bad[0].problems[0]}${bad.length > 1 ? `（共${bad.length}行需要修改）` : ''}`,
    )
  }
  // Each member reads their reduction (who approved it and why) on their dues page.
  const reductions = (input.rows ?? []).flatMap((r) =>
    r.reduction ? [r.reduction.approvedBy, r.reduction.reason] : [],
  )
  await checkLongContent(ctx, reductions.join('\n'), 1)
  const docs = rows.map((r) => r.doc as DuesAmountDoc)
  await writeAmounts(ctx, docs, records)
  for (const doc of docs) {
    const list = (records.get(doc.memberId) ?? []).filter((r) => r._id !== doc._id)
    records.set(doc.memberId, sortRecords([...list, doc]))
  }
  const billsUpdated = await updateBills(ctx, members, records, docs, settings, now)
  const froms = [...new Set(docs.map((d) => d.effectiveFrom))].sort()
  await audit(ctx, {
    kind: 'dues.amounts',
    summary: `确认${branch.name}${docs.length}人的党费金额（自${froms.map(monthLabel).join('、')}起）`,
    branchId: branch._id,
    targetId: branch._id,
    before: rows.map((r) => ({ memberId: r.memberId, effectiveFrom: r.effectiveFrom, monthlyFen: r.previousFen })),
    after: docs.map((d) => ({
      memberId: d.memberId,
      effectiveFrom: d.effectiveFrom,
      category: d.category,
      base: d.baseFen === null ? null : formatFen(d.baseFen),
      monthlyFen: d.monthlyFen,
      reduction: d.reduction,
    })),
  })
  return { confirmed: docs.length, billsUpdated, year: yearAmounts(members, records, settings, input.year, now) }
}
