import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

export interface EmptyStateProps {
  title: string
  /** One plain sentence: what will appear here, or what to do. */
  description?: string
  action?: ReactNode
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <View className="ui-empty">
      <Text className="ui-empty__title">{title}</Text>
      {description ? <Text className="ui-empty__description">{description}</Text> : null}
      {action ? <View className="ui-empty__action">{action}</View> : null}
    </View>
  )
}
