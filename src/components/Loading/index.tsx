import { Text, View } from '@tarojs/components'
import './index.css'

export interface LoadingProps {
  text?: string
}

export function Loading({ text = '正在加载…' }: LoadingProps) {
  return (
    <View className="ui-loading">
      <Text>{text}</Text>
    </View>
  )
}
