import { Text, View } from '@tarojs/components'
import type { DevelopBureau } from '@core/contract/develop'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { asCloudError } from '@/errors/cloud-error'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'

const ATTENDANCE = [
  { title: '出勤总览', value: '各支部出勤、补学、党费、学习', url: '/packageAdmin/pages/attendance/index' },
  { title: '制度落实情况', value: '三会一课等是否按时召开', url: '/packageAdmin/pages/compliance/index' },
  { title: '导出台账', value: '支部工作手册（Excel）', url: '/packageAdmin/pages/export/index' },
  { title: '民主评议', value: '各支部评定结果人数', url: '/packageAdmin/pages/appraisal/index' },
] as const

const ENTRIES = [
  { title: '组织与名册', value: '组织架构、成员、任命书记', url: '/packageAdmin/pages/org/index' },
  { title: '名册导入', value: '粘贴或选择文件', url: '/packageAdmin/pages/import/index' },
  { title: '审计日志', value: '每一次修改', url: '/packageAdmin/pages/audit/index' },
  { title: '党费收缴', value: '各支部每月收缴率', url: '/packageAdmin/pages/dues/index' },
  { title: '学习情况', value: '各支部学习记录、书目', url: '/packageAdmin/pages/study/index' },
  { title: '知识测试', value: '题库、发布、每题错答比例', url: '/packageAdmin/pages/quiz/index' },
  { title: '谈心谈话', value: '各支部今年谈完的比例', url: '/packageAdmin/pages/talks/index' },
  { title: '整改落实', value: '各支部组织生活会整改事项', url: '/packageAdmin/pages/orglife/index' },
  { title: '发通知', value: '全机关或所选支部，待复核的', url: '/packageSecretary/pages/notices/index?scope=bureau' },
] as const

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

function developWords(d: DevelopBureau): string {
  const overdue = d.dueThisMonth.filter((x) => x.overdue).length
  if (d.dueThisMonth.length > 0)
    return `本月要办${d.dueThisMonth.length}项${overdue > 0 ? `（${overdue}项已过期）` : ''}`
  const people = Object.values(d.total).reduce((a, b) => a + b, 0)
  return people > 0 ? `培养中${people}人，本月无到期` : '各支部发展党员情况'
}
/** 组织关系 and 党内统计 (issue 26): their own section. */
const TRANSFER = [
  { title: '组织关系转出', value: '开具介绍信、回执', url: '/packageAdmin/pages/transfers/index' },
  { title: '党内统计', value: '年度党员数、增减、名单', url: '/packageAdmin/pages/stats/index' },
] as const

export default function AdminOverviewPage() {
  const screen = useScreen(loadOffice)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(office) =>
          office ? (
            <View className="stack">
              <Text className="page-title">机关党委</Text>
              <Section title="本月要办">
                <EntryRow title="党员发展" value={developWords(office)} url="/packageAdmin/pages/develop/index" />
              </Section>
              <Section title="出勤与台账">
                {ATTENDANCE.map((entry) => (
                  <EntryRow key={entry.url} {...entry} />
                ))}
              </Section>
              <Section title="名册与记录">
                {ENTRIES.map((entry) => (
                  <EntryRow key={entry.url} {...entry} />
                ))}
              </Section>
              <Section title="组织关系与统计">
                {TRANSFER.map((entry) => (
                  <EntryRow key={entry.url} {...entry} />
                ))}
              </Section>
            </View>
          ) : (
            <EmptyState title="您没有权限查看这里" description="机关党委的页面只对机关党委的同志开放。" />
          )
        }
      </ScreenView>
    </PageShell>
  )
}
