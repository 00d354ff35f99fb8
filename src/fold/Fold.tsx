import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useState } from 'react'
import './month-fold.css'

export interface FoldProps {
  /** The header's name: `党章`, `支部自有题目`. */
  title: string
  /** Its figures in words: `24题`. */
  summary?: string
  open?: boolean
  children: ReactNode
}

/**
 * A part of a long list under a header that says what it holds (`党章 · 24题`), drawn as MonthFold
 * draws a month: a tap opens or shuts it here on the phone, with no call to the cloud; shut, its
 * rows are not drawn.
 */
export function Fold({ title, summary, open = false, children }: FoldProps) {
  const [shown, setShown] = useState(open)
  return (
    <View className="month-fold">
      <View
        className={shown ? 'month-fold__head month-fold__head--open' : 'month-fold__head'}
        role="button"
        aria-expanded={shown}
        onClick={() => setShown((s) => !s)}
      >
        <Text className="month-fold__title">{title}</Text>
        {summary ? <Text className="month-fold__summary">{summary}</Text> : null}
        <Text className="month-fold__toggle">{shown ? '收起 ▴' : '展开 ▾'}</Text>
      </View>
      {shown ? <View className="month-fold__body">{children}</View> : null}
    </View>
  )
}
