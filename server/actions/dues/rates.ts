/**
 * `dues.collection`: each branch's collection by month of a year (admins), as every screen
 * defines a month's collection (core/dues/collection): members with something due, what was paid
 * toward it, and no rate for a month whose collection day has not come.
 */
import type { CollectionRates, RateCell } from '../../../core/contract/dues'
import { chinaDate, chinaMonth } from '../../../core/dates'
import { collectionOpen, yearMonths } from '../../../core/dues'
import { DEFAULT_COLLECTION_DAY } from './settings'
import type { OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { DuesSettingsDoc } from './model'

interface Group {
  _id: { b: string; m: string; settled: boolean; owes: boolean }
  due: number
  paid: number
  n: number
}

function emptyCell(open: boolean): RateCell {
  return { open, dueFen: 0, paidFen: 0, billed: 0, paid: 0, ratePct: null }
}

function addGroup(cell: RateCell, g: Group): void {
  if (!g._id.owes) return
  cell.dueFen += g.due
  cell.paidFen += g.paid
  cell.billed += g.n
  if (g._id.settled) cell.paid += g.n
}

function withRate(cell: RateCell): RateCell {
  const rate = cell.open && cell.dueFen > 0 ? Math.round((cell.paidFen * 1000) / cell.dueFen) / 10 : null
  return { ...cell, ratePct: rate }
}

/** A total over open months or branches only: a month not yet collected adds nothing to a rate. */
function sumCells(cells: RateCell[]): RateCell {
  const open = cells.filter((c) => c.open)
  const total = emptyCell(open.length > 0)
  for (const c of open) {
    total.dueFen += c.dueFen
    total.paidFen += c.paidFen
    total.billed += c.billed
    total.paid += c.paid
  }
  return withRate(total)
}

export async function collectionRates(input: { year?: number }, ctx: ActionContext): Promise<CollectionRates> {
  const year = input.year ?? Number(chinaMonth(ctx.now()).slice(0, 4))
  const months = yearMonths(year)
  const _ = ctx.db.command
  const $ = _.aggregate
  const [branches, settings] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch' }),
    findAll<DuesSettingsDoc>(ctx.db, 'duesSettings', {}),
  ])
  const today = chinaDate(ctx.now())
  const dayOf = new Map(settings.map((s) => [s._id, s.collectionDay]))
  const cellsOf = (branchId: string) =>
    months.map((m) => emptyCell(collectionOpen(m, today, dayOf.get(branchId) ?? DEFAULT_COLLECTION_DAY)))
  // One group per branch, month, settled and exempt: the limit is their most, so none is cut off.
  const groups = Math.max(1, branches.length) * months.length * 4
  const result = await ctx.db
    .collection('duesBills')
    .aggregate()
    .match({ month: _.and([_.gte(months[0]), _.lte(months[11])]) })
    .group({
      // owes: something due (exempt members and months without an amount owe nothing).
      _id: { b: '$branchId', m: '$month', settled: $.eq(['$state', 'settled']), owes: $.gt(['$dueFen', 0]) },
      due: $.sum('$dueFen'),
      // What was paid counts up to what was due: paying ahead or over never lifts a rate past 100%.
      paid: $.sum($.min(['$paidFen', '$dueFen'])),
      n: $.sum(1),
    })
    .limit(groups)
    .end()
  const column = new Map(months.map((m, i) => [m, i]))
  const cells = new Map<string, RateCell[]>()
  for (const g of result.list as Group[]) {
    const row = cells.get(g._id.b) ?? cellsOf(g._id.b)
    cells.set(g._id.b, row)
    addGroup(row[column.get(g._id.m) as number], g)
  }
  const shown = branches
    .filter((b) => b.status === 'active' || cells.has(b._id))
    // The organisation's order, as every office screen lists branches (never by rate).
    .sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id))
    .map((b) => {
      const row = (cells.get(b._id) ?? cellsOf(b._id)).map(withRate)
      return { branchId: b._id, name: b.name, cells: row, total: sumCells(row) }
    })
  const bureauCells = months.map((_m, i) => sumCells(shown.map((b) => b.cells[i])))
  return { year, months, branches: shown, bureau: { cells: bureauCells, total: sumCells(bureauCells) } }
}
