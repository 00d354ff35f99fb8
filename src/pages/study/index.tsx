import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { loadMemberSession } from '@/services/session'

export default function StudyPage() {
  const screen = useScreen(loadMemberSession)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {() => (
          <View className="stack">
            <Text className="page-title">学习</Text>
            <EmptyState
              title="学习打卡尚未开放"
              description="开放后，您可以在这里记录每天学了什么，查看本月的学习日历和支部的必读书目。"
            />
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
