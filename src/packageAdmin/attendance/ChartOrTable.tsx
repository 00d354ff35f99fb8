import type { AttendanceFigures } from '@core/contract/attendance'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceChips } from '@/components/ChoiceChips'
import { useDisplay } from '@/display/prefs'
import { RateChart } from '../components/RateChart'
import { rateWords } from './words'
import './index.css'

export interface FiguresRow {
  label: string
  /** A shorter label under the bar (`3` for 3月), where twelve would not fit. */
  axisLabel?: string
  figures: AttendanceFigures
}

export interface ChartOrTableProps {
  rows: FiguresRow[]
  /** Horizontal bars, for long labels such as branch names. */
  transposed?: boolean
}

/**
 * A chart of attendance rates with every figure written beside it, or — one tap — the same
 * figures as a table. Colour is never the only signal: each bar's rate is in the text.
 */
export function ChartOrTable({ rows, transposed = false }: ChartOrTableProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const { prefs, rootPx } = useDisplay()
  // 长辈版 at 特大/超大: a phone's width leaves a chart, or a six-column table, too little room for
  // its labels: each row's name on a line of its own, its figures in words under it.
  if (prefs.elder && prefs.level >= 1) {
    return (
      <View className="att-figures">
        {rows.map((r) => (
          <View key={r.label} className="att-rule">
            <Text className="att-person__name">{r.label}</Text>
            <View className="att-legend">
              <Text>应到{r.figures.expected}人</Text>
              <Text>实到{r.figures.present}人</Text>
              <Text>请假{r.figures.onLeave + r.figures.leavePending}人</Text>
              <Text>缺席{r.figures.absent}人</Text>
              <Text>出勤率{r.figures.expected > 0 ? rateWords(r.figures.ratePct) : '—'}</Text>
            </View>
          </View>
        ))}
      </View>
    )
  }
  return (
    <View className="stack">
      <ChoiceChips
        options={[
          { value: 'chart', label: '图表' },
          { value: 'table', label: '表格' },
        ]}
        value={view}
        onChange={setView}
      />
      {view === 'chart' ? (
        <>
          <RateChart
            points={rows.map((r) => ({ label: r.axisLabel ?? r.label, ratePct: r.figures.ratePct }))}
            fontSize={rootPx}
            transposed={transposed}
          />
          <View className="att-legend">
            {rows.map((r) => (
              <Text key={r.label} className="att-legend__item">
                {r.label}：{r.figures.expected > 0 ? rateWords(r.figures.ratePct) : '未举行'}
              </Text>
            ))}
          </View>
        </>
      ) : (
        <View className="att-table">
          <View className="att-table__row att-table__row--head">
            {['', '应到', '实到', '请假', '缺席', '出勤率'].map((h) => (
              <Text key={h} className="att-table__cell">
                {h}
              </Text>
            ))}
          </View>
          {rows.map((r) => (
            <View key={r.label} className="att-table__row">
              <Text className="att-table__cell att-table__cell--label">{r.label}</Text>
              <Text className="att-table__cell">{r.figures.expected}</Text>
              <Text className="att-table__cell">{r.figures.present}</Text>
              <Text className="att-table__cell">{r.figures.onLeave + r.figures.leavePending}</Text>
              <Text className="att-table__cell">{r.figures.absent}</Text>
              <Text className="att-table__cell">{r.figures.expected > 0 ? rateWords(r.figures.ratePct) : '—'}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
