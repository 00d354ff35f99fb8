import { Text, View } from '@tarojs/components'
import './index.css'

export interface EntryRowProps {
  title: string
  /** A short value or hint shown on the right. */
  value?: string
  onClick: () => void
}

/** One tappable line of a list of entries (我的). */
export function EntryRow({ title, value, onClick }: EntryRowProps) {
  return (
    <View className="entry-row" onClick={onClick}>
      <Text className="entry-row__title">{title}</Text>
      <Text className="entry-row__value">{value ? `${value} ›` : '›'}</Text>
    </View>
  )
}
