/** How the study screens put reading-list items and entries into words, with marks beside colour. */
import type { ReadingItem, StudyEntry } from '@core/contract/study'
import { STUDY_KIND_LABELS } from '@core/contract/study-labels'
import { minutesText } from './days'

export { STUDY_KIND_LABELS }

/** `书籍 · 2026年第一季度（本期）` — what an item is and when it is meant for. */
export function itemMeta(item: Pick<ReadingItem, 'kind' | 'periodLabel' | 'current'>): string {
  const parts: string[] = [STUDY_KIND_LABELS[item.kind]]
  if (item.periodLabel) parts.push(item.current ? `${item.periodLabel}（本期）` : item.periodLabel)
  return parts.join(' · ')
}

/** Who keeps the item, for officers. */
export function scopeText(item: Pick<ReadingItem, 'scope'>): string {
  return item.scope === 'bureau' ? '机关党委下发' : '本支部'
}

/** `书目 · 学习30分钟 · 补记 · 已修改` */
export function entryMeta(entry: StudyEntry): string {
  const parts: string[] = [entry.kind ? STUDY_KIND_LABELS[entry.kind] : '自己填写']
  if (entry.minutes) parts.push(`学习${minutesText(entry.minutes)}`)
  if (entry.late) parts.push('补记')
  if (entry.corrected) parts.push('已修改')
  if (entry.proxyName) parts.push(`由${entry.proxyName}代记`)
  return parts.join(' · ')
}
