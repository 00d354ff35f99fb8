import Taro, { useRouter } from '@tarojs/taro'
import type { ComplianceMatrix } from '@core/contract/attendance'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '@core/attendance/compliance'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Loading } from '@/components/Loading'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { ComplianceGrid } from '../../attendance/ComplianceGrid'
import { thisYear } from '../../attendance/defaults'
import { Section } from '@/components/Section'
import { usePeriod } from '../../attendance/useQuery'
import '../../attendance/index.css'

const LEGEND = (['held', 'missing', 'underWay', 'notDue'] as const)
  .map((s) => `${PERIOD_STATE_MARKS[s]} ${PERIOD_STATE_LABELS[s]}`)
  .join('　')

/** The gaps first, a line per branch: `水环境管理处党支部：第三季度未召开党员大会；10月未召开支委会`. */
function Gaps({ branches }: { branches: ComplianceMatrix['branches'] }) {
  const gaps = branches.filter((b) => b.missed.length > 0)
  return (
    <Section title={gaps.length > 0 ? `需要关注（${gaps.length}个支部）` : '需要关注'}>
      {gaps.length > 0 ? (
        gaps.map((b) => (
          <Text key={b.branchId} className="att-rule__state--missing">
            ✗ {b.name}：{b.missed.join('；')}
          </Text>
        ))
      ) : (
        <Text>各支部到目前没有缺开的会议。</Text>
      )}
    </Section>
  )
}

/**
 * Branches × what the rules ask, for a year: held, missing, under way or not yet due, with the
 * dates; under each grid the branch's 民主评议 and 谈心谈话 of the year in words.
 */
export default function CompliancePage() {
  const params = useRouter().params
  const { ref, period, choose } = usePeriod({ year: Number(params.year) || thisYear(), month: null })
  const screen = useScreen(() => callCloud('admin', 'attendance.compliance', { year: ref.current.year }))
  return (
    <ScreenPage
      screen={screen}
      title="制度落实情况"
      subtitle="三会一课、组织生活会、民主评议党员和每月固定学习日、党员集中活动日"
    >
      {(data) => (
        <>
          <ChoiceChips
            options={[thisYear(), thisYear() - 1].map((y) => ({ value: String(y), label: `${y}年` }))}
            value={String(period.year)}
            onChange={(value) => {
              choose({ year: Number(value), month: null })
              void screen.reload()
            }}
          />
          {data.year !== period.year ? (
            <Loading />
          ) : (
            <>
              <Gaps branches={data.branches} />
              <Text className="text-secondary">{LEGEND}</Text>
              {data.branches.map((b) => (
                <Card key={b.branchId}>
                  <View className="att-figures">
                    <Text
                      className="att-person__name att-person--tappable"
                      onClick={() =>
                        void Taro.navigateTo({
                          url: `/packageAdmin/pages/attendance-branch/index?branchId=${encodeURIComponent(b.branchId)}&year=${data.year}`,
                        })
                      }
                    >
                      {b.name} ›
                    </Text>
                    {b.missed.length > 0 ? (
                      <Text className="att-rule__state--missing">✗ 未按时召开：{b.missed.join('；')}</Text>
                    ) : (
                      <Text>到目前没有缺开的会议</Text>
                    )}
                    {b.toHold.map((line) => (
                      <Text key={line}>{line}</Text>
                    ))}
                    <ComplianceGrid checks={b.checks} />
                    <Text>{b.orgLife.appraisal.words}</Text>
                    <Text>{b.orgLife.talk.words}</Text>
                    <Text className={b.orgLife.rectify.overdue > 0 ? 'att-rule__state--missing' : undefined}>
                      {b.orgLife.rectify.words}
                    </Text>
                  </View>
                </Card>
              ))}
            </>
          )}
        </>
      )}
    </ScreenPage>
  )
}
