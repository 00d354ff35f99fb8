import Taro from '@tarojs/taro'
import type { BranchRoster } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { countBound } from '@/officer/labels'
import { asCloudError } from '@/services/cloud-error'
import { callCloud } from '@/services/cloud'

const PLANNED = [
  '本月活动：固定学习日、党员集中活动日和三会一课的完成情况',
  '党费收缴、待我处理的请假、缴费和补学',
  '活动安排、活动现场签到、补学审核、发通知、学习资料',
] as const

/**
 * The branch's roster in one call. An admin who is on no roster has no branch of their own:
 * null, and the page points them to 组织与名册.
 */
async function loadBranch(): Promise<BranchRoster | null> {
  try {
    return await callCloud('secretary', 'members.list', {})
  } catch (thrown) {
    if (asCloudError(thrown).fields?.branchId) return null
    throw thrown
  }
}

function Roster({ roster }: { roster: BranchRoster }) {
  const { bound, unbound } = countBound(roster.members)
  return (
    <>
      <Text className="page-subtitle">{roster.branch.name}</Text>
      <Card>
        <Text className="page-subtitle">党员{roster.members.length}人</Text>
        <Text>
          已绑定微信{bound}人，还有{unbound}人未绑定
        </Text>
      </Card>
      <EntryRow
        title="成员"
        value={unbound > 0 ? `${unbound}人待发绑定码` : '全部已绑定'}
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/members/index' })}
      />
      <EntryRow
        title="党费"
        value="待确认的缴费、欠交、台账"
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/dues/index' })}
      />
      <EntryRow
        title="学习资料"
        value="书目、党员学习记录"
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/study/index' })}
      />
      <EntryRow
        title="活动安排"
        value="每月固定、本月活动、新建"
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/schedule/index' })}
      />
      <EntryRow title="请假审批" onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/leave/index' })} />
      <EntryRow
        title="补学审核"
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/review/index' })}
      />
      <EntryRow
        title="活动记录"
        value="按月查看出勤和补学"
        onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/history/index' })}
      />
    </>
  )
}

export default function SecretaryOverviewPage() {
  const screen = useScreen(loadBranch)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(roster) => (
          <View className="stack">
            <Text className="page-title">支部管理</Text>
            {roster ? (
              <Roster roster={roster} />
            ) : (
              <EmptyState
                title="您不在任何支部的名册中"
                description="请在机关党委的“组织与名册”中选择一个支部查看成员。"
                action={
                  <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/org/index' })}>
                    组织与名册
                  </Button>
                }
              />
            )}
            <Section title="将要提供">
              {PLANNED.map((line) => (
                <Text key={line} className="text-secondary">
                  {line}
                </Text>
              ))}
            </Section>
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
