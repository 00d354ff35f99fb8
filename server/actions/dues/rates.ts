/** `dues.collection`: each branch's collection rate by month of a year (admins). */
import type { CollectionRates, RateCell } from '../../../core/contract/dues'
import { chinaMonth } from '../../../core/dates'
import { yearMonths } from '../../../core/dues'
import type { OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'

interface Group {
  _id: { b: string; m: string; settled: boolean; exempt: boolean }
  due: number
  paid: number
  n: number
}

function emptyCell(): RateCell {
  return { dueFen: 0, paidFen: 0, billed: 0, paid: 0, ratePct: null }
}

function addGroup(cell: RateCell, g: Group): void {
  cell.dueFen += g.due
  cell.paidFen += g.paid
  if (!g._id.exempt) {
    cell.billed += g.n
    if (g._id.settled) cell.paid += g.n
  }
}

function withRate(cell: RateCell): RateCell {
  return { ...cell, ratePct: cell.dueFen > 0 ? Math.round((cell.paidFen * 1000) / cell.dueFen) / 10 : null }
}

function sumCells(cells: RateCell[]): RateCell {
  const total = emptyCell()
  for (const c of cells) {
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
  const branches = await findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch' })
  // One group per branch, month, settled and exempt: the limit is their most, so none is cut off.
  const groups = Math.max(1, branches.length) * months.length * 4
  const result = await ctx.db
    .collection('duesBills')
    .aggregate()
    .match({ month: _.and([_.gte(months[0]), _.lte(months[11])]) })
    .group({
      _id: { b: '$branchId', m: '$month', settled: $.eq(['$state', 'settled']), exempt: $.eq(['$dueFen', 0]) },
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
    const row = cells.get(g._id.b) ?? months.map(emptyCell)
    cells.set(g._id.b, row)
    addGroup(row[column.get(g._id.m) as number], g)
  }
  const shown = branches
    .filter((b) => b.status === 'active' || cells.has(b._id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    .map((b) => {
      const row = (cells.get(b._id) ?? months.map(emptyCell)).map(withRate)
      return { branchId: b._id, name: b.name, cells: row, total: sumCells(row) }
    })
  const bureauCells = months.map((_m, i) => sumCells(shown.map((b) => b.cells[i])))
  return { year, months, branches: shown, bureau: { cells: bureauCells, total: sumCells(bureauCells) } }
}
