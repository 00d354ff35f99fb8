import type { BranchLedger, LedgerCell } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Fragment } from 'react'
import { ARREARS_LEVEL_WORDS, shortMonth, statusText, yuan } from '@/dues/words'

type MemberRow = BranchLedger['members'][number]

function Cell({ month, cell }: { month: string; cell: LedgerCell | null }) {
  if (!cell) {
    return (
      <View className="ledger-cell ledger-cell--none">
        <Text className="ledger-cell__month">{shortMonth(month)}</Text>
        <Text className="ledger-cell__text">— 无账单</Text>
      </View>
    )
  }
  return (
    <View className={`ledger-cell ledger-cell--${cell.status}`}>
      <Text className="ledger-cell__month">{shortMonth(month)}</Text>
      <Text className="ledger-cell__amount">{cell.dueFen === null ? '待定' : yuan(cell.dueFen)}</Text>
      <Text className="ledger-cell__text">{statusText(cell.status)}</Text>
      {cell.paidFen > 0 && cell.dueFen !== null && cell.paidFen < cell.dueFen ? (
        <Text className="ledger-cell__text">已交 {yuan(cell.paidFen)}</Text>
      ) : null}
    </View>
  )
}

export interface MemberLedgerProps {
  member: MemberRow
  months: string[]
  /** Months after this one are shown only where something was paid ahead. */
  currentMonth: string
  onOpen: () => void
}

/** One member's row of the ledger, as a card: totals, arrears, then a cell per month. */
export function MemberLedger({ member, months, currentMonth, onOpen }: MemberLedgerProps) {
  const shown = months
    .map((month, i) => ({ month, cell: member.cells[i] ?? null }))
    .filter(({ month, cell }) => month <= currentMonth || cell !== null)
  return (
    <View className="panel panel--column ledger-member">
      <View className="ledger-member__head" onClick={onOpen}>
        <Text className="ledger-member__name">
          {member.name}
          {member.active ? '' : '（已不在本支部）'} ›
        </Text>
        <Text>
          应交 {yuan(member.dueFen)} · 已交 {yuan(member.paidFen)} · 未交 {yuan(member.outstandingFen)}
        </Text>
        {member.arrears.months > 0 ? (
          <Text className="ledger-member__arrears">
            ⚠ 欠交{member.arrears.months}个月
            {member.arrears.level === 'owing' ? '' : `，${ARREARS_LEVEL_WORDS[member.arrears.level]}`}
          </Text>
        ) : null}
      </View>
      <View className="ledger-member__cells">
        {shown.map(({ month, cell }, i) => (
          <Fragment key={month}>
            {i === 0 || month.endsWith('-01') ? (
              <Text className="ledger-member__year">{month.slice(0, 4)}年</Text>
            ) : null}
            <Cell month={month} cell={cell} />
          </Fragment>
        ))}
      </View>
    </View>
  )
}
