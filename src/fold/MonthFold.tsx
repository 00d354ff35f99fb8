import type { ReactNode } from 'react'
import { Fold } from './Fold'

/** `2026-10` → `10月` in the year of `current`, else `2025年10月`. */
export function monthWords(month: string, current: string): string {
  const m = `${Number(month.slice(5, 7))}月`
  return month.slice(0, 4) === current.slice(0, 4) ? m : `${month.slice(0, 4)}年${m}`
}

/** Items grouped by their month (`YYYY-MM`), in the order the items come in. */
export function byMonth<T>(items: T[], monthOf: (item: T) => string): Array<{ month: string; items: T[] }> {
  const groups: Array<{ month: string; items: T[] }> = []
  for (const item of items) {
    const month = monthOf(item)
    const last = groups.at(-1)
    if (last && last.month === month) last.items.push(item)
    else {
      const earlier = groups.find((g) => g.month === month)
      if (earlier) earlier.items.push(item)
      else groups.push({ month, items: [item] })
    }
  }
  return groups
}

/**
 * The month open at first: the current one, or when it has nothing, the latest before it (so a
 * screen never opens with every month shut); months ahead (dues paid in advance) stay shut.
 */
export function openMonth(months: string[], current: string): string | null {
  if (months.includes(current)) return current
  const earlier = months.filter((m) => m < current).sort()
  return earlier.at(-1) ?? null
}

export interface MonthFoldProps {
  month: string
  /** The month the screen stands in (China), which decides the year shown and what opens first. */
  current: string
  /** The month's figures in words: `已交32人 · 未交2人`. */
  summary?: string
  /** Open at first (see openMonth). */
  open?: boolean
  children: ReactNode
}

/**
 * A month of a long list under a header that says its figures (`10月 · 已交32人 · 未交2人`); a tap
 * opens or shuts it here on the phone, with no call to the cloud. Shut, its rows are not drawn.
 */
export function MonthFold({ month, current, summary, open = false, children }: MonthFoldProps) {
  return (
    <Fold title={monthWords(month, current)} summary={summary} open={open}>
      {children}
    </Fold>
  )
}

export interface MonthFoldsProps<T> {
  /** Newest first. */
  items: T[]
  /** `YYYY-MM` of an item. */
  monthOf: (item: T) => string
  current: string
  /** A month's figures in words. */
  summary: (items: T[]) => string
  /** One item's row (with its key). */
  row: (item: T) => ReactNode
  /** Every month shut at first (a part of the list nobody need look at). */
  shut?: boolean
}

/** Items folded month by month under MonthFold headers: the current month (else the latest) open, unless shut. */
export function MonthFolds<T>({ items, monthOf, current, summary, row, shut = false }: MonthFoldsProps<T>) {
  const groups = byMonth(items, monthOf)
  const opened = shut
    ? null
    : openMonth(
        groups.map((g) => g.month),
        current,
      )
  return (
    <>
      {groups.map((g) => (
        <MonthFold key={g.month} month={g.month} current={current} open={g.month === opened} summary={summary(g.items)}>
          {g.items.map(row)}
        </MonthFold>
      ))}
    </>
  )
}
