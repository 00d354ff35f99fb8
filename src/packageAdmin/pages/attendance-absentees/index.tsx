import { monthDayWords } from '@core/dates'
import Taro, { useRouter } from '@tarojs/taro'
import type { AbsenteeRow } from '@core/contract/attendance'
import { ACTIVITY_TYPE_LABELS, makeupStateText, type ActivityType } from '@core/activity/types'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { ABSENCE_LABELS, figuresWords, makeupWords } from '../../attendance/words'
import '../../attendance/index.css'

function Person({ row, year }: { row: AbsenteeRow; year: string }) {
  return (
    <View
      className="att-person att-person--tappable"
      onClick={() =>
        void Taro.navigateTo({
          url: `/packageAdmin/pages/attendance-member/index?memberId=${encodeURIComponent(row.memberId)}&year=${year}`,
        })
      }
    >
      <Text className="att-person__name">
        {row.name}：{ABSENCE_LABELS[row.status]} ›
      </Text>
      <Text>{row.status === 'absent' ? `原因：${row.reason}` : `事由：${row.reason}`}</Text>
      <Text className="text-secondary keep-words">
        补学：{row.makeup ? makeupStateText(row.makeup, row.makeupOffline) : '没有补学任务'}
      </Text>
    </View>
  )
}

/** Who was missing from an activity, or from every activity of a month (and type), with reasons and 补学. */
export default function AbsenteesPage() {
  const p = useRouter().params
  const screen = useScreen(() =>
    callCloud(
      'secretary',
      'attendance.absentees',
      p.activityId
        ? { activityId: p.activityId }
        : {
            ...(p.branchId ? { branchId: p.branchId } : {}),
            ...(p.month ? { month: p.month } : {}),
            ...(p.type ? { type: p.type as ActivityType } : {}),
          },
    ),
  )
  return (
    <ScreenPage
      screen={screen}
      title={(data) => data.title}
      subtitle={(data) => `${data.branch.name}：缺席、请假人员和补学情况`}
    >
      {(data) => (
        <>
          {data.activities.length === 0 ? <EmptyState title="这段时间没有已举行的活动" /> : null}
          {data.activities.map(({ activity, people }) => (
            <Card key={activity.id}>
              <View className="att-figures">
                <Text className="att-person__name">
                  {monthDayWords(activity.date)} {activity.title}
                </Text>
                <Text className="text-secondary">
                  {ACTIVITY_TYPE_LABELS[activity.type]} · {activity.place}
                </Text>
                <Text className="keep-words">{figuresWords(activity.figures)}</Text>
                {activity.figures.makeup.assigned > 0 ? (
                  <Text className="keep-words">{makeupWords(activity.figures.makeup)}</Text>
                ) : null}
                {people.length === 0 ? <Text>全部到会，没有缺席和请假的人。</Text> : null}
                {people.map((row) => (
                  <Person key={row.memberId} row={row} year={activity.date.slice(0, 4)} />
                ))}
              </View>
            </Card>
          ))}
        </>
      )}
    </ScreenPage>
  )
}
