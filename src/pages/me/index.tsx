import Taro from '@tarojs/taro'
import type { Session } from '@core/contract'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { isOfficer, loadMemberSession, ROLE_LABELS } from '@/services/session'

const open = (url: string) => () => void Taro.navigateTo({ url })

function Profile({ session }: { session: Session }) {
  const { member, role } = session
  return (
    <Card>
      <Text className="page-title">{member?.name ?? '未绑定党员身份'}</Text>
      {member ? <Text className="page-subtitle">所在支部：{member.branchName}</Text> : null}
      {role ? <Text className="page-subtitle">身份：{ROLE_LABELS[role]}</Text> : null}
    </Card>
  )
}

export default function MePage() {
  const screen = useScreen(loadMemberSession)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(session) => (
          <View className="stack">
            <Profile session={session} />
            {isOfficer(session) ? (
              <Section title="工作">
                <EntryRow title="支部管理" onClick={open('/packageSecretary/pages/overview/index')} />
                {session.role === 'admin' ? (
                  <EntryRow title="机关党委" onClick={open('/packageAdmin/pages/overview/index')} />
                ) : null}
              </Section>
            ) : null}
            <Section title="大字模式">
              <ElderSwitch withLevels />
            </Section>
            <Section title="其他">
              <EntryRow title="隐私说明" onClick={open('/pages/privacy/index')} />
            </Section>
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
