import type { AuditChoices } from '@core/contract/org'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { CheckList } from '@/components/CheckList'
import { ChoiceChips } from '@/components/ChoiceChips'
import { Sheet } from '@/components/Sheet'
import { AUDIT_GROUPS, auditDomains } from '@core/audit-kinds'
import { Fold } from '@/fold/Fold'
import { reveal } from './reveal'

/** A picker's `全部`: no narrowing by it. */
export const ALL = 'all'
const DOMAINS = auditDomains()
/** How many branches or people a picker lists before it asks for a name to look for. */
const PICK_SHOWN = 6

/** What the log is narrowed to: any of some groups of kinds (none: every kind); `all` is no narrowing. */
export interface Filter {
  groups: string[]
  branchId: string
  actorId: string
}
export const NO_FILTER: Filter = { groups: [], branchId: ALL, actorId: ALL }
export const narrowed = (f: Filter) => f.groups.length > 0 || f.branchId !== ALL || f.actorId !== ALL

/** The two pickers of one (a branch, a person): the filter's field, its words, and where its names come from. */
const PICKERS = [
  { key: 'branchId', label: '支部', all: '全部支部', unknown: '所选支部', of: (c: AuditChoices) => c.branches },
  { key: 'actorId', label: '操作人', all: '全部人员', unknown: '所选人员', of: (c: AuditChoices) => c.people },
] as const

/** The groups chosen in words: `请假`, `请假、通知`, `请假等3类`. */
function groupWords(groups: string[]): string | null {
  const labels = AUDIT_GROUPS.filter((g) => groups.includes(g.value)).map((g) => g.label)
  if (labels.length === 0) return null
  return labels.length <= 2 ? labels.join('、') : `${labels[0]}等${labels.length}类`
}

/** `全部记录`, or what is chosen: `请假 · 第一支部 · 甲书记`. */
export function filterWords(filter: Filter, choices: AuditChoices | null): string {
  const words = [
    groupWords(filter.groups),
    ...PICKERS.map((p) => {
      const id = filter[p.key]
      return id === ALL ? null : ((choices ? p.of(choices).find((o) => o.id === id)?.name : undefined) ?? p.unknown)
    }),
  ].filter((w): w is string => w !== null)
  return words.length > 0 ? words.join(' · ') : '全部记录'
}

/** A row saying what is chosen, and a tap to change it (`expanded`: it opens in place, and is open). */
export function FilterRow({
  words,
  action,
  expanded,
  onClick,
}: {
  words: string
  action: string
  expanded?: boolean
  onClick: () => void
}) {
  return (
    <View className="audit-filter" role="button" aria-expanded={expanded} onClick={onClick}>
      <Text className="audit-filter__words">{words}</Text>
      <Text className="audit-filter__action">{action}</Text>
    </View>
  )
}

/**
 * One of many (a branch, a person) under its heading, as a row saying what is chosen; a tap opens
 * a search box and the first few names that match, with 全部 first; a pick shuts it again.
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
  options: ReadonlyArray<{ id: string; name: string }>
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
    <>
      <Text className="audit-filter__label">{label}</Text>
      <View ref={root} className="stack audit-pick">
        <FilterRow
          words={`${label}：${chosen}`}
          action={open ? '收起 ▴' : '更改 ›'}
          expanded={open}
          onClick={() => setOpen(!open)}
        />
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
    </>
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
export function FilterSheet({
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
      {PICKERS.map((p) => (
        <SearchPick
          key={p.key}
          label={p.label}
          all={p.all}
          options={choices ? p.of(choices) : []}
          value={draft[p.key]}
          onChange={(id) => setDraft({ ...draft, [p.key]: id })}
        />
      ))}
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
