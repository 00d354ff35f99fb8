/**
 * The rules of 民主评议党员 as pure functions (sources in ./types.ts): the one-third guidance on
 * 优秀, the 限期改正 period and its reminder, and which years and dates a grade may carry.
 */
import { APPRAISAL_LIMITS } from './limits'
import { APPRAISAL_GRADES, type AppraisalGrade } from './types'

/** Calendar arithmetic on day strings, from core/dates (one definition for the product). */
import {
  addChinaDays as addDays,
  addMonthsToDay as addMonths,
  chinaDaysBetween as daysBetween,
  dayWords,
} from '../dates'
export { addDays, addMonths, daysBetween }

export interface ExcellentCheck {
  excellent: number
  /** Full members on the year's sheet (预备党员 are not graded and do not count). */
  evaluated: number
  /** The most 优秀 within one third. */
  limit: number
  over: boolean
  words: string
}

/** 优秀 “一般不超过党员总数的三分之一”: a warning when more, never a refusal. */
export function excellentCheck(excellent: number, evaluated: number): ExcellentCheck {
  const limit = Math.floor(evaluated / APPRAISAL_LIMITS.excellentOneIn)
  const over = excellent * APPRAISAL_LIMITS.excellentOneIn > evaluated
  const words = over
    ? `评为优秀${excellent}人，超过了参评正式党员${evaluated}人的三分之一（一般不超过${limit}人），请支部再斟酌`
    : `评为优秀${excellent}人；参评正式党员${evaluated}人，三分之一为${limit}人`
  return { excellent, evaluated, limit, over, words }
}

/** 限期改正 ends a year (normally) after the decision. */
export function rectificationEnd(decidedOn: string): string {
  return addMonths(decidedOn, APPRAISAL_LIMITS.rectificationMonths)
}

/** The first day the secretary is reminded: a month (30 days) before the end. */
export function reminderFrom(endsOn: string): string {
  return addDays(endsOn, -APPRAISAL_LIMITS.remindDaysBefore)
}

/** Whether the reminder is due today: from a month before the end up to the end day itself. */
export function reminderDue(endsOn: string, today: string): boolean {
  return today >= reminderFrom(endsOn) && today <= endsOn
}

export type RectificationState = 'running' | 'endingSoon' | 'ended'

export function rectificationState(endsOn: string, today: string): RectificationState {
  if (today > endsOn) return 'ended'
  return today >= reminderFrom(endsOn) ? 'endingSoon' : 'running'
}

/** The line on the member's row. */
export function rectificationWords(endsOn: string, today: string): string {
  switch (rectificationState(endsOn, today)) {
    case 'ended':
      return `限期改正已于${dayWords(endsOn)}到期，请支部作出处置`
    case 'endingSoon': {
      const left = daysBetween(today, endsOn)
      return `限期改正至${dayWords(endsOn)}（${left === 0 ? '今天到期' : `还有${left}天`}）`
    }
    case 'running':
      return `限期改正至${dayWords(endsOn)}`
  }
}

/** Why a year cannot be appraised, as an error code; null when it can. */
export function yearProblem(
  year: number,
  currentYear: number,
): 'APPRAISAL.FUTURE_YEAR' | 'APPRAISAL.YEAR_TOO_OLD' | null {
  if (year > currentYear) return 'APPRAISAL.FUTURE_YEAR'
  if (year <= currentYear - APPRAISAL_LIMITS.yearsBack) return 'APPRAISAL.YEAR_TOO_OLD'
  return null
}

/** The years the sheet offers, newest first. */
export function yearsOffered(currentYear: number): number[] {
  return Array.from({ length: APPRAISAL_LIMITS.yearsBack }, (_, i) => currentYear - i)
}

/** A decision for a year is dated within that year or later, and never after today. */
export function decidedOnProblem(decidedOn: string, year: number, today: string): string | null {
  if (decidedOn > today) return '评定日期不能晚于今天'
  if (decidedOn < `${year}-01-01`) return `评定日期应在${year}年1月1日或之后`
  return null
}

export type GradeCounts = Record<AppraisalGrade, number>

export function countGrades(grades: AppraisalGrade[]): GradeCounts {
  const counts = Object.fromEntries(APPRAISAL_GRADES.map((g) => [g, 0])) as GradeCounts
  for (const g of grades) counts[g] += 1
  return counts
}
