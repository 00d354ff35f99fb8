import { dayWords } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'

/** 民主评议 for a member: their own grade each year, the reason where one was given, and 限期改正. */
export default function MyAppraisalPage() {
  const screen = useScreen(() => callCloud('member', 'appraisal.mine', {}))
  return (
    <ScreenPage
      screen={screen}
      title="我的民主评议"
      subtitle="支部每年评议一次，这里只显示您本人的评定结果"
      boundShows="您本人的民主评议等次"
    >
      {(mine) =>
        mine.grades.length === 0 ? (
          <EmptyState
            title="还没有评定结果"
            description="支部评定后，您的等次会出现在这里。预备党员参加评议，但不评定等次。"
          />
        ) : (
          mine.grades.map((g) => (
            <Card key={g.year}>
              <View className="stack">
                <Text className="page-subtitle">{`${g.year}年度`}</Text>
                <Text
                  className={
                    g.grade === 'basic' || g.grade === 'unqualified'
                      ? 'status-chip status-chip--danger'
                      : 'status-chip status-chip--success'
                  }
                >
                  {g.label}
                </Text>
                {g.reason ? <Text>{`理由：${g.reason}`}</Text> : null}
                <Text className="text-secondary">{`${dayWords(g.decidedOn)}评定`}</Text>
                {g.rectification ? <Text>{g.rectification.words}</Text> : null}
              </View>
            </Card>
          ))
        )
      }
    </ScreenPage>
  )
}
