/** This month's dues as 首页 shows them, from the member's months. */
import type { DuesHomeStatus } from '../contract/dues'
import type { ChinaMonth } from '../dates'
import { arrearsOf, monthStatus, owedOf, type MonthDues } from './ledger'

export function homeStatus(months: readonly MonthDues[], currentMonth: ChinaMonth): DuesHomeStatus {
  const thisMonth = months.find((m) => m.month === currentMonth) ?? {
    month: currentMonth,
    dueFen: null,
    paidFen: 0,
    pending: false,
    billed: false,
  }
  const arrears = arrearsOf(months, currentMonth)
  return {
    month: currentMonth,
    dueFen: thisMonth.dueFen,
    owedFen: owedOf(thisMonth),
    status: monthStatus(thisMonth, currentMonth),
    arrearsMonths: arrears.months.length,
    level: arrears.level,
  }
}
