/** The year's amounts of a branch: each member's amount, where it comes from, and warnings. */
import type { AmountRow, YearAmounts } from '../../../core/contract/dues'
import { chinaDate } from '../../../core/dates'
import { amountForMonth, computeAmount, edgeWarning } from '../../../core/dues'
import { formatFen } from '../../../core/money'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext, Db } from '../../runtime/types'
import type { DuesAmountDoc, DuesSettingsDoc } from './model'
import { firstMonthOf, sortRecords } from './resolve'
import { activeBranch, readSettings } from './settings'

const IN_CHUNK = 500

/** Rows of `collection` whose `field` is one of `values`, in chunks the database accepts. */
export async function findIn<T extends { _id: string }>(
  db: Db,
  collection: string,
  field: string,
  values: string[],
  extra: Record<string, unknown> = {},
): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < values.length; i += IN_CHUNK) {
    out.push(...(await findAll<T>(db, collection, { ...extra, [field]: db.command.in(values.slice(i, i + IN_CHUNK)) })))
  }
  return out
}

export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

export async function recordsOf(db: Db, memberIds: string[]): Promise<Map<string, DuesAmountDoc[]>> {
  const records = await findIn<DuesAmountDoc>(db, 'duesAmounts', 'memberId', memberIds)
  const grouped = groupBy(records, (r) => r.memberId)
  for (const [id, list] of grouped) grouped.set(id, sortRecords(list))
  return grouped
}

function rowOf(
  member: MemberDoc,
  records: DuesAmountDoc[],
  settings: DuesSettingsDoc,
  year: number,
  now: number,
): AmountRow {
  const start = `${year}-01`
  const main = amountForMonth(records, start)
  const inYear = records.filter((r) => r.year === year && r.effectiveFrom !== main?.effectiveFrom)
  const primary = main ?? inYear.shift() ?? null
  const base = {
    memberId: member._id,
    name: member.name,
    probationary: member.probationary,
    joinDate: member.joinDate,
    firstMonth: firstMonthOf(member, settings, null),
    changes: inYear.map((r) => ({
      effectiveFrom: r.effectiveFrom,
      category: r.category,
      baseFen: r.baseFen,
      monthlyFen: r.monthlyFen,
    })),
  }
  if (primary) {
    return {
      ...base,
      source: primary.year === year ? 'confirmed' : 'carried',
      category: primary.category,
      baseFen: primary.baseFen,
      base: primary.baseFen === null ? '' : formatFen(primary.baseFen),
      regulationFen: primary.regulationFen,
      monthlyFen: primary.monthlyFen,
      rateBp: primary.rateBp,
      reduction: primary.reduction,
      effectiveFrom: primary.effectiveFrom,
      confirmedByName: primary.confirmedBy.name,
      confirmedAt: primary.confirmedAt,
      warning: primary.reduction ? null : (edgeWarning(primary.category, primary.baseFen)?.message ?? null),
      problem: null,
    }
  }
  const computed = computeAmount(
    { category: member.duesCategory, baseFen: member.duesBaseFen, farmerFen: settings.farmerFen, reduction: null },
    chinaDate(now),
  )
  return {
    ...base,
    source: computed.ok ? 'roster' : 'missing',
    category: member.duesCategory,
    baseFen: member.duesBaseFen,
    base: member.duesBaseFen === null ? '' : formatFen(member.duesBaseFen),
    regulationFen: computed.ok ? computed.regulationFen : null,
    monthlyFen: computed.ok ? computed.monthlyFen : null,
    rateBp: computed.ok ? computed.rateBp : null,
    reduction: null,
    effectiveFrom: null,
    confirmedByName: null,
    confirmedAt: null,
    warning: computed.ok ? (computed.warning?.message ?? null) : null,
    problem: computed.ok ? null : computed.problems.join('；'),
  }
}

export function yearAmounts(
  members: MemberDoc[],
  records: Map<string, DuesAmountDoc[]>,
  settings: DuesSettingsDoc,
  year: number,
  now: number,
): YearAmounts {
  const rows = members
    .map((m) => rowOf(m, records.get(m._id) ?? [], settings, year, now))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return {
    year,
    rows,
    totals: {
      members: rows.length,
      confirmed: rows.filter((r) => r.source === 'confirmed').length,
      unconfirmed: rows.filter((r) => r.source === 'carried' || r.source === 'roster').length,
      missing: rows.filter((r) => r.source === 'missing').length,
      warnings: rows.filter((r) => r.warning !== null).length,
      monthlyFen: rows.reduce((sum, r) => sum + (r.monthlyFen ?? 0), 0),
    },
  }
}

export async function activeMembers(db: Db, branchId: string): Promise<MemberDoc[]> {
  return findAll<MemberDoc>(db, 'members', { branchId, status: 'active' })
}

/** `dues.amounts.list` */
export async function listAmounts(
  input: { branchId?: string; year: number },
  ctx: ActionContext,
): Promise<YearAmounts> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  await activeBranch(ctx.db, branchId)
  const now = ctx.now()
  const [settings, members] = await Promise.all([readSettings(ctx.db, branchId, now), activeMembers(ctx.db, branchId)])
  const records = await recordsOf(
    ctx.db,
    members.map((m) => m._id),
  )
  return yearAmounts(members, records, settings, input.year, now)
}
