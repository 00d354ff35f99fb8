import Taro, { useRouter } from '@tarojs/taro'
import type { BranchLedger } from '@core/contract/dues'
import { chinaMonth } from '@core/dates'
import { appNow } from '@/services/clock'
import { addMonths } from '@core/dues/months'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Loading } from '@/components/Loading'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { monthLabel, yuan } from '@/dues/words'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { duesMemberUrl } from '../../dues/links'
import { MemberLedger } from './MemberLedger'
import './index.css'

type Period = 'recent' | 'thisYear' | 'lastYear'

interface Shown {
  period: Period
  ledger: BranchLedger
}

/** 党费台账: each member × month (as a card per member on a phone), month totals, the total. */
export default function DuesLedgerPage() {
  const params = useRouter().params
  const branchId = params.branchId || undefined
  const current = params.month || chinaMonth(appNow())
  const limit = Number(params.limit) || 6
  const year = Number(current.slice(0, 4))
  const [period, setPeriod] = useState<Period>('recent')
  const ranges: Record<Period, { from: string; to: string } | { year: number }> = {
    // The last twelve months, and months already paid ahead.
    recent: { from: addMonths(current, -11), to: addMonths(current, limit) },
    thisYear: { year },
    lastYear: { year: year - 1 },
  }
  const labels: Record<Period, string> = { recent: '近12个月和预交', thisYear: `${year}年`, lastYear: `${year - 1}年` }
  const screen = useScreen(async (): Promise<Shown> => ({
    period,
    ledger: await callCloud('secretary', 'dues.ledger', { ...(branchId ? { branchId } : {}), ...ranges[period] }),
  }))
  const shownPeriod = 'data' in screen ? screen.data.period : null
  const { reload } = screen
  useEffect(() => {
    if (shownPeriod !== null && shownPeriod !== period) void reload()
  }, [shownPeriod, period, reload])

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {({ ledger, period: loaded }) => {
          const totals = ledger.monthTotals.filter((m) => m.month <= current || m.billed > 0)
          return (
            <View className="stack">
              <Text className="page-title">党费台账</Text>
              <Text className="page-subtitle">
                {ledger.branch.name} · {labels[loaded]}
              </Text>
              <ChoiceChips
                options={(Object.keys(labels) as Period[]).map((value) => ({ value, label: labels[value] }))}
                value={period}
                onChange={setPeriod}
              />
              {loaded !== period ? <Loading /> : null}
              <Card>
                <Text className="ledger__total">
                  合计：应交 {yuan(ledger.total.dueFen)}，已交 {yuan(ledger.total.paidFen)}，未交{' '}
                  {yuan(ledger.total.outstandingFen)}
                </Text>
              </Card>
              <Section title="每月合计">
                <View className="panel panel--column ledger-months">
                  {totals.map((m) => (
                    <View key={m.month} className="panel__row ledger-months__row">
                      <Text className="ledger-months__month">{monthLabel(m.month)}</Text>
                      <Text>
                        应交 {yuan(m.dueFen)} · 已交 {yuan(m.paidFen)}
                        {m.billed > 0 ? ` · ${m.billed}人中${m.paid}人交清` : ' · 没有账单'}
                      </Text>
                    </View>
                  ))}
                </View>
              </Section>
              <Section title={`每人每月（${ledger.members.length}人）`}>
                <Text className="text-secondary">
                  说明：✓ 已交，… 已报告待确认，○ 待交，✗ 欠交，— 免交或无账单。点按姓名查看详情。
                </Text>
                {ledger.members.map((member) => (
                  <MemberLedger
                    key={member.memberId}
                    member={member}
                    months={ledger.months}
                    currentMonth={current}
                    onOpen={() => void Taro.navigateTo({ url: duesMemberUrl(member.memberId) })}
                  />
                ))}
              </Section>
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
