import { Text, View } from '@tarojs/components'

/** A base just over a bracket's edge: said on the member's card and again in the preview. */
export function BaseWarning({ warning }: { warning: string | null | undefined }) {
  if (!warning) return null
  return (
    <View className="dues-warning">
      <Text className="dues-warning__title">⚠ 基数刚过档次边界</Text>
      <Text className="dues-warning__text">{warning}</Text>
    </View>
  )
}
