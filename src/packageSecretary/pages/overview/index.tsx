import Taro from '@tarojs/taro'
import type { BranchOverview } from '@core/contract/overview'
import { TRANSFER_LIMITS } from '@core/contract/transfer'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { collectionText } from '@core/dues/collection'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'

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

/** 组织关系 (issue 26): its own block, after the branch's other entries. */
const TRANSFER_ENTRIES = [
  { title: '组织关系', value: '转出、转入报到、外出', url: '/packageSecretary/pages/transfer/index' },
  {
    title: '失去联系',
    value: `连续${TRANSFER_LIMITS.quietMonths}个月无记录的党员`,
    url: '/packageSecretary/pages/touch/index',
  },
]

const waitingWord = (n: number) => (n > 0 ? `${n}项待处理` : '暂无待处理')

/** 党员发展's count on the entry: what is due this month first, else how many are in the pipeline. */
function developWords({ people, due, overdue }: BranchOverview['develop']): string {
  if (due > 0) return `本月要办${due}项${overdue > 0 ? `（${overdue}项已过期）` : ''}`
  return people > 0 ? `培养中${people}人，本月无到期` : '登记入党申请人'
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
        <Text className="text-secondary">
          {rules.map((c) => `${c.label}${PERIOD_STATE_MARKS[c.state]}${PERIOD_STATE_LABELS[c.state]}`).join('　')}
        </Text>
      </View>
    </Card>
  )
}

function Roster({ roster }: { roster: BranchOverview }) {
  const unbound = roster.members.total - roster.members.bound
  const { waiting, dues, activities, develop } = roster
  const entries = [
    {
      title: '出勤统计',
      value: '按月查看出勤率、缺勤人员和制度落实',
      url: `/packageAdmin/pages/attendance-branch/index?branchId=${encodeURIComponent(roster.branch.id)}`,
    },
    {
      title: '成员',
      value: unbound > 0 ? `${unbound}人待发绑定码` : '全部已绑定',
      url: '/packageSecretary/pages/members/index',
    },
    {
      title: '党费',
      value: waiting.paymentsReported > 0 ? `${waiting.paymentsReported}笔缴费待确认` : '欠交、台账',
      url: '/packageSecretary/pages/dues/index',
    },
    { title: '发通知', value: '发布通知、看谁已读', url: '/packageSecretary/pages/notices/index' },
    { title: '学习资料', value: '书目、党员学习记录', url: '/packageSecretary/pages/study/index' },
    { title: '知识测试', value: '发布本支部测试、谁已完成', url: '/packageSecretary/pages/quiz/index' },
    { title: '活动安排', value: '每月固定、本月活动、新建', url: '/packageSecretary/pages/schedule/index' },
    { title: '请假审批', value: waitingWord(waiting.leavePending), url: '/packageSecretary/pages/leave/index' },
    { title: '补学审核', value: waitingWord(waiting.makeupSubmitted), url: '/packageSecretary/pages/review/index' },
    { title: '活动记录', value: '按月查看出勤和补学', url: '/packageSecretary/pages/history/index' },
    { title: '民主评议', value: '年度评定等次、限期改正', url: '/packageSecretary/pages/appraisal/index' },
    { title: '代为记录', value: '家属或支委代长辈签到、记录学习', url: '/packageSecretary/pages/proxy/index' },
    { title: '谈心谈话', value: '每位党员今年谈过没有', url: '/packageSecretary/pages/talks/index' },
    { title: '组织生活会', value: '会前准备、整改清单', url: '/packageSecretary/pages/orglife/index' },
    { title: '党员发展', value: developWords(develop), url: '/packageSecretary/pages/develop/index' },
  ]
  return (
    <>
      <Text className="page-subtitle">{roster.branch.name}</Text>
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
              className={develop.overdue > 0 ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning'}
              onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/develop/index' })}
            >
              党员发展本月要办{develop.due}项{develop.overdue > 0 ? `，其中${develop.overdue}项已过期` : ''} ›
            </Text>
          ) : null}
        </View>
      </Card>
      <Rules compliance={roster.compliance} />
      {entries.map((entry) => (
        <EntryRow key={entry.title} {...entry} />
      ))}
      {TRANSFER_ENTRIES.map((entry) => (
        <EntryRow key={entry.title} {...entry} />
      ))}
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
