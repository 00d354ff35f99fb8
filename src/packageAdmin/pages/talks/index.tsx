import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { TalkShares } from '@core/contract/talk'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EntryRow } from '@/components/EntryRow'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'

function SharesBody({ data, screen }: { data: TalkShares; screen: Screen<TalkShares> }) {
  const picking = useSubmit({ staysOnScreen: true })
  const pickYear = (year: number) =>
    void picking.run(async () => screen.replace(await callCloud('admin', 'talk.shares', { year })))
  return (
    <View className="stack">
      <ChoiceChips
        options={data.years.map((y) => ({ value: String(y), label: `${y}年` }))}
        value={String(data.year)}
        onChange={(y) => pickYear(Number(y))}
      />
      {picking.outcome ? <Notice kind="error">{picking.outcome.message}</Notice> : null}
      <Card>
        <Text className="page-title">全机关已谈完 {data.total.share}</Text>
        <Text className="text-secondary">
          {data.year}年共记录谈话{data.total.talks}
          次。下面是各支部已谈完的人数和比例，按组织顺序列出；谈话要点只有谈话双方能看到，这里不显示。
        </Text>
      </Card>
      <Section title="各支部">
        {data.branches.map((b) => (
          <EntryRow
            key={b.branchId}
            title={b.name}
            value={b.share}
            onClick={() =>
              void Taro.navigateTo({
                url: `/packageSecretary/pages/talks/index?branchId=${encodeURIComponent(b.branchId)}`,
              })
            }
          />
        ))}
      </Section>
    </View>
  )
}

/** 机关党委 → 谈心谈话: each branch's share of members who have talked as the 条例 asks, this year. */
export default function TalkSharesPage() {
  const screen = useScreen(() => callCloud('admin', 'talk.shares', {}))
  return (
    <ScreenPage screen={screen} title="谈心谈话" subtitle={(d) => `${d.year}年各支部完成情况`}>
      {(data) => <SharesBody data={data} screen={screen} />}
    </ScreenPage>
  )
}
