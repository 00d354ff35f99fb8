import { Text, View } from '@tarojs/components'
import './index.css'

export interface SwitchRowProps {
  label: string
  on: boolean
  onChange: (on: boolean) => void
  /** What the state says when off (`已关闭，点此开启`, `未开启，点此开启`). */
  offWords: string
  /** The row's look where it sits (a frame among a form's fields); the row is `switch-row--on` when on. */
  className?: string
}

/**
 * One setting on or off: the whole row is the tap target (44 px, 60 in 长辈版), its state said in
 * words as well as shown by the track.
 */
export function SwitchRow({ label, on, onChange, offWords, className = '' }: SwitchRowProps) {
  return (
    <View
      className={`switch-row ${on ? 'switch-row--on ' : ''}${className}`}
      role="switch"
      aria-checked={on}
      aria-label={label}
      onClick={() => onChange(!on)}
    >
      <View className="switch-row__label">
        <Text className="switch-row__name">{label}</Text>
        <Text className="switch-row__state">{on ? '已开启，点此关闭' : offWords}</Text>
      </View>
      <View className="switch-row__track">
        <View className="switch-row__thumb" />
      </View>
    </View>
  )
}
