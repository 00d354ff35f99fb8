/** `dues.ledger`: a branch's dues by month, per member and in total (支部党费台账). */
import type { BranchLedger, LedgerCell, LedgerTotals } from '../../../core/contract/dues'
import { chinaMonth, type ChinaMonth } from '../../../core/dates'
import { addMonths, arrearsOf, monthRange, monthsBetween, monthStatus, owedOf } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { billMonth, openBillsOf } from './branch'
import type { DuesBillDoc } from './model'
import { activeBranch } from './settings'
import { findIn, groupBy } from './year-amounts'

const MAX_MONTHS = 24

interface LedgerInput {
  branchId?: string
  year?: number
  from?: ChinaMonth
  to?: ChinaMonth
}

export function ledgerRange(input: LedgerInput, current: ChinaMonth): ChinaMonth[] {
  if (input.year !== undefined) return monthRange(`${input.year}-01`, `${input.year}-12`)
  const to = input.to ?? (input.from ? addMonths(input.from, 11) : current)
  const from = input.from ?? addMonths(to, -11)
  const span = monthsBetween(from, to) + 1
  if (span < 1 || span > MAX_MONTHS) {
    throw new DomainError('REQUEST.INVALID', `月份范围不对：最多${MAX_MONTHS}个月，且结束月份不早于开始月份`)
  }
  return monthRange(from, to)
}

function zero(): LedgerTotals {
  return { dueFen: 0, paidFen: 0, outstandingFen: 0 }
}

function add(t: LedgerTotals, bill: DuesBillDoc): void {
  t.dueFen += bill.dueFen ?? 0
  t.paidFen += bill.paidFen
  t.outstandingFen += owedOf(bill)
}

export async function branchLedger(input: LedgerInput, ctx: ActionContext): Promise<BranchLedger> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const current = chinaMonth(ctx.now())
  const months = ledgerRange(input, current)
  const _ = ctx.db.command
  const [branch, bills, active] = await Promise.all([
    activeBranch(ctx.db, branchId),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', {
      branchId,
      month: _.and([_.gte(months[0]), _.lte(months[months.length - 1])]),
    }),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
  ])
  const known = new Set(active.map((m) => m._id))
  const others = [...new Set(bills.map((b) => b.memberId).filter((id) => !known.has(id)))]
  const people = [...active, ...(others.length ? await findIn<MemberDoc>(ctx.db, 'members', '_id', others) : [])]
  const open = groupBy(
    await openBillsOf(
      ctx.db,
      people.map((p) => p._id),
      current,
    ),
    (b) => b.memberId,
  )
  const byMember = groupBy(bills, (b) => b.memberId)
  const column = new Map(months.map((m, i) => [m, i]))
  const monthTotals = months.map((month) => ({ month, ...zero(), billed: 0, paid: 0 }))
  const total = zero()
  const members = people.map((p) => {
    const cells: Array<LedgerCell | null> = months.map(() => null)
    const sums = zero()
    for (const bill of byMember.get(p._id) ?? []) {
      const i = column.get(bill.month) as number
      cells[i] = { dueFen: bill.dueFen, paidFen: bill.paidFen, status: monthStatus(billMonth(bill), current) }
      add(sums, bill)
      add(monthTotals[i], bill)
      add(total, bill)
      if ((bill.dueFen ?? 0) > 0) {
        monthTotals[i].billed++
        if (bill.paidFen >= (bill.dueFen as number)) monthTotals[i].paid++
      }
    }
    const arrears = arrearsOf((open.get(p._id) ?? []).map(billMonth), current)
    return {
      memberId: p._id,
      name: p.name,
      active: known.has(p._id),
      cells,
      ...sums,
      arrears: { months: arrears.months.length, consecutive: arrears.consecutive, level: arrears.level },
    }
  })
  members.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh'))
  return { branch: { id: branch._id, name: branch.name }, months, monthTotals, members, total }
}
