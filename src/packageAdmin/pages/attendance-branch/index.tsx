import { monthDayWords } from '@core/dates'
import Taro, { useRouter } from '@tarojs/taro'
import type { ActivityFiguresRow, BranchAttendance } from '@core/contract/attendance'
import { ACTIVITY_TYPE_LABELS } from '@core/activity/types'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { Loading } from '@/components/Loading'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { ChartOrTable } from '../../attendance/ChartOrTable'
import { ComplianceRows } from '../../attendance/ComplianceRows'
import { periodFrom, thisYear } from '../../attendance/defaults'
import { offeredMonths, PeriodPicker } from '../../attendance/PeriodPicker'
import { RULE_WORDS } from '../../attendance/rule-words'
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

const open = (query: string) => void Taro.navigateTo({ url: `/packageAdmin/pages/attendance-absentees/index?${query}` })

function ActivityCard({ row }: { row: ActivityFiguresRow }) {
  return (
    <Card onClick={() => open(`activityId=${encodeURIComponent(row.id)}`)}>
      <View className="att-figures">
        <Text className="att-person__name">
          {monthDayWords(row.date)} {row.title} ›
        </Text>
        <Text className="text-secondary">
          {ACTIVITY_TYPE_LABELS[row.type]} · {row.place}
        </Text>
        <Text className="keep-words">{figuresWords(row.figures)}</Text>
        {row.figures.makeup.assigned > 0 ? <Text className="keep-words">{makeupWords(row.figures.makeup)}</Text> : null}
      </View>
    </Card>
  )
}

function Body({ data }: { data: BranchAttendance }) {
  const months = offeredMonths(data.months, data.currentMonth)
  const words = periodWords(data.year, data.month)
  const cell = (type?: string) =>
    open(`branchId=${encodeURIComponent(data.branch.id)}&month=${data.month}${type ? `&type=${type}` : ''}`)
  return (
    <>
      <Section title={`${words}：全支部`}>
        <Card>
          <View className="att-figures">
            <Text className="att-figures__rate">
              出勤率 {data.total.expected > 0 ? rateWords(data.total.ratePct) : '—'}
            </Text>
            <Text className="keep-words">
              {data.total.activities}次活动：{figuresWords(data.total)}
            </Text>
            <Text className="keep-words">{makeupWords(data.total.makeup)}</Text>
            <Text className="keep-words">{duesWords(data.dues.total)}</Text>
            <Text>{studyWords(data.study.total)}</Text>
          </View>
        </Card>
      </Section>
      <Section title={`${data.year}年各月出勤率`}>
        <ChartOrTable
          rows={months.map((m) => ({
            label: shortMonth(m),
            axisLabel: String(Number(m.slice(5))),
            figures: data.byMonth[data.months.indexOf(m)],
          }))}
        />
      </Section>
      <Section title={`${words}：各类活动${data.month ? '（点按查看缺勤人员）' : ''}`}>
        {data.grid.filter((g) => g.total.activities > 0).length === 0 ? (
          <EmptyState title="这段时间没有已举行的活动" />
        ) : null}
        {data.grid
          .filter((g) => g.total.activities > 0)
          .map((g) => (
            <Card key={g.type} onClick={data.month ? () => cell(g.type) : undefined}>
              <View className="att-figures">
                <Text className="att-person__name">
                  {ACTIVITY_TYPE_LABELS[g.type]}（{g.total.activities}次）{data.month ? ' ›' : ''}
                </Text>
                <Text className="keep-words">{figuresWords(g.total)}</Text>
              </View>
            </Card>
          ))}
        {data.month && data.total.activities > 0 ? (
          <Button block onClick={() => cell()}>
            {`${shortMonth(data.month)}全部缺勤和请假人员`}
          </Button>
        ) : null}
      </Section>
      <Section title={`${words}：活动（点按查看缺勤人员）`}>
        {data.activities.length === 0 ? <EmptyState title="这段时间没有已举行的活动" /> : null}
        {data.activities.map((row) => (
          <ActivityCard key={row.id} row={row} />
        ))}
      </Section>
      <Section title={`${data.year}年制度落实`}>
        {data.compliance.toHold.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {data.compliance.missed.length > 0 ? (
          <Text className="att-rule__state--missing">未按时召开：{data.compliance.missed.join('；')}</Text>
        ) : null}
        <ComplianceRows checks={data.compliance.checks} words={RULE_WORDS} />
      </Section>
    </>
  )
}

/** A branch's months at a glance, its activities and its rules row, in one call. */
export default function BranchAttendancePage() {
  const params = useRouter().params
  const branchId = params.branchId
  const { ref, period, choose } = usePeriod(periodFrom(params))
  const screen = useScreen(() =>
    callCloud('secretary', 'attendance.branch', {
      ...(branchId ? { branchId } : {}),
      year: ref.current.year,
      ...(ref.current.month ? { month: ref.current.month } : {}),
    }),
  )
  return (
    <ScreenPage screen={screen} title={(data) => data.branch.name} subtitle="出勤率 = 实到 ÷ 应到">
      {(data) => (
        <>
          <PeriodPicker
            year={period.year}
            month={period.month}
            currentMonth={data.currentMonth}
            thisYear={thisYear()}
            onChange={(next) => {
              choose(next)
              void screen.reload()
            }}
          />
          {data.year !== period.year || data.month !== period.month ? <Loading /> : <Body data={data} />}
        </>
      )}
    </ScreenPage>
  )
}
