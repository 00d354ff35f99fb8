import type { ReadingItem } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { itemMeta } from '@/study/words'
import './index.css'

export interface ReadingItemCardProps {
  item: ReadingItem
  /** A line in words under the title, e.g. `✓ 已学完` or `机关党委下发`. */
  state?: string
  /** Buttons under the item (学这一项, 打开链接, 修改, 停用 …). */
  children?: ReactNode
}

/** One entry of the reading list (必读书目 / 学习资料): title, kind, period, what is attached. */
export function ReadingItemCard({ item, state, children }: ReadingItemCardProps) {
  const attached = [item.link ? '有链接' : '', item.fileID ? '有文件' : ''].filter(Boolean).join('、')
  return (
    <View className="panel panel--column reading-item">
      <Text className="reading-item__title">{item.title}</Text>
      <Text className="reading-item__meta">
        {itemMeta(item)}
        {attached ? ` · ${attached}` : ''}
      </Text>
      {state ? <Text className="reading-item__state">{state}</Text> : null}
      {children ? <View className="reading-item__actions">{children}</View> : null}
    </View>
  )
}
