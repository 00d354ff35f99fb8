import { monthDayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CoverageRow, CoverageSheet } from '@core/contract/talk'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { SettingSheet } from './SettingSheet'
import './index.css'

/** One member's line: covered or not, what is missing in words; never what anyone said. */
function MemberRow({ row }: { row: CoverageRow }) {
  return (
    <View className="talk-row">
      <View className="spread-row">
        <Text className="talk-row__name">
          {row.name}
          <Text className="text-secondary">（{row.role}）</Text>
        </Text>
        <Text className={row.covered ? 'status-chip status-chip--success' : 'status-chip status-chip--warning'}>
          {row.covered ? '已谈完' : '未谈完'}
        </Text>
      </View>
      {row.missing ? <Text>还没谈：{row.missing}</Text> : null}
      <Text className="text-secondary">
        {row.talks > 0 ? `今年谈了${row.talks}次，最近一次${monthDayWords(row.lastDate ?? '')}` : '今年还没有谈话记录'}
      </Text>
    </View>
  )
}

function SheetBody({
  sheet,
  screen,
  branchId,
}: {
  sheet: CoverageSheet
  screen: Screen<CoverageSheet>
  branchId?: string
}) {
  const [editing, setEditing] = useState(false)
  const picking = useSubmit({ staysOnScreen: true })
  const query = { ...(branchId ? { branchId } : {}), year: sheet.year }
  const pickYear = (year: number) =>
    void picking.run(async () => screen.replace(await callCloud('secretary', 'talk.coverage', { ...query, year })))
  const notCovered = sheet.rows.filter((r) => !r.covered)
  const covered = sheet.rows.filter((r) => r.covered)
  return (
    <View className="stack">
      <ChoiceChips
        options={sheet.years.map((y) => ({ value: String(y), label: `${y}年` }))}
        value={String(sheet.year)}
        onChange={(y) => pickYear(Number(y))}
      />
      {picking.outcome ? <Notice kind="error">{picking.outcome.message}</Notice> : null}
      {sheet.nudge ? <Notice kind="info">{sheet.nudge}</Notice> : null}
      <Card>
        <Text className="page-title">已谈完 {sheet.figures.share}</Text>
        <Text className="text-secondary">
          {sheet.figures.counted - sheet.figures.covered > 0
            ? `还有${sheet.figures.counted - sheet.figures.covered}人没谈完；今年共记录谈话${sheet.talks}次`
            : `全部谈完；今年共记录谈话${sheet.talks}次`}
        </Text>
        {sheet.figures.perKind.map((k) => (
          <View key={k.kind} className="spread-row">
            <Text>{k.label}</Text>
            <Text>{k.share}</Text>
          </View>
        ))}
      </Card>
      {sheet.rows.length === 0 ? (
        <EmptyState title="支部名册里还没有党员" description="名册导入后，这里会列出每位党员今年的谈话情况。" />
      ) : null}
      {notCovered.length > 0 ? (
        <Section title={`没谈完的（${notCovered.length}人）`}>
          {notCovered.map((r) => (
            <MemberRow key={r.id} row={r} />
          ))}
        </Section>
      ) : null}
      {covered.length > 0 ? (
        <Section title={`已谈完的（${covered.length}人）`}>
          {covered.map((r) => (
            <MemberRow key={r.id} row={r} />
          ))}
        </Section>
      ) : null}
      <Section title="怎样算谈过">
        {sheet.rules
          .filter((r) => r.counted)
          .map((r) => (
            <Text key={r.kind}>
              {r.label}：{r.rule}。
            </Text>
          ))}
        <Text className="text-secondary">
          书记和支委按名册上的身份算“支委”，其他同志（含预备党员）算“党员”。谈话要点只有谈话双方能看到，这里不显示。
        </Text>
        <Text className="text-secondary">{sheet.source}</Text>
        <Button onClick={() => setEditing(true)}>修改计入的类别</Button>
      </Section>
      {editing ? (
        <SettingSheet
          sheet={sheet}
          query={query}
          onDone={(next) => {
            screen.replace(next)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </View>
  )
}

/** 支部管理 → 谈心谈话: per member covered or not this year, in words and figures; which kinds count. */
export default function TalkCoveragePage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'talk.coverage', branchId ? { branchId } : {}))
  return (
    <ScreenPage screen={screen} title={(s) => `${s.branchName}谈心谈话`} subtitle={(s) => `${s.year}年`}>
      {(sheet) => <SheetBody sheet={sheet} screen={screen} branchId={branchId} />}
    </ScreenPage>
  )
}
