/**
 * Which amount a member owes in a month, and from which month they pay. A confirmed amount
 * record wins; until one exists the roster's category and base give a provisional amount,
 * so that bills appear on time and are corrected when the secretary confirms.
 */
import { chinaDate, chinaMonth, type ChinaMonth } from '../../../core/dates'
import {
  addMonths,
  amountForMonth,
  billState,
  computeAmount,
  maxMonth,
  monthOf,
  type MonthDues,
} from '../../../core/dues'
import type { MemberDoc } from '../../model'
import type { DuesAmountDoc, DuesBillDoc, DuesSettingsDoc } from './model'

export const ROSTER_AMOUNT = 'roster'

export interface Resolved {
  amountId: string | null
  dueFen: number | null
}

/**
 * 预备党员 pay from the month they were admitted; a member added to the roster after dues
 * tracking began from the month they were added; one arriving by a 转入 letter from the month
 * after its 党费交至 (`duesFrom`); never before the
 * branch's first billed month. An existing bill always counts.
 */
export function firstMonthOf(
  member: MemberDoc,
  settings: DuesSettingsDoc,
  earliestBill: ChinaMonth | null,
): ChinaMonth {
  const joined = monthOf(member.joinDate)
  const own = member.duesFrom ?? (member.probationary ? joined : maxMonth(joined, chinaMonth(member.createdAt)))
  const rule = maxMonth(settings.since, own)
  return earliestBill && earliestBill < rule ? earliestBill : rule
}

export function sortRecords(records: DuesAmountDoc[]): DuesAmountDoc[] {
  return [...records].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
}

export function rosterAmount(member: MemberDoc, farmerFen: number, now: number): number | null {
  const computed = computeAmount(
    { category: member.duesCategory, baseFen: member.duesBaseFen, farmerFen, reduction: null },
    chinaDate(now),
  )
  return computed.ok ? computed.monthlyFen : null
}

export function resolveMonth(
  records: DuesAmountDoc[],
  member: MemberDoc,
  settings: DuesSettingsDoc,
  month: ChinaMonth,
  now: number,
): Resolved {
  const record = amountForMonth(records, month)
  if (record) return { amountId: record._id, dueFen: record.monthlyFen }
  const fen = rosterAmount(member, settings.farmerFen, now)
  return fen === null ? { amountId: null, dueFen: null } : { amountId: ROSTER_AMOUNT, dueFen: fen }
}

export function billId(memberId: string, month: ChinaMonth): string {
  return `${memberId}_${month}`
}

export function newBill(member: MemberDoc, month: ChinaMonth, resolved: Resolved, now: number): DuesBillDoc {
  return {
    _id: billId(member._id, month),
    memberId: member._id,
    branchId: member.branchId,
    month,
    dueFen: resolved.dueFen,
    amountId: resolved.amountId,
    paidFen: 0,
    state: billState(resolved.dueFen, 0, false),
    pendingPaymentId: null,
    applied: [],
    rev: 0,
    createdAt: now,
    updatedAt: now,
  }
}

export interface MemberMonths {
  firstMonth: ChinaMonth
  months: MonthDues[]
  bills: Map<ChinaMonth, DuesBillDoc>
}

/** Every month of a member from their first to the prepay limit (or their last bill). */
export function memberMonths(
  member: MemberDoc,
  settings: DuesSettingsDoc,
  records: DuesAmountDoc[],
  bills: DuesBillDoc[],
  now: number,
): MemberMonths {
  const current = chinaMonth(now)
  const byMonth = new Map(bills.map((b) => [b.month, b]))
  const billMonths = [...byMonth.keys()].sort()
  const firstMonth = firstMonthOf(member, settings, billMonths[0] ?? null)
  const last = maxMonth(addMonths(current, settings.prepayLimit), billMonths[billMonths.length - 1] ?? current)
  const sorted = sortRecords(records)
  const months: MonthDues[] = []
  for (let month = firstMonth; month <= last; month = addMonths(month, 1)) {
    const bill = byMonth.get(month)
    if (bill) {
      months.push({
        month,
        dueFen: bill.dueFen,
        paidFen: bill.paidFen,
        pending: bill.state === 'reported',
        billed: true,
      })
    } else {
      const { dueFen } = resolveMonth(sorted, member, settings, month, now)
      months.push({ month, dueFen, paidFen: 0, pending: false, billed: false })
    }
  }
  return { firstMonth, months, bills: byMonth }
}
