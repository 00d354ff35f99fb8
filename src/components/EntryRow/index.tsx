import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './index.css'

export type EntryRowProps = {
  title: string
  /** A short value or hint shown on the right. */
  value?: string
} & (
  | { onClick: () => void; url?: never }
  /** The page a tap opens. */
  | { url: string; onClick?: never }
)

/** One tappable line of a list of entries (我的): it does something, or opens a page. */
export function EntryRow({ title, value, onClick, url }: EntryRowProps) {
  const open = url === undefined ? onClick : () => void Taro.navigateTo({ url })
  return (
    <View className="entry-row" onClick={open}>
      <Text className="entry-row__title">{title}</Text>
      <Text className="entry-row__value">{value ? `${value} ›` : '›'}</Text>
    </View>
  )
}
