import Taro from '@tarojs/taro'
import type { LedgerMonth } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { monthLabel, partText, statusText, yuan } from '@/dues/words'
import { duesMemberUrl } from '../../dues/links'

/** `本月应交 2417.35 元，已交 1389.75 元，还差 1027.60 元` and how many have paid in full. */
export function MonthTotals({ month }: { month: LedgerMonth }) {
  return (
    <Card>
      <Text className="dues-page__big">
        {monthLabel(month.month)}：{month.members}人中{month.paidMembers}人已交清
      </Text>
      <View className="dues-page__totals">
        <Text>应交 {yuan(month.dueFen)}</Text>
        <Text>已交 {yuan(month.paidFen)}</Text>
        <Text>还差 {yuan(month.outstandingFen)}</Text>
      </View>
      {month.billed ? null : <Text className="text-secondary">本月还没到收缴日，金额按现在确定的计算。</Text>}
    </Card>
  )
}

/** One line per member this month; each opens that member's 党费 (登记、冲正). */
export function MonthRows({ month }: { month: LedgerMonth }) {
  return (
    <>
      {month.rows.map((row) => {
        const part = partText(row)
        const amount = row.dueFen === null ? '金额待定' : yuan(row.dueFen)
        return (
          <EntryRow
            key={row.memberId}
            title={row.name}
            value={`${amount} · ${statusText(row.status)}${part ? `（${part}）` : ''}`}
            onClick={() => void Taro.navigateTo({ url: duesMemberUrl(row.memberId) })}
          />
        )
      })}
    </>
  )
}
