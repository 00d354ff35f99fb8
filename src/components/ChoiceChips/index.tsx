import { Text, View } from '@tarojs/components'
import './index.css'

export interface Choice<T extends string> {
  value: T
  label: string
}

export interface ChoiceChipsProps<T extends string> {
  options: readonly Choice<T>[]
  value: T | null
  onChange: (value: T) => void
  /** One option per line (long labels such as branch names). */
  column?: boolean
}

/** Pick one of a few options; the chosen one is marked with ✓ as well as colour. */
export function ChoiceChips<T extends string>({ options, value, onChange, column }: ChoiceChipsProps<T>) {
  return (
    <View className={column ? 'ui-chips ui-chips--column' : 'ui-chips'}>
      {options.map((option) => {
        const on = option.value === value
        return (
          <View
            key={option.value}
            className={on ? 'ui-choice ui-choice--on ui-chip ui-chip--on' : 'ui-choice ui-chip'}
            onClick={() => onChange(option.value)}
          >
            <Text>{on ? `✓ ${option.label}` : option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
