import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { loadMemberSession } from '@/services/session'

export default function ActivitiesPage() {
  const screen = useScreen(loadMemberSession)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(session) => (
          <View className="stack">
            <Text className="page-title">活动</Text>
            {session.member ? <Text className="page-subtitle">{session.member.branchName}</Text> : null}
            <EmptyState
              title="暂无活动安排"
              description="支部发布的学习日、党员活动日和三会一课会显示在这里，可以请假和签到。"
            />
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
