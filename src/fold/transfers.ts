/** How the 组织关系 lists (the branch's and the office's) fold their closed records by month. */
import type { TransferView } from '@core/contract/transfer'

/** The day a closed transfer closed: its 回执's day, else (withdrawn) the day it was asked for. */
export const closedOn = (t: TransferView): string => t.receipt?.receivedOn ?? t.requestedOn

/** Closed transfers newest first by the day each closed. */
export const newestClosedFirst = (done: TransferView[]): TransferView[] =>
  [...done].sort((a, b) => closedOn(b).localeCompare(closedOn(a)))

/** `回执已收到2人 · 已撤销1人`, in the states' own words. */
export function stateCounts(items: TransferView[]): string {
  const counts = new Map<string, number>()
  for (const t of items) counts.set(t.stateLabel, (counts.get(t.stateLabel) ?? 0) + 1)
  return [...counts].map(([label, n]) => `${label}${n}人`).join(' · ')
}
