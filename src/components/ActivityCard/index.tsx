import type { ActivityListItem } from '@core/contract/activity-views'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { statusText, statusTone, typeText, whenText } from '@/activity/words'
import { Card } from '../Card'
import './index.css'

export interface ActivityCardProps {
  item: ActivityListItem
  onOpen: () => void
  /** Buttons that act right from the card (请假, 签到, 去补学). */
  actions?: ReactNode
}

/** One activity as a member sees it: when, where and where I stand. */
export function ActivityCard({ item, onOpen, actions }: ActivityCardProps) {
  const type = typeText(item)
  return (
    <Card>
      <View className="activity-card">
        <View className="activity-card__open" onClick={onOpen}>
          {type ? <Text className="tag activity-card__type">{type}</Text> : null}
          <Text className="activity-card__title">{item.title}</Text>
          <Text className="activity-card__line">时间：{whenText(item)}</Text>
          <Text className="activity-card__line">地点：{item.place}</Text>
          <Text className={`activity-card__status keep-words status-chip status-chip--${statusTone(item.me, item)}`}>
            我的状态：{statusText(item.me, item)}
          </Text>
          <Text className="activity-card__more">查看详情 ›</Text>
        </View>
        {actions ? <View className="row">{actions}</View> : null}
      </View>
    </Card>
  )
}
