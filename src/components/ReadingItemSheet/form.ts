/** The reading-item form's values, and what changed against the item being edited. */
import type { ManagedReadingItem, StudyItemKind, StudyPeriod } from '@core/contract/study'

export interface ItemForm {
  title: string
  kind: StudyItemKind | null
  link: string
  fileID: string | null
  /** A name to show for a file chosen in this form. */
  fileName: string | null
  period: StudyPeriod | null
}

export interface ItemFields {
  title: string
  kind: StudyItemKind
  link: string | null
  fileID: string | null
  period: StudyPeriod | null
}

export type ItemChanges = Partial<ItemFields>

export function formOf(item?: ManagedReadingItem): ItemForm {
  return {
    title: item?.title ?? '',
    kind: item?.kind ?? null,
    link: item?.link ?? '',
    fileID: item?.fileID ?? null,
    fileName: null,
    period: item?.period ?? null,
  }
}

/** The quarter a month is in: the usual period of a 专题 (this quarter's theme). */
export function quarterOf(month: string): StudyPeriod {
  const [year, m] = month.split('-').map(Number)
  const first = m - ((m - 1) % 3)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + 2)}` }
}

/** The form as the action's fields; null when no kind is chosen yet. */
export function fieldsOf(form: ItemForm): ItemFields | null {
  if (!form.kind) return null
  const link = form.link.trim()
  return { title: form.title.trim(), kind: form.kind, link: link || null, fileID: form.fileID, period: form.period }
}

const samePeriod = (a: StudyPeriod | null, b: StudyPeriod | null) =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to)

/** Only what differs from the item (null clears a link, file or period). */
export function changesOf(item: ManagedReadingItem, fields: ItemFields): ItemChanges {
  const changes: ItemChanges = {}
  if (fields.title !== item.title) changes.title = fields.title
  if (fields.kind !== item.kind) changes.kind = fields.kind
  if (fields.link !== item.link) changes.link = fields.link
  if (fields.fileID !== item.fileID) changes.fileID = fields.fileID
  if (!samePeriod(fields.period, item.period)) changes.period = fields.period
  return changes
}
