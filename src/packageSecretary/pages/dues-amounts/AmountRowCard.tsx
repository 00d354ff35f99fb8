import type { AmountRow } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { monthLabel, reductionText } from '@/dues/words'
import { amountLine, sourceText } from './words'
import { BaseWarning } from './BaseWarning'

export interface AmountRowCardProps {
  row: AmountRow
  onEdit: (row: AmountRow) => void
}

/** One member's amount for the year: where it comes from, warnings, problems, changes. */
export function AmountRowCard({ row, onEdit }: AmountRowCardProps) {
  return (
    <Card>
      <View className="amount-row">
        <View className="amount-row__head">
          <Text className="amount-row__name">{row.name}</Text>
          <Text className={`amount-row__source amount-row__source--${row.source}`}>{sourceText(row)}</Text>
        </View>
        {row.probationary ? (
          <Text className="amount-row__line">预备党员，从{monthLabel(row.firstMonth)}起交纳</Text>
        ) : null}
        <Text className="amount-row__line">{amountLine(row)}</Text>
        {row.reduction ? <Text className="amount-row__line">{reductionText(row.reduction)}</Text> : null}
        <BaseWarning warning={row.warning} />
        {row.problem ? <Text className="amount-row__problem">✗ {row.problem}</Text> : null}
        {row.changes.map((change) => (
          <Text key={change.effectiveFrom} className="amount-row__line">
            {monthLabel(change.effectiveFrom)}起：{amountLine({ ...change, rateBp: null })}
          </Text>
        ))}
        <Button onClick={() => onEdit(row)}>改基数或类别</Button>
      </View>
    </Card>
  )
}
