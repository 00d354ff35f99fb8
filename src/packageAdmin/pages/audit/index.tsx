import type { AuditChoices, AuditEntry } from '@core/contract/org'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { chinaDate, chinaParts, formatChinaClock, formatChinaDay } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { AUDIT_KIND_LABELS } from '@core/audit-kinds'
import { ALL, FilterRow, FilterSheet, NO_FILTER, filterWords, narrowed, type Filter } from './FilterSheet'
import './index.css'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

type ListInput = { groups?: string[]; branchId?: string; actorId?: string; before?: string; limit: number }

function inputOf(filter: Filter, before?: string): ListInput {
  const input: ListInput = { limit: ORG_LIMITS.auditPage }
  if (filter.groups.length > 0) input.groups = filter.groups
  if (filter.branchId !== ALL) input.branchId = filter.branchId
  if (filter.actorId !== ALL) input.actorId = filter.actorId
  if (before) input.before = before
  return input
}

/** Entries under their China day, newest first as they come. */
function byDay(entries: AuditEntry[]): Array<{ day: string; words: string; entries: AuditEntry[] }> {
  const days: Array<{ day: string; words: string; entries: AuditEntry[] }> = []
  for (const entry of entries) {
    const day = chinaDate(entry.at)
    const last = days.at(-1)
    if (last && last.day === day) last.entries.push(entry)
    else
      days.push({
        day,
        words: `${formatChinaDay(entry.at)} ${WEEKDAYS[chinaParts(entry.at).weekday]}`,
        entries: [entry],
      })
  }
  return days
}

function EntryCard({ entry }: { entry: AuditEntry }) {
  return (
    <Card>
      <View className="audit-entry">
        <Text className="audit-entry__summary">{entry.summary}</Text>
        <Text className="text-secondary">
          {[AUDIT_KIND_LABELS[entry.kind] ?? '其他修改', entry.actorName, formatChinaClock(entry.at)].join(' · ')}
        </Text>
        {entry.lines.map((line) => (
          <Text key={line} className="audit-entry__change">
            {line}
          </Text>
        ))}
      </View>
    </Card>
  )
}

type More = { entries: AuditEntry[]; nextBefore: string | null }

/** One filter's log: the newest page on showing, older pages on 加载更多. */
function AuditList({ filter, onChoices }: { filter: Filter; onChoices: (choices: AuditChoices) => void }) {
  const screen = useScreen(() => callCloud('admin', 'audit.list', inputOf(filter)), {
    isEmpty: (page) => page.entries.length === 0,
  })
  const first = screen.status === 'ready' || screen.status === 'empty' ? screen.data : null
  const [more, setMore] = useState<More | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  // A fresh first page (shown again, pulled down) starts the list over, with what it can be narrowed to.
  useEffect(() => {
    setMore(null)
    if (first?.choices) onChoices(first.choices)
  }, [first, onChoices])

  const nextBefore = more ? more.nextBefore : (first?.nextBefore ?? null)
  const loadMore = async () => {
    if (nextBefore === null) return
    setLoadingMore(true)
    setProblem(null)
    try {
      const page = await callCloud('admin', 'audit.list', inputOf(filter, nextBefore))
      setMore((m) => ({ entries: [...(m?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }))
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <ScreenView
      screen={screen}
      empty={() =>
        narrowed(filter) ? (
          <EmptyState title="没有符合筛选的记录" description="点上面的“筛选”，换一个类型、支部或操作人。" />
        ) : (
          <EmptyState title="没有记录" description="书记和机关党委的每一次修改都会记在这里。" />
        )
      }
    >
      {(page) => (
        <View className="stack">
          {byDay([...page.entries, ...(more?.entries ?? [])]).map((day) => (
            <View key={day.day} className="stack">
              <Text className="audit-day">{day.words}</Text>
              {day.entries.map((entry) => (
                <EntryCard key={entry.id} entry={entry} />
              ))}
            </View>
          ))}
          {problem ? <Notice kind="error">{problem}</Notice> : null}
          {nextBefore !== null ? (
            <Button block loading={loadingMore} onClick={() => void loadMore()}>
              {loadingMore ? '正在加载…' : '加载更多'}
            </Button>
          ) : (
            <Text className="text-secondary">没有更早的记录了。</Text>
          )}
        </View>
      )}
    </ScreenView>
  )
}

/** 审计日志: every officer's change, newest first under its day, narrowed by kinds, branch and person. */
export default function AuditPage() {
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [choices, setChoices] = useState<AuditChoices | null>(null)
  const [sheet, setSheet] = useState(false)
  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">审计日志</Text>
        <Text className="page-subtitle">谁、在什么时候、改了什么。记录不能删除。</Text>
        <FilterRow
          words={`筛选：${filterWords(filter, choices)}`}
          action={narrowed(filter) ? '更改 ›' : '选择 ›'}
          onClick={() => setSheet(true)}
        />
        <AuditList key={JSON.stringify(filter)} filter={filter} onChoices={setChoices} />
      </View>
      {sheet ? (
        <FilterSheet
          filter={filter}
          choices={choices}
          onCancel={() => setSheet(false)}
          onApply={(next) => {
            setFilter(next)
            setSheet(false)
          }}
        />
      ) : null}
    </PageShell>
  )
}
