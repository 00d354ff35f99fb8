import { Text, Textarea, View } from '@tarojs/components'
import './index.css'

export interface TextBoxProps {
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** Characters allowed; the count is shown under the box. */
  max: number
  /** Fewer than this is said under the box too (心得 at least 10). */
  min?: number
  /** Height in lines of text. */
  lines?: number
  name?: string
}

/** A multi-line text box in the page's font, with a count of characters in words. */
export function TextBox({ value, onChange, placeholder, max, min = 0, lines = 4, name }: TextBoxProps) {
  const length = value.trim().length
  const short = min > 0 && length < min
  return (
    <View className="ui-textbox">
      <Textarea
        className="ui-textarea"
        style={{ height: `${lines * 1.5 + 1.2}rem` }}
        name={name}
        value={value}
        maxlength={max}
        placeholder={placeholder}
        onInput={(event) => onChange(event.detail.value)}
      />
      <Text className="ui-textbox__count">
        {short ? `已写${length}字，至少${min}字` : `已写${length}字，最多${max}字`}
      </Text>
    </View>
  )
}
