/**
 * Dues and study figures in words, the same sentence on 出勤总览, its drill-downs and the party
 * office's 首页 (core/attendance/figures.ts words the attendance itself).
 */
import type { DuesFigure, StudyFigure } from '../contract/attendance'
import { formatFen } from '../money'

export function duesWords(d: DuesFigure): string {
  if (!d.open) return d.paidFen > 0 ? `党费：未到收缴日（已预交${formatFen(d.paidFen)}元）` : '党费：未到收缴日'
  if (d.dueFen === 0) return '党费：没有应交'
  return `党费收缴率${d.ratePct === null ? '—' : `${d.ratePct.toFixed(1)}%`}（应交${formatFen(d.dueFen)}元，已交${formatFen(d.paidFen)}元）`
}

export function studyWords(s: StudyFigure): string {
  if (s.members === 0) return '学习记录：没有党员'
  return `有学习记录的党员占${s.sharePct ?? 0}%（${s.withRecord}/${s.members}人）`
}
