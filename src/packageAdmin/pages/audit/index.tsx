import type { AuditChoices, AuditEntry } from '@core/contract/org'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { chinaDate, chinaParts, formatChinaClock, formatChinaDay } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Sheet } from '@/components/Sheet'
import { SheetActions } from '@/components/SheetActions'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { AUDIT_GROUPS, AUDIT_KIND_LABELS } from '@core/audit-kinds'
import './index.css'

const ALL = 'all'
const KINDS: Choice<string>[] = [
  { value: ALL, label: '全部类型' },
  ...AUDIT_GROUPS.map((g) => ({ value: g.value, label: g.label })),
]
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** What the log is narrowed to; `all` is no narrowing. */
interface Filter {
  group: string
  branchId: string
  actorId: string
}
const NO_FILTER: Filter = { group: ALL, branchId: ALL, actorId: ALL }

type ListInput = { group?: string; branchId?: string; actorId?: string; before?: string; limit: number }

function inputOf(filter: Filter, before?: string): ListInput {
  const input: ListInput = { limit: ORG_LIMITS.auditPage }
  if (filter.group !== ALL) input.group = filter.group
  if (filter.branchId !== ALL) input.branchId = filter.branchId
  if (filter.actorId !== ALL) input.actorId = filter.actorId
  if (before) input.before = before
  return input
}

/** `全部记录`, or what is chosen: `请假 · 第一支部 · 甲书记`. */
function filterWords(filter: Filter, choices: AuditChoices | null): string {
  const words = [
    filter.group === ALL ? null : (KINDS.find((k) => k.value === filter.group)?.label ?? null),
    filter.branchId === ALL ? null : (choices?.branches.find((b) => b.id === filter.branchId)?.name ?? '所选支部'),
    filter.actorId === ALL ? null : (choices?.people.find((p) => p.id === filter.actorId)?.name ?? '所选人员'),
  ].filter((w): w is string => w !== null)
  return words.length > 0 ? words.join(' · ') : '全部记录'
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

/** The sheet that narrows the log: by kind, by branch, by person; one call when 查看 is tapped. */
function FilterSheet({
  filter,
  choices,
  onApply,
  onCancel,
}: {
  filter: Filter
  choices: AuditChoices | null
  onApply: (filter: Filter) => void
  onCancel: () => void
}) {
  const [draft, setDraft] = useState(filter)
  const branches: Choice<string>[] = [
    { value: ALL, label: '全部支部' },
    ...(choices?.branches ?? []).map((b) => ({ value: b.id, label: b.name })),
  ]
  const people: Choice<string>[] = [
    { value: ALL, label: '全部人员' },
    ...(choices?.people ?? []).map((p) => ({ value: p.id, label: p.name })),
  ]
  return (
    <Sheet title="筛选记录">
      <View className="stack">
        <Text className="audit-filter__label">类型</Text>
        <ChoiceChips options={KINDS} value={draft.group} onChange={(group) => setDraft({ ...draft, group })} />
        <Text className="audit-filter__label">支部</Text>
        <ChoiceChips
          options={branches}
          value={draft.branchId}
          onChange={(branchId) => setDraft({ ...draft, branchId })}
        />
        <Text className="audit-filter__label">操作人</Text>
        <ChoiceChips options={people} value={draft.actorId} onChange={(actorId) => setDraft({ ...draft, actorId })} />
        <Button block onClick={() => setDraft(NO_FILTER)}>
          清除筛选
        </Button>
        <SheetActions submitText="查看记录" busy={false} onSubmit={() => onApply(draft)} onCancel={onCancel} />
      </View>
    </Sheet>
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
        filter.group !== ALL || filter.branchId !== ALL || filter.actorId !== ALL ? (
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

/** 审计日志: every officer's change, newest first under its day, narrowed by kind, branch and person. */
export default function AuditPage() {
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [choices, setChoices] = useState<AuditChoices | null>(null)
  const [sheet, setSheet] = useState(false)
  const narrowed = filter.group !== ALL || filter.branchId !== ALL || filter.actorId !== ALL
  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">审计日志</Text>
        <Text className="page-subtitle">谁、在什么时候、改了什么。记录不能删除。</Text>
        <View className="audit-filter" role="button" onClick={() => setSheet(true)}>
          <Text className="audit-filter__words">筛选：{filterWords(filter, choices)}</Text>
          <Text className="audit-filter__action">{narrowed ? '更改 ›' : '选择 ›'}</Text>
        </View>
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
