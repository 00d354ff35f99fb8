import type { YearAmounts } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { yuan } from '@/dues/words'
import '../../dues/dues.css'

/** `17人：已确认17人，待确认0人` and the bases just over a bracket edge, in words. */
export function AmountsSummary({ year }: { year: YearAmounts }) {
  const { totals } = year
  const counts = [`已确认${totals.confirmed}人`]
  if (totals.unconfirmed > 0) counts.push(`待确认${totals.unconfirmed}人`)
  if (totals.missing > 0) counts.push(`缺少基数${totals.missing}人`)
  const warned = year.rows.filter((row) => row.warning)
  return (
    <View className="stack">
      <Text>
        {totals.members}人：{counts.join('，')}；每月合计 {yuan(totals.monthlyFen)}
      </Text>
      {warned.length > 0 ? (
        <Text className="dues-page__line">⚠ {warned.length}人的基数刚过档次边界，请核对：</Text>
      ) : null}
      {warned.map((row) => (
        <View key={row.memberId} className="dues-warning">
          <Text className="dues-warning__title">
            ⚠ {row.name}：基数 {row.base} 元，每月 {row.monthlyFen === null ? '待定' : yuan(row.monthlyFen)}
          </Text>
          <Text className="dues-warning__text">{row.warning}</Text>
        </View>
      ))}
    </View>
  )
}
