import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { PartyStats, StatsFigure } from '@core/contract/transfer'
import { Button } from '@/components/Button'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { openExport } from '../../services/open-export'
import '../transfers/index.css'

function FigureRow({ figure, open, onToggle }: { figure: StatsFigure; open: boolean; onToggle: () => void }) {
  return (
    <View className="office-row">
      <View className="spread-row" onClick={onToggle}>
        <Text className="office-row__name">{figure.label}</Text>
        <Text className="office-row__name">
          {figure.value}
          {figure.unit}
          {figure.names.length > 0 ? (open ? ' ▲' : ' ▼') : ''}
        </Text>
      </View>
      {open ? (
        figure.names.length === 0 ? (
          <Text className="text-secondary">没有</Text>
        ) : (
          <Text>{figure.names.map((n) => (n.branchName ? `${n.name}（${n.branchName}）` : n.name)).join('、')}</Text>
        )
      ) : null}
    </View>
  )
}

function Body({ stats, screen }: { stats: PartyStats; screen: Screen<PartyStats> }) {
  const [open, setOpen] = useState<string | null>(null)
  const tap = useSubmit({ staysOnScreen: true })
  const pickYear = (year: number) =>
    void tap.run(async () => screen.replace(await callCloud('admin', 'stats.year', { year })))
  const exportBook = () =>
    void tap.run(async () => openExport(await callCloud('admin', 'stats.export', { year: stats.year })))
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      <ChoiceChips
        options={stats.years.map((y) => ({ value: String(y), label: `${y}年` }))}
        value={String(stats.year)}
        onChange={(y) => pickYear(Number(y))}
      />
      <Text className="text-secondary">{stats.countedOn}。点一项可看名单。</Text>
      {stats.sections.map((section) => (
        <Section key={section.title} title={section.title}>
          {section.figures.map((f) => (
            <FigureRow
              key={f.key}
              figure={f}
              open={open === f.key}
              onToggle={() => setOpen(open === f.key ? null : f.key)}
            />
          ))}
        </Section>
      ))}
      <Section title="增减核对（年初＋增加－减少＝年末）">
        {stats.balance.map((line) =>
          line.ok ? (
            <Text key={line.key}>{line.words}</Text>
          ) : (
            <Notice key={line.key} kind="error">
              {line.words}
            </Notice>
          ),
        )}
      </Section>
      {stats.notes.map((note) => (
        <Text key={note} className="text-secondary">
          {note}
        </Text>
      ))}
      <Button kind="primary" block loading={tap.busy} onClick={exportBook}>
        {`导出${stats.year}年党内统计（Excel）`}
      </Button>
    </View>
  )
}

/** 党内统计 for a year, counted from the records; every figure opens to its names. */
export default function StatsScreen() {
  const screen = useScreen(() => callCloud('admin', 'stats.year', {}))
  return (
    <ScreenPage screen={screen} title={(s) => `${s.year}年党内统计`} subtitle={() => '全机关，按系统记录统计'}>
      {(stats) => <Body stats={stats} screen={screen} />}
    </ScreenPage>
  )
}
