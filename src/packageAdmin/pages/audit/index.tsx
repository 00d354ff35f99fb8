import type { AuditChoices, AuditEntry } from '@core/contract/org'
import { ORG_LIMITS } from '@core/contract/org-limits'
import { chinaDate, chinaParts, formatChinaClock, formatChinaDay } from '@core/dates'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { CheckList } from '@/components/CheckList'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Sheet } from '@/components/Sheet'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { AUDIT_GROUPS, AUDIT_KIND_LABELS, auditDomains } from '@core/audit-kinds'
import { Fold } from '@/fold/Fold'
import { reveal } from './reveal'
import './index.css'

const ALL = 'all'
const DOMAINS = auditDomains()
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
/** How many branches or people a picker lists before it asks for a name to look for. */
const PICK_SHOWN = 6

/** What the log is narrowed to: any of some groups of kinds (none: every kind); `all` is no narrowing. */
interface Filter {
  groups: string[]
  branchId: string
  actorId: string
}
const NO_FILTER: Filter = { groups: [], branchId: ALL, actorId: ALL }
const narrowed = (f: Filter) => f.groups.length > 0 || f.branchId !== ALL || f.actorId !== ALL

type ListInput = { groups?: string[]; branchId?: string; actorId?: string; before?: string; limit: number }

function inputOf(filter: Filter, before?: string): ListInput {
  const input: ListInput = { limit: ORG_LIMITS.auditPage }
  if (filter.groups.length > 0) input.groups = filter.groups
  if (filter.branchId !== ALL) input.branchId = filter.branchId
  if (filter.actorId !== ALL) input.actorId = filter.actorId
  if (before) input.before = before
  return input
}

/** The groups chosen in words: `请假`, `请假、通知`, `请假等3类`. */
function groupWords(groups: string[]): string | null {
  const labels = AUDIT_GROUPS.filter((g) => groups.includes(g.value)).map((g) => g.label)
  if (labels.length === 0) return null
  return labels.length <= 2 ? labels.join('、') : `${labels[0]}等${labels.length}类`
}

/** `全部记录`, or what is chosen: `请假 · 第一支部 · 甲书记`. */
function filterWords(filter: Filter, choices: AuditChoices | null): string {
  const words = [
    groupWords(filter.groups),
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

/**
 * One of many (a branch, a person) as a row saying what is chosen; a tap opens a search box and
 * the first few names that match, with 全部 first; a pick shuts it again.
 */
function SearchPick({
  label,
  all,
  options,
  value,
  onChange,
}: {
  label: string
  all: string
  options: Array<{ id: string; name: string }>
  value: string
  onChange: (id: string) => void
}) {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const root = useRef(null)
  // Opened low in the sheet, its box and names would sit under the fixed foot: bring them up.
  useEffect(() => {
    if (open) reveal(root.current)
  }, [open])
  const chosen = value === ALL ? all : (options.find((o) => o.id === value)?.name ?? all)
  const wanted = query.trim()
  const matches = wanted ? options.filter((o) => o.name.includes(wanted)) : options
  const pick = (id: string) => {
    onChange(id)
    setOpen(false)
    setQuery('')
  }
  return (
    <View ref={root} className="stack audit-pick">
      <View className="audit-filter" role="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <Text className="audit-filter__words">
          {label}：{chosen}
        </Text>
        <Text className="audit-filter__action">{open ? '收起 ▴' : '更改 ›'}</Text>
      </View>
      {open ? (
        <>
          {options.length > PICK_SHOWN ? (
            <Input
              className="ui-input"
              type="text"
              value={query}
              placeholder={`输入${label}名称查找`}
              onInput={(e) => setQuery(e.detail.value)}
            />
          ) : null}
          <ChoiceChips
            column
            options={[
              ...(wanted ? [] : [{ value: ALL, label: all }]),
              ...matches.slice(0, PICK_SHOWN).map((o) => ({ value: o.id, label: o.name })),
            ]}
            value={value}
            onChange={pick}
          />
          {matches.length > PICK_SHOWN ? (
            <Text className="text-secondary">还有{matches.length - PICK_SHOWN}个，请输入名称查找</Text>
          ) : null}
          {wanted && matches.length === 0 ? (
            <Text className="text-secondary">
              没有名称含“{wanted}”的{label}
            </Text>
          ) : null}
        </>
      ) : null}
    </View>
  )
}

/**
 * A domain that holds one group (党费): drawn as the other domains' headers are, so it never reads
 * as one more item of the open group above it; a tap ticks it, its state said in words.
 */
function SoleGroup({ label, on, onToggle }: { label: string; on: boolean; onToggle: () => void }) {
  return (
    <View className="month-fold">
      <View
        className={on ? 'month-fold__head month-fold__head--open' : 'month-fold__head'}
        role="checkbox"
        aria-checked={on}
        aria-label={label}
        onClick={onToggle}
      >
        <Text className="month-fold__title">{label}</Text>
        <Text className="month-fold__toggle">{on ? '✓ 已选' : '○ 未选'}</Text>
      </View>
    </View>
  )
}

/**
 * The sheet that narrows the log: kinds under a few folded domains (each saying how many are
 * ticked), then a branch and a person picked by name; 清除 and 确定 stay at its foot however
 * long it grows. One call when 确定 is tapped.
 */
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
  const toggle = (group: string) => {
    const on = draft.groups.includes(group)
    const groups = AUDIT_GROUPS.map((g) => g.value).filter((g) => (g === group ? !on : draft.groups.includes(g)))
    setDraft({ ...draft, groups })
  }
  return (
    <Sheet title="筛选记录">
      <Text className="audit-filter__label">类型（可多选，不选即全部类型）</Text>
      {DOMAINS.map((domain) => {
        const options = domain.groups.map((g) => ({ value: g.value, label: g.label }))
        // A domain of one group (党费, 名册) has nothing to fold: a header like the others, ticked itself.
        if (options.length === 1) {
          const [only] = options
          return (
            <SoleGroup
              key={domain.label}
              label={only.label}
              on={draft.groups.includes(only.value)}
              onToggle={() => toggle(only.value)}
            />
          )
        }
        const ticked = domain.groups.filter((g) => draft.groups.includes(g.value)).length
        return (
          <Fold
            key={domain.label}
            title={domain.label}
            summary={ticked > 0 ? `已选${ticked}项` : `共${options.length}项`}
            open={ticked > 0}
          >
            <CheckList options={options} values={draft.groups} onToggle={toggle} />
          </Fold>
        )
      })}
      <Text className="audit-filter__label">支部</Text>
      <SearchPick
        label="支部"
        all="全部支部"
        options={choices?.branches ?? []}
        value={draft.branchId}
        onChange={(branchId) => setDraft({ ...draft, branchId })}
      />
      <Text className="audit-filter__label">操作人</Text>
      <SearchPick
        label="操作人"
        all="全部人员"
        options={choices?.people ?? []}
        value={draft.actorId}
        onChange={(actorId) => setDraft({ ...draft, actorId })}
      />
      <View className="audit-filter__foot">
        <Button block onClick={onCancel}>
          取消
        </Button>
        <Button block onClick={() => setDraft(NO_FILTER)}>
          清除
        </Button>
        <Button kind="primary" block onClick={() => onApply(draft)}>
          确定
        </Button>
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
        <View className="audit-filter" role="button" onClick={() => setSheet(true)}>
          <Text className="audit-filter__words">筛选：{filterWords(filter, choices)}</Text>
          <Text className="audit-filter__action">{narrowed(filter) ? '更改 ›' : '选择 ›'}</Text>
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
