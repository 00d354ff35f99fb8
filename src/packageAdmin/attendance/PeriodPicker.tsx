import { View } from '@tarojs/components'
import { ChoiceChips } from '@/components/ChoiceChips'
import { shortMonth } from './words'

export const WHOLE_YEAR = 'year'

export interface PeriodPickerProps {
  year: number
  month: string | null
  /** The server's current month: months after it are not offered. */
  currentMonth: string
  thisYear: number
  onChange: (next: { year: number; month: string | null }) => void
}

/** This year or last, then the whole year or one month. */
export function PeriodPicker({ year, month, currentMonth, thisYear, onChange }: PeriodPickerProps) {
  const months = offeredMonths(yearMonths(year), currentMonth)
  return (
    <View className="stack">
      <ChoiceChips
        options={[thisYear, thisYear - 1].map((y) => ({ value: String(y), label: `${y}年` }))}
        value={String(year)}
        onChange={(value) => onChange({ year: Number(value), month: null })}
      />
      <ChoiceChips
        options={[{ value: WHOLE_YEAR, label: '全年' }, ...months.map((m) => ({ value: m, label: shortMonth(m) }))]}
        value={month ?? WHOLE_YEAR}
        onChange={(value) => onChange({ year, month: value === WHOLE_YEAR ? null : value })}
      />
    </View>
  )
}

export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

/** The months of a year a person can choose: all of a past year, up to now for this one. */
export function offeredMonths(months: string[], currentMonth: string): string[] {
  return months.filter((m) => m <= currentMonth)
}
