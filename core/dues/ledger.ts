/**
 * A member's months of dues: each month's status, arrears and their flags (3 and 5 months
 * for reminders, 6 for the branch's decision — nobody is ever removed by the app).
 */
import type { ArrearsInfo, ArrearsLevel, DuesMonth, DuesMonthStatus } from '../contract/dues'
import type { ChinaMonth } from '../dates'
import { monthIndex } from './months'

/** One month of one member, from its bill or, before the bill exists, from the amounts. */
export interface MonthDues {
  month: ChinaMonth
  /** null: no amount could be set for this month yet. */
  dueFen: number | null
  paidFen: number
  /** A payment report waits for confirmation. */
  pending: boolean
  /** The bill exists (the collection day came, or someone paid ahead). */
  billed: boolean
}

/** What a bill stores as its state: the claim of a report turns `open` into `reported`. */
export type BillState = 'open' | 'reported' | 'settled' | 'noAmount'

export function billState(dueFen: number | null, paidFen: number, pending: boolean): BillState {
  if (pending) return 'reported'
  if (dueFen === null) return 'noAmount'
  return paidFen >= dueFen ? 'settled' : 'open'
}

export function owedOf(m: Pick<MonthDues, 'dueFen' | 'paidFen'>): number {
  return m.dueFen === null ? 0 : Math.max(0, m.dueFen - m.paidFen)
}

export function monthStatus(m: MonthDues, currentMonth: ChinaMonth): DuesMonthStatus {
  if (m.pending) return 'reported'
  if (m.dueFen === null) return 'noAmount'
  if (m.dueFen === 0) return 'exempt'
  if (m.paidFen >= m.dueFen) return 'paid'
  if (m.month < currentMonth) return 'overdue'
  return m.billed ? 'due' : 'upcoming'
}

export function toDuesMonth(m: MonthDues, currentMonth: ChinaMonth): DuesMonth {
  return {
    month: m.month,
    dueFen: m.dueFen,
    paidFen: m.paidFen,
    owedFen: owedOf(m),
    status: monthStatus(m, currentMonth),
  }
}

/** Whether a past month counts as unpaid (a report waiting is given the benefit of the doubt). */
function unpaid(m: MonthDues, currentMonth: ChinaMonth): boolean {
  return m.month < currentMonth && m.billed && !m.pending && owedOf(m) > 0
}

export function arrearsLevel(consecutive: number, count: number): ArrearsLevel {
  if (consecutive >= 6) return 'sixMonths'
  if (consecutive >= 5) return 'fiveMonths'
  if (consecutive >= 3) return 'threeMonths'
  return count > 0 ? 'owing' : 'none'
}

export function arrearsOf(months: readonly MonthDues[], currentMonth: ChinaMonth): ArrearsInfo {
  const owing = months.filter((m) => unpaid(m, currentMonth)).sort((a, b) => (a.month < b.month ? -1 : 1))
  let consecutive = 0
  let run = 0
  owing.forEach((m, i) => {
    run = i > 0 && monthIndex(m.month) - monthIndex(owing[i - 1].month) === 1 ? run + 1 : 1
    consecutive = Math.max(consecutive, run)
  })
  return {
    months: owing.map((m) => m.month),
    owedFen: owing.reduce((sum, m) => sum + owedOf(m), 0),
    consecutive,
    level: arrearsLevel(consecutive, owing.length),
  }
}
