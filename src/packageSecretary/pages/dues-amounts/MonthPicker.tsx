import { Picker } from '@tarojs/components'
import { yearMonths } from '@core/dues/months'
import { PickerFace } from '@/components/PickerFace'
import { monthLabel } from '@/dues/words'

export interface MonthPickerProps {
  year: number
  value: string
  onChange: (month: string) => void
}

/** One of the twelve months of a year, on WeChat's own picker. */
export function MonthPicker({ year, value, onChange }: MonthPickerProps) {
  const months = yearMonths(year)
  const labels = months.map(monthLabel)
  return (
    <Picker
      mode="selector"
      range={labels}
      value={Math.max(months.indexOf(value), 0)}
      onChange={(e) => onChange(months[Number(e.detail.value)] ?? value)}
    >
      <PickerFace text={monthLabel(value)} />
    </Picker>
  )
}
