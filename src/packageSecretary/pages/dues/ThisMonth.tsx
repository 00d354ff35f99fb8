import Taro from '@tarojs/taro'
import type { LedgerMonth } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { monthLabel, partText, statusText, yuan } from '@/dues/words'
import { duesMemberUrl } from '../../dues/links'

/**
 * This month as every screen counts it (core/dues/collection): `16人中9人交清`, then 应交 / 已交 /
 * 还差; before the collection day, when it starts and what was paid ahead.
 */
export function MonthTotals({ month }: { month: LedgerMonth }) {
  const c = month.collection
  return (
    <Card>
      <Text className="dues-page__big">
        {monthLabel(month.month)}：{c.open ? `${c.members}人中${c.settled}人交清` : `${c.collectionDay}日起收缴`}
      </Text>
      <View className="dues-page__totals">
        <Text>应交 {yuan(c.dueFen)}</Text>
        <Text>
          {c.open ? '已交' : '已预交'} {yuan(c.paidFen)}
        </Text>
        {c.open ? <Text>还差 {yuan(c.dueFen - c.paidFen)}</Text> : null}
      </View>
      {c.ratePct !== null ? <Text className="text-secondary">收缴率 {c.ratePct.toFixed(1)}%</Text> : null}
      {c.open ? null : <Text className="text-secondary">还没到收缴日，金额按现在确定的计算。</Text>}
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
