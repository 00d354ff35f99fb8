/** Words for attendance figures: the same sentences on every screen (core/attendance/figures.ts). */
import type { DuesFigure, StudyFigure } from '@core/contract/attendance'
import { formatFen } from '@core/money'

export { figuresWords, makeupWords, rateWords } from '@core/attendance/figures'

export const ABSENCE_LABELS = { absent: '缺席', onLeave: '请假', leavePending: '请假待批', present: '出席' } as const

export function duesWords(d: DuesFigure): string {
  if (!d.open) return d.paidFen > 0 ? `党费：未到收缴日（已预交${formatFen(d.paidFen)}元）` : '党费：未到收缴日'
  if (d.dueFen === 0) return '党费：没有应交'
  return `党费收缴率${d.ratePct === null ? '—' : `${d.ratePct.toFixed(1)}%`}（应交${formatFen(d.dueFen)}元，已交${formatFen(d.paidFen)}元）`
}

export function studyWords(s: StudyFigure): string {
  if (s.members === 0) return '学习记录：没有党员'
  return `有学习记录的党员占${s.sharePct ?? 0}%（${s.withRecord}/${s.members}人）`
}

/** `2026年3月` or `2026年全年`. */
export function periodWords(year: number, month: string | null): string {
  return month ? `${year}年${Number(month.slice(5))}月` : `${year}年全年`
}

export const shortMonth = (month: string): string => `${Number(month.slice(5))}月`

/** `3月6日`. */
export const dayLabel = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
