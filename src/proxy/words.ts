/** How 代为记录 is put into words on members' and officers' screens. */
import type { ProxyRelation } from '@core/contract/proxy'
import { formatChinaDay } from '@core/dates'

// Kept here rather than imported from core/contract/proxy, whose schemas would follow the labels.
export const RELATION_LABELS: Record<ProxyRelation, string> = { family: '家属', committee: '支委' }

/** `家属（女儿）` */
export function relationText(relation: ProxyRelation, note: string): string {
  return note ? `${RELATION_LABELS[relation]}（${note}）` : RELATION_LABELS[relation]
}

/** `张三于2026年3月6日授权` */
export const grantedText = (byName: string, at: number): string => `${byName}于${formatChinaDay(at)}授权`
