import Taro, { useRouter } from '@tarojs/taro'
import type { HistoryRow } from '@core/contract/activity-officer-views'
import { ACTIVITY_STATUS_LABELS } from '@core/activity/types'
import { chinaMonth, formatChinaDateTime } from '@core/dates'
import { inChina } from '@core/china-dayjs'
import { Text, View } from '@tarojs/components'
import { useRef } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { MonthFold, openMonth } from '@/fold/MonthFold'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { appNow } from '@/services/clock'
import './index.css'
import { activityPhase, countsText } from '@core/activity/status'
import { takesMinutes } from '@core/minutes/types'

/** A month's activities in words for its header: `3次活动 · 缺席2人次 · 补学未完成1人`. */
export function monthSummary(rows: HistoryRow[]): string {
  const sum = (f: (r: HistoryRow) => number) => rows.reduce((n, r) => n + f(r), 0)
  const parts = [`${rows.length}次活动`]
  const absent = sum((r) => r.absent)
  if (absent > 0) parts.push(`缺席${absent}人次`)
  const open = sum((r) => r.makeupOpen)
  if (open > 0) parts.push(`补学未完成${open}人`)
  return parts.join(' · ')
}

function Row({ row }: { row: HistoryRow }) {
  return (
    <Card
      onClick={() =>
        void Taro.navigateTo({ url: `/packageSecretary/pages/live/index?id=${encodeURIComponent(row.id)}` })
      }
    >
      <View className="stack">
        <Text className="history__title">
          {row.title}（{ACTIVITY_STATUS_LABELS[row.status]}）
        </Text>
        <Text className="text-secondary">{formatChinaDateTime(row.startAt)}</Text>
        <Text>{countsText(row, activityPhase(row, appNow()))}</Text>
        {row.makeupDone + row.makeupOpen > 0 ? (
          <Text>
            补学已完成{row.makeupDone}人，未完成{row.makeupOpen}人
          </Text>
        ) : null}
        <Text className="text-secondary">查看签到名单 ›</Text>
        {takesMinutes(row.type) &&
        (row.status === 'closed' || (row.status === 'published' && row.startAt <= appNow())) ? (
          <View
            className="history__minutes"
            onClick={(event) => {
              event.stopPropagation()
              void Taro.navigateTo({ url: `/packageSecretary/pages/minutes/index?id=${encodeURIComponent(row.id)}` })
            }}
          >
            <Text>会议记录 ›</Text>
          </View>
        ) : null}
        {row.type === 'lifeMeeting' ? (
          <View
            className="history__minutes"
            onClick={(event) => {
              event.stopPropagation()
              void Taro.navigateTo({ url: `/packageSecretary/pages/orglife/index?id=${encodeURIComponent(row.id)}` })
            }}
          >
            <Text>会前准备与整改清单 ›</Text>
          </View>
        ) : null}
      </View>
    </Card>
  )
}

/**
 * The branch's activities of a year, month by month (newest first): this month open, the others
 * folded under a header with their figures in words; attendance and 补学 of each activity.
 */
export default function BranchHistoryPage() {
  const params = useRouter().params
  const branchId = params.branchId
  const year = useRef(Number(params.year) || inChina(appNow()).year())
  const screen = useScreen(() =>
    callCloud('secretary', 'activity.branchHistory', { ...(branchId ? { branchId } : {}), year: year.current }),
  )
  const showYear = (next: number) => {
    year.current = next
    void screen.reload()
  }
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(history) => {
          const months = history.months.filter((m) => m.activities.length > 0).reverse()
          const current = chinaMonth(appNow())
          const opened = openMonth(
            months.map((m) => m.month),
            current,
          )
          return (
            <View className="stack">
              <Text className="page-title">活动记录</Text>
              <Text className="page-subtitle">{history.branch.name}</Text>
              <View className="row">
                <Button block onClick={() => showYear(history.year - 1)}>
                  {`‹ ${history.year - 1}年`}
                </Button>
                <Button block onClick={() => showYear(history.year + 1)}>
                  {`${history.year + 1}年 ›`}
                </Button>
              </View>
              <Text className="history__year">{history.year}年</Text>
              {months.length === 0 ? <EmptyState title="这一年没有活动记录" /> : null}
              {months.map((m) => (
                <MonthFold
                  key={`${history.year}-${m.month}`}
                  month={m.month}
                  current={current}
                  open={m.month === opened}
                  summary={monthSummary(m.activities)}
                >
                  {m.activities.map((row) => (
                    <Row key={row.id} row={row} />
                  ))}
                </MonthFold>
              ))}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
