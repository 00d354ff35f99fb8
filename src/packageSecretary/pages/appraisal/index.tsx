import { dayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import type { AppraisalRow, AppraisalSheet } from '@core/contract/appraisal'
import { APPRAISAL_GRADE_LABELS, APPRAISAL_GRADES, APPRAISAL_WORDS } from '@core/contract/appraisal'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Loading } from '@/components/Loading'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { GradeSheet } from './GradeSheet'
import './index.css'
import { messageDialog } from '@/services/dialog'

const monthWord = (month: string) => `${Number(month.slice(5, 7))}月`

/** Lines shown before 展开: the latest few; the rest one tap away, on the phone (no call). */
const FIRST_LINES = 3

function Facts({ row }: { row: AppraisalRow }) {
  const [all, setAll] = useState(false)
  if (row.missed.length === 0 && row.unpaidMonths.length === 0) {
    return <Text className="text-secondary">{APPRAISAL_WORDS.noFacts}</Text>
  }
  const unexcused = row.missed.filter((m) => m.reason === '未请假').length
  const latest = [...row.missed].reverse()
  const shown = all ? latest : latest.slice(0, FIRST_LINES)
  return (
    <View className="appraisal-facts">
      {row.missed.length > 0 ? (
        <Text>{`缺席组织生活${row.missed.length}次（${unexcused > 0 ? `未请假${unexcused}次` : '均已请假'}）`}</Text>
      ) : (
        <Text className="text-secondary">组织生活：全部参加</Text>
      )}
      {shown.map((m) => (
        <Text key={`${m.date}${m.title}`} className="appraisal-facts__line">
          {`${dayWords(m.date).slice(5)} ${m.title}：${m.reason}`}
        </Text>
      ))}
      {latest.length > FIRST_LINES ? (
        <Text className="appraisal-facts__more" onClick={() => setAll(!all)}>
          {all ? '收起' : `展开全部${latest.length}次 ›`}
        </Text>
      ) : null}
      <Text>
        {row.unpaidMonths.length > 0 ? `党费未交：${row.unpaidMonths.map(monthWord).join('、')}` : '党费：按月交纳'}
      </Text>
    </View>
  )
}

function GradeLine({ row }: { row: AppraisalRow }) {
  const g = row.grade
  if (row.probationary) return <Text className="text-secondary">{APPRAISAL_WORDS.probationary}</Text>
  if (!g) return null
  return (
    <View className="stack">
      {g.reason ? <Text>{`理由：${g.reason}`}</Text> : null}
      <Text className="text-secondary">{`${dayWords(g.decidedOn)}评定，${g.recordedByName}记录`}</Text>
      {g.rectification ? (
        <Text className={g.rectification.state === 'running' ? '' : 'appraisal-due'}>
          {`${g.rectification.state === 'running' ? '' : '⚠ '}${g.rectification.words}`}
        </Text>
      ) : null}
      {g.corrections.map((c) => (
        <Text key={c.at} className="text-secondary">{`已修改：原为${c.was}；${c.byName}：${c.reason}`}</Text>
      ))}
    </View>
  )
}

function GradeChip({ row }: { row: AppraisalRow }) {
  if (row.probationary) return <Text className="tag">预备党员</Text>
  const g = row.grade
  if (!g) return <Text className="status-chip">{APPRAISAL_WORDS.notYet}</Text>
  const warn = g.grade === 'basic' || g.grade === 'unqualified'
  return (
    <Text className={warn ? 'status-chip status-chip--danger' : 'status-chip status-chip--success'}>{g.label}</Text>
  )
}

function Summary({ sheet }: { sheet: AppraisalSheet }) {
  const { counts } = sheet
  return (
    <Card>
      <View className="stack">
        <Text className="page-subtitle">
          {counts.pending > 0 ? `还有${counts.pending}人未评定` : '全部正式党员已评定'}
        </Text>
        <View className="appraisal-counts">
          {APPRAISAL_GRADES.map((g) => (
            <Text key={g} className="appraisal-counts__item">{`${APPRAISAL_GRADE_LABELS[g]}${counts[g]}人`}</Text>
          ))}
        </View>
        {counts.probationary > 0 ? <Text>{`预备党员${counts.probationary}人：参加评议，不评定等次`}</Text> : null}
        {sheet.excellent.over ? (
          <Notice kind="error">{sheet.excellent.words}</Notice>
        ) : (
          <Text className="text-secondary">{sheet.excellent.words}</Text>
        )}
      </View>
    </Card>
  )
}

function Sheet({ sheet, onAnswer }: { sheet: AppraisalSheet; onAnswer: (next: AppraisalSheet) => void }) {
  const [editing, setEditing] = useState<string | null>(null)
  const row = sheet.rows.find((r) => r.memberId === editing)
  return (
    <>
      <Summary sheet={sheet} />
      <Text className="text-secondary">{APPRAISAL_WORDS.factsNote}</Text>
      {sheet.rows.map((r) => (
        <Card key={r.memberId}>
          <View className="stack">
            <View className="spread-row">
              <Text className="appraisal-name">{r.name}</Text>
              <GradeChip row={r} />
            </View>
            <GradeLine row={r} />
            <Facts row={r} />
            {r.probationary ? null : (
              <Button kind={r.grade ? 'plain' : 'primary'} onClick={() => setEditing(r.memberId)}>
                {r.grade ? '修改等次' : '评定等次'}
              </Button>
            )}
          </View>
        </Card>
      ))}
      {row ? (
        <GradeSheet
          sheet={sheet}
          row={row}
          onCancel={() => setEditing(null)}
          onAnswer={(next) => {
            setEditing(null)
            onAnswer(next)
            if (next.excellent.over && !sheet.excellent.over) {
              void messageDialog({ title: '请再斟酌', content: next.excellent.words })
            }
          }}
        />
      ) : null}
    </>
  )
}

/** 民主评议党员: the year's members, beside each only facts of organisational life; record grades, follow 限期改正. */
export default function AppraisalPage() {
  const params = useRouter().params
  const year = useRef<number | undefined>(Number(params.year) || undefined)
  const [chosen, setChosen] = useState(year.current)
  const screen = useScreen(() => callCloud('secretary', 'appraisal.sheet', { year: year.current }))
  return (
    <ScreenPage screen={screen} title="民主评议党员" subtitle={(sheet) => `${sheet.branch.name} · ${sheet.year}年度`}>
      {(sheet) => (
        <>
          <ChoiceChips
            options={sheet.years.slice(0, 2).map((y) => ({ value: String(y), label: `${y}年度` }))}
            value={String(chosen ?? sheet.year)}
            onChange={(value) => {
              year.current = Number(value)
              setChosen(year.current)
              void screen.reload()
            }}
          />
          {chosen !== undefined && sheet.year !== chosen ? (
            <Loading />
          ) : (
            <Sheet sheet={sheet} onAnswer={screen.replace} />
          )}
        </>
      )}
    </ScreenPage>
  )
}
