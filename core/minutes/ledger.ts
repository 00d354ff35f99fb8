/**
 * How a meeting's 会议记录 stand, in the words of the 支部工作手册 the office exports: confirmed
 * (by whom, when), a draft, or not written at; each amendment on one line; and a branch's year
 * counted as meetings held and meetings whose minutes are confirmed.
 */
import type { ActivityType } from '../activity/types'
import { formatChinaDateTime } from '../dates'
import {
  MINUTES_FIELD_LABELS,
  MINUTES_STATUS_LABELS,
  takesMinutes,
  type MinutesField,
  type MinutesStatus,
} from './types'

export interface MinutesState {
  status: MinutesStatus
  updatedAt: number
  updatedByName: string
  confirmedAt: number | null
  confirmedByName: string | null
}

export const MINUTES_UNRECORDED = '未记录'

/** `已确认（甲书记，2026年3月7日 10:00）`, `草稿（未确认；…最后保存）` or `未记录（没有会议记录）`. */
export function minutesStateWords(m: MinutesState | null): string {
  if (m === null) return `${MINUTES_UNRECORDED}（没有会议记录）`
  if (m.status === 'confirmed') {
    const when = m.confirmedAt === null ? '' : `，${formatChinaDateTime(m.confirmedAt)}`
    return `${MINUTES_STATUS_LABELS.confirmed}（${m.confirmedByName ?? '—'}${when}）`
  }
  return `${MINUTES_STATUS_LABELS.draft}（未确认；${m.updatedByName}${formatChinaDateTime(m.updatedAt)}最后保存）`
}

/** `2026年3月8日 09:00 甲书记：补充决议（修改了：议题、决议事项）`. */
export function amendmentWords(a: { at: number; byName: string; reason: string; fields: MinutesField[] }): string {
  const fields = a.fields.map((f) => MINUTES_FIELD_LABELS[f]).join('、')
  return `${formatChinaDateTime(a.at)} ${a.byName}：${a.reason}（修改了：${fields || '无'}）`
}

export interface MinutesTally {
  /** Meetings that take minutes and have been held. */
  held: number
  /** Of those, the ones whose minutes are confirmed. */
  confirmed: number
}

export function minutesTally(
  activities: ReadonlyArray<{ type: ActivityType; held: boolean; minutesConfirmed: boolean }>,
): MinutesTally {
  const meetings = activities.filter((a) => a.held && takesMinutes(a.type))
  return { held: meetings.length, confirmed: meetings.filter((a) => a.minutesConfirmed).length }
}
