/** Words for attendance figures: the same sentences on every screen (core/attendance/figures.ts). */
export { figuresWords, makeupWords, memberFiguresWords, rateWords } from '@core/attendance/figures'
export { duesWords, studyWords } from '@core/attendance/words'

export const ABSENCE_LABELS = { absent: '缺席', onLeave: '请假', leavePending: '请假待批', present: '出席' } as const

/** `2026年3月` or `2026年全年`. */
export function periodWords(year: number, month: string | null): string {
  return month ? `${year}年${Number(month.slice(5))}月` : `${year}年全年`
}

export const shortMonth = (month: string): string => `${Number(month.slice(5))}月`
