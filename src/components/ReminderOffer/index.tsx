import { Text, View } from '@tarojs/components'
import { Button } from '../Button'
import './index.css'

export interface ReminderOfferProps {
  state: 'hidden' | 'offer' | 'asking' | 'done'
  /** The kinds of reminder on offer, in words. */
  labels: string[]
  /** What was decided, once the member answered WeChat's sheet. */
  message: string | null
  onAccept: () => void
  onDecline: () => void
}

/** After a tap that matters (请假, 签到, 报告缴费): an offer of WeChat reminders, never forced. */
export function ReminderOffer({ state, labels, message, onAccept, onDecline }: ReminderOfferProps) {
  if (state === 'hidden') return null
  if (state === 'done') {
    return (
      <View className="reminder-offer">
        <Text>{message ?? ''}</Text>
      </View>
    )
  }
  return (
    <View className="reminder-offer">
      <Text className="reminder-offer__title">需要时用微信提醒您吗？</Text>
      <Text className="reminder-offer__kinds">{labels.join('、')}</Text>
      <Text className="text-secondary">微信每允许一次，可以给您发一条提醒；不开启也能在小程序“通知”里看到。</Text>
      <View className="row">
        <Button block onClick={onDecline} disabled={state === 'asking'}>
          不用了
        </Button>
        <Button kind="primary" block onClick={onAccept} loading={state === 'asking'}>
          接收提醒
        </Button>
      </View>
    </View>
  )
}
