import { monthDayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import { ACTIVITY_TYPE_LABELS, makeupStateText } from '@core/activity/types'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { ABSENCE_LABELS, makeupWords, memberFiguresWords } from '../../attendance/words'
import '../../attendance/index.css'

/** One member's year: every activity they were expected at, how they stood and why, and their 补学. */
export default function MemberAttendancePage() {
  const p = useRouter().params
  const screen = useScreen(() =>
    callCloud('secretary', 'attendance.member', {
      memberId: p.memberId ?? '',
      ...(p.year ? { year: Number(p.year) } : {}),
    }),
  )
  return (
    <ScreenPage
      screen={screen}
      title={(data) => `${data.member.name}${data.member.left ? '（已离开）' : ''}`}
      subtitle={(data) => `${data.member.branchName} · ${data.year}年`}
    >
      {(data) => (
        <>
          <Card>
            <View className="att-figures">
              <Text>{memberFiguresWords(data.figures)}</Text>
              <Text className="keep-words">{makeupWords(data.figures.makeup)}</Text>
            </View>
          </Card>
          <Section title="每次活动">
            {data.rows.length === 0 ? <EmptyState title="这一年没有需要参加的活动" /> : null}
            {data.rows.map((r) => (
              <View key={r.activity.id} className="att-person">
                <Text className="att-person__name">
                  {monthDayWords(r.activity.date)} {r.activity.title}
                </Text>
                <Text>
                  {ACTIVITY_TYPE_LABELS[r.activity.type]}：{ABSENCE_LABELS[r.status]}
                  {r.reason ? `（${r.reason}）` : ''}
                </Text>
                {r.makeup ? (
                  <Text className="text-secondary keep-words">补学：{makeupStateText(r.makeup, r.makeupOffline)}</Text>
                ) : null}
              </View>
            ))}
          </Section>
        </>
      )}
    </ScreenPage>
  )
}
