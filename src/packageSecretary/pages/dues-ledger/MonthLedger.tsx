import type { BranchLedger, DuesMonthStatus, LedgerCell } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { statusText, yuan } from '@/dues/words'

type Totals = BranchLedger['monthTotals'][number]

export interface MonthRow {
  memberId: string
  name: string
  active: boolean
  cell: LedgerCell
}

/**
 * The ledger's months in the order the secretary reads them: this month first, then earlier ones
 * newest first; months paid ahead (预交) apart, soonest first — only those someone paid ahead.
 */
export function ledgerMonthOrder(totals: Totals[], current: string): { held: number[]; ahead: number[] } {
  const indexes = totals.map((_, index) => index)
  return {
    held: indexes
      .filter((i) => totals[i].month <= current)
      .sort((a, b) => totals[b].month.localeCompare(totals[a].month)),
    ahead: indexes
      .filter((i) => totals[i].month > current && totals[i].billed > 0)
      .sort((a, b) => totals[a].month.localeCompare(totals[b].month)),
  }
}

/** Who had a bill in the month at `index` of the ledger's months; those still to pay first. */
export function monthRows(ledger: BranchLedger, index: number): MonthRow[] {
  const rows = ledger.members.flatMap((m) => {
    const cell = m.cells[index]
    return cell ? [{ memberId: m.memberId, name: m.name, active: m.active, cell }] : []
  })
  const settled = (s: DuesMonthStatus) => s === 'paid' || s === 'exempt'
  return [...rows.filter((r) => !settled(r.cell.status)), ...rows.filter((r) => settled(r.cell.status))]
}

/** A month's people in words for its header: `已交32人 · 未交2人`, with those waiting and exempt. */
export function monthSummary(rows: MonthRow[]): string {
  if (rows.length === 0) return '没有账单'
  const count = (...states: DuesMonthStatus[]) => rows.filter((r) => states.includes(r.cell.status)).length
  const unpaid = count('due', 'overdue', 'upcoming', 'noAmount')
  const reported = count('reported')
  const parts = [`已交${count('paid')}人`]
  if (unpaid > 0) parts.push(`未交${unpaid}人`)
  if (reported > 0) parts.push(`待确认${reported}人`)
  if (unpaid + reported === 0) parts.push('全部交清')
  const exempt = count('exempt')
  if (exempt > 0) parts.push(`免交${exempt}人`)
  return parts.join(' · ')
}

function Row({ row, onOpen }: { row: MonthRow; onOpen: (memberId: string) => void }) {
  const { cell } = row
  const part =
    cell.paidFen > 0 && cell.dueFen !== null && cell.paidFen < cell.dueFen ? `，已交 ${yuan(cell.paidFen)}` : ''
  return (
    <View className="panel__row ledger-row" onClick={() => onOpen(row.memberId)}>
      <View className="spread-row">
        <Text className="ledger-row__name">
          {row.name}
          {row.active ? '' : '（已不在本支部）'} ›
        </Text>
        <Text className={`ledger-row__state ledger-row__state--${cell.status}`}>{statusText(cell.status)}</Text>
      </View>
      <Text className="text-secondary ledger-row__amount">
        {cell.dueFen === null ? '金额待定' : `应交 ${yuan(cell.dueFen)}`}
        {part}
      </Text>
    </View>
  )
}

/** One month of the ledger, opened: its sums, then each member's bill (those still to pay first). */
export function MonthLedger({
  totals,
  rows,
  onOpen,
}: {
  totals: Totals
  rows: MonthRow[]
  onOpen: (memberId: string) => void
}) {
  return (
    <View className="panel panel--column ledger-month">
      <View className="panel__row ledger-row">
        <Text className="ledger-month__sum">
          应交 {yuan(totals.dueFen)} · 已交 {yuan(totals.paidFen)} · 未交 {yuan(totals.outstandingFen)}
        </Text>
      </View>
      {rows.map((row) => (
        <Row key={row.memberId} row={row} onOpen={onOpen} />
      ))}
    </View>
  )
}
