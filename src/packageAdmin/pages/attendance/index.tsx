import Taro, { useRouter } from '@tarojs/taro'
import type { BranchYearRow } from '@core/contract/attendance'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EntryRow } from '@/components/EntryRow'
import { Loading } from '@/components/Loading'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { ChartOrTable } from '../../attendance/ChartOrTable'
import { periodFrom, thisYear } from '../../attendance/defaults'
import { offeredMonths, PeriodPicker } from '../../attendance/PeriodPicker'
import { usePeriod } from '../../attendance/useQuery'
import {
  duesWords,
  figuresWords,
  makeupWords,
  periodWords,
  rateWords,
  shortMonth,
  studyWords,
} from '../../attendance/words'
import '../../attendance/index.css'

function BranchCard({ row, onOpen }: { row: BranchYearRow; onOpen: () => void }) {
  return (
    <Card onClick={onOpen}>
      <View className="att-figures">
        <Text className="att-person__name">{row.name} ›</Text>
        <Text className="att-figures__rate">出勤率 {row.total.expected > 0 ? rateWords(row.total.ratePct) : '—'}</Text>
        <Text className="keep-words">{figuresWords(row.total)}</Text>
        <Text className="keep-words">{makeupWords(row.total.makeup)}</Text>
        <Text className="text-secondary keep-words">{duesWords(row.dues)}</Text>
        <Text className="text-secondary">{studyWords(row.study)}</Text>
      </View>
    </Card>
  )
}

/** 总览: every branch's attendance, 补学, dues and study for a month or a year, in one call. */
export default function AttendanceOverviewPage() {
  const { ref, period, choose } = usePeriod(periodFrom(useRouter().params))
  const screen = useScreen(() =>
    callCloud('admin', 'attendance.bureau', {
      year: ref.current.year,
      ...(ref.current.month ? { month: ref.current.month } : {}),
    }),
  )
  const pick = (next: { year: number; month: string | null }) => {
    choose(next)
    void screen.reload()
  }
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(data) => {
          const stale = data.year !== period.year || data.month !== period.month
          const words = periodWords(data.year, data.month)
          return (
            <View className="stack">
              <Text className="page-title">出勤总览</Text>
              <Text className="page-subtitle">出勤率 = 实到 ÷ 应到。各支部按组织顺序排列，不排名。</Text>
              <PeriodPicker
                year={period.year}
                month={period.month}
                currentMonth={data.currentMonth}
                thisYear={thisYear()}
                onChange={pick}
              />
              {stale ? <Loading /> : null}
              <Section title={`${words}：全机关`}>
                <Card>
                  <View className="att-figures">
                    <Text className="att-figures__rate">
                      出勤率 {data.bureau.total.expected > 0 ? rateWords(data.bureau.total.ratePct) : '—'}
                    </Text>
                    <Text className="keep-words">
                      {data.bureau.total.activities}次活动：{figuresWords(data.bureau.total)}
                    </Text>
                    <Text className="keep-words">{makeupWords(data.bureau.total.makeup)}</Text>
                    <Text className="keep-words">{duesWords(data.bureau.dues)}</Text>
                    <Text className="keep-words">{studyWords(data.bureau.study)}</Text>
                  </View>
                </Card>
              </Section>
              <Section title={`${words}：各支部出勤率`}>
                <ChartOrTable transposed rows={data.branches.map((b) => ({ label: b.name, figures: b.total }))} />
              </Section>
              {data.month === null ? (
                <Section title={`${data.year}年：全机关各月出勤率`}>
                  <ChartOrTable
                    rows={offeredMonths(data.months, data.currentMonth).map((m) => ({
                      label: shortMonth(m),
                      axisLabel: String(Number(m.slice(5))),
                      figures: data.bureau.byMonth[data.months.indexOf(m)],
                    }))}
                  />
                </Section>
              ) : null}
              <Section title={`${words}：各支部情况（点按查看）`}>
                {data.branches.map((row) => (
                  <BranchCard
                    key={row.branchId}
                    row={row}
                    onOpen={() =>
                      void Taro.navigateTo({
                        url: `/packageAdmin/pages/attendance-branch/index?branchId=${encodeURIComponent(row.branchId)}&year=${data.year}${data.month ? `&month=${data.month}` : ''}`,
                      })
                    }
                  />
                ))}
              </Section>
              <Section title="更多">
                <EntryRow
                  title="制度落实情况"
                  value="三会一课等是否按时召开"
                  onClick={() =>
                    void Taro.navigateTo({ url: `/packageAdmin/pages/compliance/index?year=${data.year}` })
                  }
                />
                <EntryRow
                  title="导出台账"
                  value="支部工作手册（Excel）"
                  onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/export/index' })}
                />
              </Section>
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
