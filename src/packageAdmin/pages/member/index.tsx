import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { bindingText, roleText } from '@/officer/labels'
import { callCloud } from '@/services/cloud'
import { EditForm } from './EditForm'
import { LeaveSection } from './LeaveSection'
import { MoveSection } from './MoveSection'

/** A member's page for the party office: edit, 组织关系转接, mark as left. Read from the branch roster. */
export default function AdminMemberPage() {
  const { branchId = '', memberId = '' } = useRouter().params
  const screen = useScreen(async () => {
    const roster = await callCloud('secretary', 'members.list', { branchId })
    return { branch: roster.branch, row: roster.members.find((m) => m.id === memberId) ?? null }
  })
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {({ branch, row }) =>
          row ? (
            <View className="stack">
              <Card>
                <Text className="page-title">{row.name}</Text>
                <Text className="page-subtitle">
                  {[branch.name, roleText(row), row.probationary ? '预备党员' : '正式党员'].join(' · ')}
                </Text>
                <Text className="page-subtitle">{bindingText(row)}</Text>
              </Card>
              <Section title="修改信息">
                <EditForm row={row} onSaved={() => void screen.reload()} />
              </Section>
              <Section title="组织关系转接">
                <MoveSection row={row} branchId={branch.id} />
              </Section>
              <Section title="标记为离开">
                <LeaveSection row={row} />
              </Section>
            </View>
          ) : (
            <EmptyState
              title="没有找到这名党员"
              description={`${branch.name}的名册中没有这个人，可能已经转出或离开。`}
            />
          )
        }
      </ScreenView>
    </PageShell>
  )
}
