import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

export interface CardProps {
  children: ReactNode
  /** Makes the whole card one tap target. */
  onClick?: () => void
}

export function Card({ children, onClick }: CardProps) {
  return (
    <View className={onClick ? 'ui-card ui-card--tappable' : 'ui-card'} onClick={onClick}>
      {children}
    </View>
  )
}
