import { MARKS } from '@core/marks'
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
import { ARREARS_LEVEL_WORDS, yuan } from '@/dues/words'
import { MonthFold, openMonth } from '@/fold/MonthFold'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { duesMemberUrl } from '../../dues/links'
import { ledgerMonthOrder, MonthLedger, monthRows, monthSummary } from './MonthLedger'
import './index.css'

type Period = 'recent' | 'thisYear' | 'lastYear'

interface Shown {
  period: Period
  ledger: BranchLedger
}

/**
 * 党费台账: the total, who owes, then month by month — this month, earlier ones newest first, and
 * months paid ahead (预交) last under their own header — each under a header that says its people
 * in words; this month open, the others a tap away (no call: the answer holds them).
 */
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

  const open = (memberId: string) => void Taro.navigateTo({ url: duesMemberUrl(memberId) })
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {({ ledger, period: loaded }) => {
          // This month, then earlier ones newest first; months paid ahead last, under their own header.
          const { held, ahead } = ledgerMonthOrder(ledger.monthTotals, current)
          const opened = openMonth(
            held.map((index) => ledger.monthTotals[index].month),
            current,
          )
          const fold = (index: number) => {
            const totals = ledger.monthTotals[index]
            const rows = monthRows(ledger, index)
            return (
              <MonthFold
                key={totals.month}
                month={totals.month}
                current={current}
                open={totals.month === opened}
                summary={monthSummary(rows)}
              >
                <MonthLedger totals={totals} rows={rows} onOpen={open} />
              </MonthFold>
            )
          }
          const owing = ledger.members.filter((m) => m.arrears.months > 0)
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
              <Section title="欠交的党员">
                {owing.length === 0 ? <Text>没有欠交的党员</Text> : null}
                {owing.map((member) => (
                  <View key={member.memberId} className="panel ledger-owing" onClick={() => open(member.memberId)}>
                    <Text className="ledger-row__name">{member.name} ›</Text>
                    <Text className="ledger-owing__words">
                      欠交{member.arrears.months}个月，未交 {yuan(member.outstandingFen)}
                      {member.arrears.level === 'owing' ? '' : `，${ARREARS_LEVEL_WORDS[member.arrears.level]}`}
                    </Text>
                  </View>
                ))}
              </Section>
              <Section title="每月明细">
                <Text className="text-secondary">
                  说明：本月展开，其余月份点按展开。{`✓ 已交，${MARKS.pending} 已报告待确认，○ 待交，✗ 欠交，— 免交。`}
                  点按姓名查看此人每月明细。
                </Text>
                {held.map(fold)}
              </Section>
              {ahead.length > 0 ? (
                <Section title="预交的月份">
                  <Text className="text-secondary">以后的月份，有党员已经预交。</Text>
                  {ahead.map(fold)}
                </Section>
              ) : null}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
