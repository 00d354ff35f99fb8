import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OrglifeCounts } from '@core/contract/orglife'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'

const countWords = (c: { open: number; overdue: number; done: number }) =>
  `未完成${c.open}项${c.overdue > 0 ? `（逾期${c.overdue}）` : ''}，已完成${c.done}项`

function CountsBody({ data }: { data: OrglifeCounts }) {
  return (
    <View className="stack">
      <Card>
        <Text className="page-title">全机关整改事项：{countWords(data.total)}</Text>
        <Text className="text-secondary">
          各支部组织生活会整改清单的落实情况，按组织顺序列出。逾期：过了完成时限还没有完成的事项。
        </Text>
      </Card>
      <Section title="各支部">
        {data.branches.map((b) => (
          <EntryRow
            key={b.branchId}
            title={b.name}
            value={b.total === 0 ? `还没有整改事项；${b.meeting}` : countWords(b)}
            onClick={() =>
              void Taro.navigateTo({
                url: b.activityId
                  ? `/packageSecretary/pages/orglife/index?id=${encodeURIComponent(b.activityId)}`
                  : `/packageSecretary/pages/orglife/index?branchId=${encodeURIComponent(b.branchId)}`,
              })
            }
          />
        ))}
      </Section>
    </View>
  )
}

/** 机关党委 → 整改落实: open and overdue 整改事项 per branch, in the organisation's order. */
export default function OrglifeCountsPage() {
  const screen = useScreen(() => callCloud('admin', 'orglife.counts', {}))
  return (
    <ScreenPage screen={screen} title="组织生活会整改落实" subtitle={() => '各支部整改清单'}>
      {(data) => <CountsBody data={data} />}
    </ScreenPage>
  )
}
