import { Text, View } from '@tarojs/components'

export interface PickerFaceProps {
  /** What is chosen now, in words. */
  text: string
  /** The word on the right that says it can be changed; none: just the arrow. */
  action?: '更改' | '选择' | ''
}

/** The face of a `Picker`: looks like an input, shows the choice, says it can be changed. */
export function PickerFace({ text, action = '更改' }: PickerFaceProps) {
  return (
    <View className="ui-input ui-input--picker">
      <Text>{text}</Text>
      <Text className="text-secondary">{action ? `${action} ›` : '›'}</Text>
    </View>
  )
}
