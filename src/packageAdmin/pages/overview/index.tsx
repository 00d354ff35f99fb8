import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DevelopBureau } from '@core/contract/develop'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { asCloudError } from '@/errors/cloud-error'
import { useScreen } from '@/hooks/useScreen'
import { developDue, ServiceGrid, serviceGroups, type ServiceGroup } from '@/officer/ServiceGrid'
import { callCloud } from '@/services/cloud'
import appraisal from '../../icons/appraisal.svg'
import attendance from '../../icons/attendance.svg'
import audit from '../../icons/audit.svg'
import compliance from '../../icons/compliance.svg'
import developIcon from '../../icons/develop.svg'
import dues from '../../icons/dues.svg'
import exportIcon from '../../icons/export.svg'
import importIcon from '../../icons/import.svg'
import notices from '../../icons/notices.svg'
import org from '../../icons/org.svg'
import quiz from '../../icons/quiz.svg'
import rectify from '../../icons/rectify.svg'
import stats from '../../icons/stats.svg'
import study from '../../icons/study.svg'
import talks from '../../icons/talks.svg'
import transfer from '../../icons/transfer.svg'

/**
 * The office's home in one call: what 党员发展 has due this month across the bureau (the answer
 * the office's 党员发展 page is drawn from). Anyone who is not of the office is refused: null.
 */
async function loadOffice(): Promise<DevelopBureau | null> {
  try {
    return await callCloud('admin', 'develop.bureau', {})
  } catch (thrown) {
    if (asCloudError(thrown).code === 'AUTH.FORBIDDEN') return null
    throw thrown
  }
}

/** 党员发展 this month in words, red or amber when something is due; else how many are in the pipeline. */
export function developLine(d: DevelopBureau): { words: string; chip?: string } {
  const overdue = d.dueThisMonth.filter((x) => x.overdue).length
  if (d.dueThisMonth.length > 0) return developDue(d.dueThisMonth.length, overdue)
  const people = Object.values(d.total).reduce((a, b) => a + b, 0)
  return { words: people > 0 ? `党员发展培养中${people}人，本月无到期` : '党员发展：各支部暂无培养对象' }
}

function DevelopLine({ office }: { office: DevelopBureau }) {
  const line = developLine(office)
  return <Text className={line.chip}>{line.words} ›</Text>
}

/** The office's services as a grid; 党员发展's badge is what is due this month across the bureau. */
export function officeServices(office: DevelopBureau): ServiceGroup[] {
  return serviceGroups('packageAdmin', {
    统计台账: [
      ['出勤总览', attendance, 'attendance'],
      ['制度落实', compliance, 'compliance'],
      ['党费收缴', dues, 'dues'],
      ['学习情况', study, 'study'],
      ['导出台账', exportIcon, 'export'],
      ['党内统计', stats, 'stats'],
    ],
    组织生活: [
      ['民主评议', appraisal, 'appraisal'],
      ['谈心谈话', talks, 'talks'],
      ['整改落实', rectify, 'orglife'],
      ['知识测试', quiz, 'quiz'],
      ['发通知', notices, '/packageSecretary/pages/notices/index?scope=bureau'],
    ],
    党员队伍: [
      ['党员发展', developIcon, 'develop', office.dueThisMonth.length, '项本月要办'],
      ['组织关系', transfer, 'transfers'],
      ['组织与名册', org, 'org'],
      ['名册导入', importIcon, 'import'],
      ['审计日志', audit, 'audit'],
    ],
  })
}

export default function AdminOverviewPage() {
  const screen = useScreen(loadOffice)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(office) =>
          office ? (
            <View className="stack">
              <Text className="page-title">机关党委</Text>
              <Card onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/develop/index' })}>
                <DevelopLine office={office} />
              </Card>
              <ServiceGrid groups={officeServices(office)} />
            </View>
          ) : (
            <EmptyState title="您没有权限查看这里" description="机关党委的页面只对机关党委的同志开放。" />
          )
        }
      </ScreenView>
    </PageShell>
  )
}
