import { useRouter } from '@tarojs/taro'
import { APPRAISAL_GRADE_LABELS, APPRAISAL_GRADES, type GradeCounts } from '@core/contract/appraisal'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Loading } from '@/components/Loading'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import './index.css'

const countsLine = (counts: GradeCounts) =>
  APPRAISAL_GRADES.map((g) => `${APPRAISAL_GRADE_LABELS[g]}${counts[g]}`).join('　')

/** 民主评议 across the bureau: per branch, how many of each grade for a year (no names). */
export default function AppraisalCountsPage() {
  const params = useRouter().params
  const year = useRef<number | undefined>(Number(params.year) || undefined)
  const [chosen, setChosen] = useState(year.current)
  const screen = useScreen(() => callCloud('admin', 'appraisal.counts', { year: year.current }))
  return (
    <ScreenPage screen={screen} title="民主评议" subtitle={(data) => `${data.year}年度 · 各支部评定结果人数`}>
      {(data) => (
        <>
          <ChoiceChips
            options={data.years.slice(0, 2).map((y) => ({ value: String(y), label: `${y}年度` }))}
            value={String(chosen ?? data.year)}
            onChange={(value) => {
              year.current = Number(value)
              setChosen(year.current)
              void screen.reload()
            }}
          />
          {chosen !== undefined && data.year !== chosen ? (
            <Loading />
          ) : (
            <>
              <Card>
                <View className="stack">
                  <Text className="page-subtitle">{`全机关：已评定${data.totals.recorded}人，正式党员${data.totals.members}人`}</Text>
                  <Text>{countsLine(data.totals)}</Text>
                </View>
              </Card>
              {data.branches.map((b) => (
                <Card key={b.branchId}>
                  <View className="stack">
                    <View className="spread-row">
                      <Text className="page-subtitle">{b.name}</Text>
                      <Text className={b.recorded >= b.members ? 'status-chip status-chip--success' : 'status-chip'}>
                        {b.recorded === 0 ? '未开始' : b.recorded >= b.members ? '已完成' : `已评${b.recorded}人`}
                      </Text>
                    </View>
                    <Text>{`正式党员${b.members}人${b.probationary > 0 ? `，预备党员${b.probationary}人（不评定等次）` : ''}`}</Text>
                    <Text>{countsLine(b.counts)}</Text>
                    {b.excellentOver ? <Text className="appraisal-due">⚠ 优秀超过正式党员的三分之一</Text> : null}
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
