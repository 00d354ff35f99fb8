import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

export interface SectionProps {
  title: string
  children: ReactNode
}

/** A titled part of a screen. */
export function Section({ title, children }: SectionProps) {
  return (
    <View className="ui-section">
      <Text className="ui-section__title">{title}</Text>
      <View className="ui-section__body">{children}</View>
    </View>
  )
}
