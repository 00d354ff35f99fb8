/**
 * A month's collection, defined once for every screen that shows it (支部概览, the branch's 党费,
 * the party office's 党费收缴): who owes something that month (exempt members owe nothing), what
 * they owe and what they paid toward it (paying ahead counts; paying over never lifts a figure),
 * and whether collection has begun: a past month always, this month from the branch's collection
 * day. Before that day a month has amounts but no rate, so no screen reads 100% on the 1st.
 */
import type { ChinaDate, ChinaMonth } from '../dates'

export interface MonthCollection {
  month: ChinaMonth
  open: boolean
  collectionDay: number
  /** Members with something due, and of those the ones paid in full. */
  members: number
  settled: number
  dueFen: number
  /** Paid toward what was due, never more than each member's due. */
  paidFen: number
  /** paid ÷ due in per cent, one decimal; null before collection opens or with nothing due. */
  ratePct: number | null
}

export function collectionOpen(month: ChinaMonth, today: ChinaDate, collectionDay: number): boolean {
  const current = today.slice(0, 7)
  if (month !== current) return month < current
  return Number(today.slice(8, 10)) >= collectionDay
}

export function collectionOf(
  month: ChinaMonth,
  rows: ReadonlyArray<{ dueFen: number | null; paidFen: number }>,
  open: boolean,
  collectionDay: number,
): MonthCollection {
  const owing = rows.filter((r) => (r.dueFen ?? 0) > 0)
  const dueFen = owing.reduce((sum, r) => sum + (r.dueFen ?? 0), 0)
  const paidFen = owing.reduce((sum, r) => sum + Math.min(r.paidFen, r.dueFen ?? 0), 0)
  return {
    month,
    open,
    collectionDay,
    members: owing.length,
    settled: owing.filter((r) => r.paidFen >= (r.dueFen ?? 0)).length,
    dueFen,
    paidFen,
    ratePct: open && dueFen > 0 ? Math.round((paidFen * 1000) / dueFen) / 10 : null,
  }
}

function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/**
 * The same words on every screen: `应交 2417.35 元，已交 1389.75 元，16人中9人交清（收缴率57.5%）`,
 * or before the collection day `5日起收缴，应交 2417.35 元，已预交 144.00 元`.
 */
export function collectionText(c: MonthCollection): string {
  if (c.members === 0) return '本月没有应交的党费'
  if (!c.open) {
    const ahead = c.paidFen > 0 ? `，已预交 ${yuan(c.paidFen)} 元` : ''
    return `${c.collectionDay}日起收缴，应交 ${yuan(c.dueFen)} 元${ahead}`
  }
  const rate = c.ratePct === null ? '' : `（收缴率${c.ratePct.toFixed(1)}%）`
  return `应交 ${yuan(c.dueFen)} 元，已交 ${yuan(c.paidFen)} 元，${c.members}人中${c.settled}人交清${rate}`
}
