import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useKeyboardScroll } from './keyboard'
import './index.css'

export interface SheetProps {
  title: string
  children: ReactNode
}

/** A panel over the page for one small task; its own buttons close it (no gestures, no timers). */
export function Sheet({ title, children }: SheetProps) {
  const panel = useKeyboardScroll()
  return (
    <View className="ui-sheet">
      <View ref={panel} className="ui-sheet__panel">
        <Text className="ui-sheet__title">{title}</Text>
        <View className="ui-sheet__body">{children}</View>
      </View>
    </View>
  )
}
