import type { NoticeSource } from '@core/contract/notify-views'
import { chinaMonth, formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Card } from '@/components/Card'
import { MonthFolds } from '@/fold/MonthFold'
import { appNow } from '@/services/clock'
import { sourceLabel } from './words'

export interface NoticeRowProps {
  title: string
  source: NoticeSource
  /** Who sent it: `机关第一党支部`. */
  from: string
  /** When it went out (or was written, while it waits). */
  at: number
  /** The title in bold: a notice I have not read; every notice on the officers' list. */
  strong?: boolean
  onClick: () => void
  /** Where it stands, under the line of who and when: `● 未读`, `已读 12/16人`. */
  children: ReactNode
}

/**
 * One notice in a list, on the member's 通知 and the officers' 发通知 alike: its title, then
 * `活动改期 · 机关第一党支部 · 11月18日 10:30`, then where it stands; a tap opens it. Styled by
 * ./notice-row.css, which the page's own stylesheet @imports (see there why).
 */
export function NoticeRow({ title, source, from, at, strong = false, onClick, children }: NoticeRowProps) {
  return (
    <Card onClick={onClick}>
      <View className={strong ? 'notice-row notice-row--strong' : 'notice-row'}>
        <Text className="notice-row__title">{title}</Text>
        <Text className="text-secondary">
          {sourceLabel(source)} · {from} · {formatChinaDateTime(at)}
        </Text>
        {children}
      </View>
    </Card>
  )
}

export interface NoticeMonthsProps<T> {
  /** Newest first. */
  items: T[]
  /** The instant that decides an item's month. */
  at: (item: T) => number
  /** One item's row (with its key). */
  row: (item: T) => ReactNode
  /** Every month shut at first (notices from before I bound). */
  shut?: boolean
}

/** Notices month by month under `10月 · 6条`: this month's (else the latest month's) open, unless shut. */
export function NoticeMonths<T>({ items, at, row, shut = false }: NoticeMonthsProps<T>) {
  return (
    <MonthFolds
      items={items}
      monthOf={(item) => chinaMonth(at(item))}
      current={chinaMonth(appNow())}
      summary={(month) => `${month.length}条`}
      row={row}
      shut={shut}
    />
  )
}
