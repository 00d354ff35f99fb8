import Taro from '@tarojs/taro'
import type { CollectionRates, RateCell } from '@core/contract/dues'
import { chinaMonth } from '@core/dates'
import { appNow } from '@/services/clock'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Loading } from '@/components/Loading'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { monthLabel, shortMonth } from '@/dues/words'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { RateBar } from './RateBar'
import './index.css'

const WHOLE_YEAR = 'year'

/** Where the year's collection stands now: the latest month billed, not counting months paid ahead. */
function latestMonth(rates: CollectionRates): string {
  const now = chinaMonth(appNow())
  const billed = rates.months.filter((m, i) => m <= now && (rates.bureau.cells[i]?.billed ?? 0) > 0)
  return billed[billed.length - 1] ?? WHOLE_YEAR
}

function cellOf(cells: RateCell[], total: RateCell, months: string[], chosen: string): RateCell {
  return chosen === WHOLE_YEAR ? total : (cells[months.indexOf(chosen)] ?? total)
}

/** 党费收缴情况: each branch's collection rate by month, the rate always written as text. */
export default function DuesCollectionPage() {
  const [year, setYear] = useState<number | null>(null)
  const [thisYear, setThisYear] = useState<number | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const screen = useScreen(() => callCloud('admin', 'dues.collection', year === null ? {} : { year }))
  const shown = 'data' in screen ? screen.data : null
  const { reload } = screen
  useEffect(() => {
    if (!shown) return
    if (thisYear === null) setThisYear(shown.year)
    if (year !== null && shown.year !== year) void reload()
  }, [shown, year, thisYear, reload])

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(rates) => {
          const month = chosen && (chosen === WHOLE_YEAR || rates.months.includes(chosen)) ? chosen : latestMonth(rates)
          const years = thisYear === null ? [rates.year] : [thisYear, thisYear - 1]
          const billedMonths = rates.months.filter((_, i) => (rates.bureau.cells[i]?.billed ?? 0) > 0)
          const title = month === WHOLE_YEAR ? `${rates.year}年全年` : monthLabel(month)
          return (
            <View className="stack">
              <Text className="page-title">党费收缴情况</Text>
              <Text className="page-subtitle">收缴率 = 已交金额 ÷ 应交金额。点按支部查看它的党费。</Text>
              <ChoiceChips
                options={years.map((y) => ({ value: String(y), label: `${y}年` }))}
                value={String(year ?? rates.year)}
                onChange={(value) => {
                  setYear(Number(value))
                  setChosen(null)
                }}
              />
              {year !== null && rates.year !== year ? <Loading /> : null}
              {billedMonths.length === 0 ? (
                <EmptyState
                  title={`${rates.year}年还没有党费账单`}
                  description="到了收缴日，各支部的账单会出现在这里。"
                />
              ) : (
                <>
                  <ChoiceChips
                    options={[
                      { value: WHOLE_YEAR, label: '全年' },
                      ...billedMonths.map((m) => ({ value: m, label: shortMonth(m) })),
                    ]}
                    value={month}
                    onChange={setChosen}
                  />
                  <Section title={`${title}：全机关`}>
                    <RateBar
                      title="全机关"
                      cell={cellOf(rates.bureau.cells, rates.bureau.total, rates.months, month)}
                    />
                  </Section>
                  <Section title={`${title}：各支部`}>
                    {rates.branches.map((branch) => (
                      <RateBar
                        key={branch.branchId}
                        title={branch.name}
                        cell={cellOf(branch.cells, branch.total, rates.months, month)}
                        onClick={() =>
                          void Taro.navigateTo({
                            url: `/packageSecretary/pages/dues/index?branchId=${encodeURIComponent(branch.branchId)}`,
                          })
                        }
                      />
                    ))}
                  </Section>
                </>
              )}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
