import { Text, View } from '@tarojs/components'
import './index.css'

export interface NoticeProps {
  kind: 'error' | 'success' | 'info'
  children: string
}

const MARKS = { error: '✗', success: '✓', info: 'ⓘ' } as const

/** A sentence about what just happened, marked in words and symbol as well as colour. */
export function Notice({ kind, children }: NoticeProps) {
  return (
    <View className={`ui-notice ui-notice--${kind}`}>
      <Text>
        {MARKS[kind]} {children}
      </Text>
    </View>
  )
}
