import type { DuesMonth } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { monthLabel, partText, statusText, yuan } from '@/dues/words'
import './index.css'

export interface DuesMonthRowsProps {
  /** Newest first, as the server sends them. */
  months: DuesMonth[]
  /** The month being collected now, marked `本月`. */
  currentMonth: string
}

/** A member's months, one line each: the month, its amount and its state in words. */
export function DuesMonthRows({ months, currentMonth }: DuesMonthRowsProps) {
  return (
    <View className="panel panel--column dues-months">
      {months.map((m) => {
        const part = partText(m)
        return (
          <View key={m.month} className={`panel__row dues-months__row dues-months__row--${m.status}`}>
            <View className="dues-months__head">
              <Text className="dues-months__month">
                {monthLabel(m.month)}
                {m.month === currentMonth ? '（本月）' : m.month > currentMonth ? '（预交）' : ''}
              </Text>
              <Text className="dues-months__amount">{m.dueFen === null ? '金额待定' : yuan(m.dueFen)}</Text>
            </View>
            <Text className="dues-months__status">{statusText(m.status)}</Text>
            {part ? <Text className="dues-months__part">{part}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
