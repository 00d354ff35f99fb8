import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DevelopBureau } from '@core/contract/develop'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { asCloudError } from '@/errors/cloud-error'
import { useScreen } from '@/hooks/useScreen'
import { ServiceGrid, type ServiceGroup } from '@/officer/ServiceGrid'
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

/** 党员发展 this month in words: what is due first, else how many are in the pipeline. */
export function developWords(d: DevelopBureau): string {
  const overdue = d.dueThisMonth.filter((x) => x.overdue).length
  if (d.dueThisMonth.length > 0)
    return `党员发展本月要办${d.dueThisMonth.length}项${overdue > 0 ? `，其中${overdue}项已过期` : ''}`
  const people = Object.values(d.total).reduce((a, b) => a + b, 0)
  return people > 0 ? `党员发展培养中${people}人，本月无到期` : '党员发展：各支部暂无培养对象'
}

/** Red when something due is past, amber when due this month (the secretary's 支部管理 does the same). */
function chipOf(d: DevelopBureau): string | undefined {
  if (d.dueThisMonth.length === 0) return undefined
  return d.dueThisMonth.some((x) => x.overdue) ? 'status-chip status-chip--danger' : 'status-chip status-chip--warning'
}

const page = (name: string) => `/packageAdmin/pages/${name}/index`

/** The office's services as a grid; 党员发展's badge is what is due this month across the bureau. */
export function officeServices(office: DevelopBureau): ServiceGroup[] {
  return [
    {
      title: '统计台账',
      tiles: [
        { name: '出勤总览', icon: attendance, url: page('attendance') },
        { name: '制度落实', icon: compliance, url: page('compliance') },
        { name: '党费收缴', icon: dues, url: page('dues') },
        { name: '学习情况', icon: study, url: page('study') },
        { name: '导出台账', icon: exportIcon, url: page('export') },
        { name: '党内统计', icon: stats, url: page('stats') },
      ],
    },
    {
      title: '组织生活',
      tiles: [
        { name: '民主评议', icon: appraisal, url: page('appraisal') },
        { name: '谈心谈话', icon: talks, url: page('talks') },
        { name: '整改落实', icon: rectify, url: page('orglife') },
        { name: '知识测试', icon: quiz, url: page('quiz') },
        { name: '发通知', icon: notices, url: '/packageSecretary/pages/notices/index?scope=bureau' },
      ],
    },
    {
      title: '党员队伍',
      tiles: [
        {
          name: '党员发展',
          icon: developIcon,
          url: page('develop'),
          badge: office.dueThisMonth.length,
          badgeWords: '项本月要办',
        },
        { name: '组织关系', icon: transfer, url: page('transfers') },
        { name: '组织与名册', icon: org, url: page('org') },
        { name: '名册导入', icon: importIcon, url: page('import') },
        { name: '审计日志', icon: audit, url: page('audit') },
      ],
    },
  ]
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
              <Card onClick={() => void Taro.navigateTo({ url: page('develop') })}>
                <Text className={chipOf(office)}>{developWords(office)} ›</Text>
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
