import Taro from '@tarojs/taro'
import type { BranchOverview } from '@core/contract/overview'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { collectionText } from '@core/dues/collection'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { developDue, ServiceGrid, serviceGroups, type ServiceGroup } from '@/officer/ServiceGrid'
import appraisal from '../../icons/appraisal.svg'
import attendance from '../../icons/attendance.svg'
import developIcon from '../../icons/develop.svg'
import dues from '../../icons/dues.svg'
import history from '../../icons/history.svg'
import ledger from '../../icons/ledger.svg'
import leave from '../../icons/leave.svg'
import members from '../../icons/members.svg'
import notices from '../../icons/notices.svg'
import orglife from '../../icons/orglife.svg'
import proxy from '../../icons/proxy.svg'
import quiz from '../../icons/quiz.svg'
import review from '../../icons/review.svg'
import schedule from '../../icons/schedule.svg'
import study from '../../icons/study.svg'
import talks from '../../icons/talks.svg'
import touch from '../../icons/touch.svg'
import transfer from '../../icons/transfer.svg'

/**
 * The branch at a glance in one call: members bound, this month's activities, what waits
 * for me, this month's dues. An admin who is on no roster has no branch of their own: null,
 * and the page points them to 组织与名册.
 */
async function loadBranch(): Promise<BranchOverview | null> {
  try {
    return await callCloud('secretary', 'overview.branch', {})
  } catch (thrown) {
    if (asCloudError(thrown).fields?.branchId) return null
    throw thrown
  }
}

/** This year's row of the rules: what is still to hold this period, what was missed, each rule's state. */
function Rules({ compliance }: { compliance: BranchOverview['compliance'] }) {
  const rules = compliance.checks.filter((c) => c.state !== 'notApplicable')
  return (
    <Card>
      <View className="stack">
        <Text className="page-subtitle">{compliance.year}年制度落实</Text>
        {compliance.toHold.length === 0 ? <Text>本期要求的会议和活动都已完成</Text> : null}
        {compliance.toHold.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {compliance.missed.length > 0 ? <Text>未按时完成：{compliance.missed.join('；')}</Text> : null}
        <View style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
          {rules.map((c) => (
            <Text key={c.rule} className={c.state === 'held' ? 'status-chip status-chip--success' : 'status-chip'}>
              {c.label} {PERIOD_STATE_MARKS[c.state]} {PERIOD_STATE_LABELS[c.state]}
            </Text>
          ))}
        </View>
      </View>
    </Card>
  )
}

/**
 * The branch's services as a grid, group by group; what waits is a badge with the same figures
 * as 首页's 支部待办 (overview.branch counts them as home.get does: server/actions/activity/waiting).
 */
export function branchServices(roster: BranchOverview): ServiceGroup[] {
  const { waiting, develop } = roster
  return serviceGroups('packageSecretary', {
    日常办理: [
      ['请假审批', leave, 'leave', waiting.leavePending, '条请假待审批'],
      ['补学审核', review, 'review', waiting.makeupSubmitted, '篇补学心得待审核'],
      ['党费收缴', dues, 'dues', waiting.paymentsReported, '笔缴费待确认'],
      ['发通知', notices, 'notices'],
      ['活动安排', schedule, 'schedule'],
      ['代为记录', proxy, 'proxy'],
    ],
    组织生活: [
      ['组织生活会', orglife, 'orglife'],
      ['谈心谈话', talks, 'talks'],
      ['民主评议', appraisal, 'appraisal'],
      ['学习资料', study, 'study'],
      ['知识测试', quiz, 'quiz'],
    ],
    党员队伍: [
      ['成员', members, 'members', roster.members.total - roster.members.bound, '人还未绑定微信'],
      ['党员发展', developIcon, 'develop', develop.due, '项本月要办'],
      ['组织关系', transfer, 'transfer'],
      ['失去联系', touch, 'touch'],
    ],
    统计台账: [
      [
        '出勤统计',
        attendance,
        `/packageAdmin/pages/attendance-branch/index?branchId=${encodeURIComponent(roster.branch.id)}`,
      ],
      ['活动记录', history, 'history'],
      ['党费台账', ledger, 'dues-ledger'],
    ],
  })
}

function Roster({ roster }: { roster: BranchOverview }) {
  const unbound = roster.members.total - roster.members.bound
  const { activities, develop, dues } = roster
  return (
    <>
      <Text className="page-subtitle">{roster.branch.name}</Text>
      <ServiceGrid groups={branchServices(roster)} />
      <Card>
        <View className="stack">
          <Text className="page-subtitle">党员{roster.members.total}人</Text>
          <Text>
            已绑定微信{roster.members.bound}人，还有{unbound}人未绑定
          </Text>
          <Text>
            本月活动：已发布{activities.published}次，已结束{activities.closed}次
          </Text>
          <Text>本月党费：{collectionText(dues)}</Text>
          {develop.due > 0 ? (
            <Text
              className={developDue(develop.due, develop.overdue).chip}
              onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/develop/index' })}
            >
              {developDue(develop.due, develop.overdue).words} ›
            </Text>
          ) : develop.people > 0 ? (
            <Text>党员发展：培养中{develop.people}人，本月无到期</Text>
          ) : null}
        </View>
      </Card>
      <Rules compliance={roster.compliance} />
    </>
  )
}

export default function SecretaryOverviewPage() {
  const screen = useScreen(loadBranch)
  return (
    <ScreenPage screen={screen} title="支部管理">
      {(roster) =>
        roster ? (
          <Roster roster={roster} />
        ) : (
          <EmptyState
            title="您不在任何支部的名册中"
            description="请在机关党委的“组织与名册”中选择一个支部查看成员。"
            action={
              <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/org/index' })}>组织与名册</Button>
            }
          />
        )
      }
    </ScreenPage>
  )
}
