import type { Session } from '@core/contract'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { setDisplayPrefs, useDisplay } from '@/display/prefs'
import { useScreen } from '@/hooks/useScreen'
import { loadMemberSession, ROLE_LABELS } from '@/services/session'

function Greeting({ session }: { session: Session }) {
  const { member, role } = session
  return (
    <View>
      <Text className="page-title">{member ? `${member.name}，您好` : '您好'}</Text>
      <Text className="page-subtitle">{member ? member.branchName : role ? ROLE_LABELS[role] : ''}</Text>
    </View>
  )
}

/** Offered once, at first launch, until the person answers or uses the switch. */
function ElderOffer() {
  const { prefs } = useDisplay()
  if (prefs.decided) return null
  return (
    <Card>
      <Text className="page-subtitle">字太小看不清？可以打开长辈版，字和按钮都会变大。</Text>
      <View className="row row--spaced">
        <Button kind="primary" block onClick={() => setDisplayPrefs({ elder: true })}>
          打开长辈版
        </Button>
        <Button block onClick={() => setDisplayPrefs({ elder: false })}>
          不用了
        </Button>
      </View>
    </Card>
  )
}

export default function HomePage() {
  const screen = useScreen(loadMemberSession)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(session) => (
          <View className="stack">
            <Greeting session={session} />
            <ElderOffer />
            <ElderSwitch />
            <Section title="下次活动">
              <EmptyState title="暂无活动安排" description="支部发布活动后，这里会显示时间、地点和您的状态。" />
            </Section>
            <Section title="待办">
              <EmptyState title="暂无待办" description="补学任务、未读通知和本月党费会显示在这里。" />
            </Section>
            <Section title="本月学习">
              <EmptyState title="学习打卡尚未开放" description="开放后，这里会显示您本月的学习天数。" />
            </Section>
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
