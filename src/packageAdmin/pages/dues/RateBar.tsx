import type { RateCell } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { yuan } from '@/dues/words'

/** `95.4%` or, when nothing was due, words saying so. */
export function rateText(cell: RateCell): string {
  if (!cell.open) return '未到收缴日'
  return cell.ratePct === null ? '没有应交' : `${cell.ratePct.toFixed(1)}%`
}

function detailText(cell: RateCell): string {
  if (!cell.open) return cell.paidFen > 0 ? `已预交 ${yuan(cell.paidFen)}` : '收缴日之后开始统计'
  if (cell.billed === 0) return '没有应交的党费'
  return `应交 ${yuan(cell.dueFen)}，已交 ${yuan(cell.paidFen)}；${cell.billed}人次应交，${cell.paid}人次交清`
}

export interface RateBarProps {
  title: string
  cell: RateCell
  onClick?: () => void
}

/** One branch (or the bureau): the rate written out, a bar that repeats it, and the sums. */
export function RateBar({ title, cell, onClick }: RateBarProps) {
  const width = `${Math.min(Math.max(cell.ratePct ?? 0, 0), 100)}%`
  return (
    <View
      className={onClick ? 'panel panel--column rate-bar rate-bar--tappable' : 'panel panel--column rate-bar'}
      onClick={onClick}
    >
      <View className="rate-bar__head">
        <Text className="rate-bar__title">
          {title}
          {onClick ? ' ›' : ''}
        </Text>
        <Text className="rate-bar__rate">{rateText(cell)}</Text>
      </View>
      <View className="rate-bar__track">
        <View className="rate-bar__fill" style={{ width }} />
      </View>
      <Text className="rate-bar__detail">{detailText(cell)}</Text>
    </View>
  )
}
