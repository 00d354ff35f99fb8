/** Study documents as the screens see them. */
import type { ManagedReadingItem, ReadingItem, StudyEntry } from '../../../core/contract/study'
import type { ChinaMonth } from '../../../core/dates'
import { isEditableNow, periodCovers, periodLabel } from '../../../core/study'
import type { StudyCheckinDoc, StudyItemDoc } from './model'

export function toReadingItem(doc: StudyItemDoc, month: ChinaMonth): ReadingItem {
  return {
    id: doc._id,
    scope: doc.scope,
    title: doc.title,
    kind: doc.kind,
    link: doc.link,
    fileID: doc.fileID,
    period: doc.period,
    periodLabel: doc.period ? periodLabel(doc.period) : null,
    current: periodCovers(doc.period, month),
  }
}

export function toManagedItem(doc: StudyItemDoc, month: ChinaMonth, editable: boolean): ManagedReadingItem {
  return { ...toReadingItem(doc, month), editable }
}

/**
 * The reading list's order: bureau-wide before the branch's own; within each, the month's
 * themes (a period covering it), then items without a period, then other periods; then as
 * added. Never by how many studied an item.
 */
export function orderItems(docs: StudyItemDoc[], month: ChinaMonth): StudyItemDoc[] {
  const periodRank = (d: StudyItemDoc) => (d.period === null ? 1 : periodCovers(d.period, month) ? 0 : 2)
  const rank = (d: StudyItemDoc) => (d.scope === 'bureau' ? 0 : 3) + periodRank(d)
  return [...docs].sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt || a._id.localeCompare(b._id))
}

/** A check-in as its member sees it (read without its history; `version` > 1 means corrected). */
export function toEntry(doc: Omit<StudyCheckinDoc, 'history'>, now: number): StudyEntry {
  return {
    id: doc._id,
    day: doc.day,
    late: doc.late,
    itemId: doc.itemId,
    title: doc.title,
    kind: doc.kind,
    minutes: doc.minutes,
    reflection: doc.reflection,
    corrected: doc.version > 1,
    recordedAt: doc.createdAt,
    editable: doc.status === 'active' && isEditableNow(doc.createdAt, now),
    ...(doc.proxy ? { proxyName: doc.proxy.name } : {}),
  }
}
