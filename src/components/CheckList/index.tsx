import { Text, View } from '@tarojs/components'
import './index.css'

export interface CheckOption {
  value: string
  label: string
}

export interface CheckListProps {
  options: readonly CheckOption[]
  /** The values ticked. */
  values: readonly string[]
  onToggle: (value: string) => void
}

/** Tick any number of options, one per line; each says “已选” or “未选” as well as its mark. */
export function CheckList({ options, values, onToggle }: CheckListProps) {
  return (
    <View className="ui-checklist">
      {options.map((option) => {
        const on = values.includes(option.value)
        return (
          <View
            key={option.value}
            className={
              on ? 'ui-choice ui-choice--on ui-checklist__item ui-checklist__item--on' : 'ui-choice ui-checklist__item'
            }
            onClick={() => onToggle(option.value)}
          >
            <Text className="ui-checklist__mark">{on ? '✓' : '○'}</Text>
            <Text className="ui-checklist__label">{option.label}</Text>
            <Text className="ui-checklist__state">{on ? '已选' : '未选'}</Text>
          </View>
        )
      })}
    </View>
  )
}
