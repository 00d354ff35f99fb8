import type { DeliveryRow } from '@core/contract/notify-views'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { READ_MARKS } from '@/notify/words'
import { PUSH_WORDS } from './words'
import './DeliveryRows.css'

const REMINDER_WORDS = { eve: '前一天提醒', hour: '开始前提醒', remind: '提醒未读' } as const

function pushLine(row: DeliveryRow): string {
  const code = row.code !== null ? `（微信代码 ${row.code}）` : ''
  return `通知推送：${PUSH_WORDS[row.push]}${code}`
}

/** Each reader: whether they read it (and when), and what became of every push to them. */
export function DeliveryRows({ rows, needReceipt }: { rows: DeliveryRow[]; needReceipt: boolean }) {
  return (
    <>
      {rows.map((row) => (
        <Card key={row.memberId}>
          <View className="stack delivery-row">
            <Text className="delivery-row__name">{row.name}</Text>
            <Text>{row.readAt ? `${READ_MARKS.read} ${formatChinaDateTime(row.readAt)}` : READ_MARKS.unread}</Text>
            {needReceipt ? (
              <Text>{row.ackAt ? `${READ_MARKS.acked} ${formatChinaDateTime(row.ackAt)}` : '未确认收到'}</Text>
            ) : null}
            <Text className="text-secondary">{pushLine(row)}</Text>
            {Object.entries(row.reminders).map(([tag, state]) => (
              <Text key={tag} className="text-secondary">
                {REMINDER_WORDS[tag as keyof typeof REMINDER_WORDS]}：{PUSH_WORDS[state]}
              </Text>
            ))}
          </View>
        </Card>
      ))}
    </>
  )
}
