/** 民主评议党员's rules at their boundaries: the one-third guidance, 限期改正 and its reminder, years and dates. */
import {
  addMonths,
  countGrades,
  decidedOnProblem,
  excellentCheck,
  rectificationEnd,
  rectificationState,
  rectificationWords,
  reminderDue,
  reminderFrom,
  yearProblem,
  yearsOffered,
} from '../../core/appraisal/rules'
import { isGrade, needsReason, startsRectification } from '../../core/appraisal/types'
import { APPRAISAL_GRADE_LABELS } from '../../core/appraisal/labels'

describe('优秀 against one third of the full members evaluated', () => {
  it.each([
    [0, 0, 0, false],
    [1, 2, 0, true],
    [3, 9, 3, false],
    [4, 9, 3, true],
    [3, 10, 3, false],
    [4, 11, 3, true],
    [4, 12, 4, false],
    [5, 14, 4, true],
  ])('%i 优秀 of %i: limit %i, over %s', (excellent, evaluated, limit, over) => {
    expect(excellentCheck(excellent, evaluated)).toMatchObject({ limit, over })
  })

  it('says the count and the limit in words', () => {
    expect(excellentCheck(5, 14).words).toBe(
      '评为优秀5人，超过了参评正式党员14人的三分之一（一般不超过4人），请支部再斟酌',
    )
    expect(excellentCheck(4, 14).words).toBe('评为优秀4人；参评正式党员14人，三分之一为4人')
  })
})

describe('限期改正', () => {
  it('lasts a year from the decision; 29 February ends on 28 February', () => {
    expect(rectificationEnd('2026-01-10')).toBe('2027-01-10')
    expect(rectificationEnd('2028-02-29')).toBe('2029-02-28')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
  })

  it('reminds from 30 days before the end through the end day, never before or after', () => {
    expect(reminderFrom('2027-01-10')).toBe('2026-12-11')
    expect(reminderDue('2027-01-10', '2026-12-10')).toBe(false)
    expect(reminderDue('2027-01-10', '2026-12-11')).toBe(true)
    expect(reminderDue('2027-01-10', '2027-01-10')).toBe(true)
    expect(reminderDue('2027-01-10', '2027-01-11')).toBe(false)
  })

  it('shows its end on the row, with the days left once it is near', () => {
    expect(rectificationState('2027-01-10', '2026-12-10')).toBe('running')
    expect(rectificationWords('2027-01-10', '2026-12-10')).toBe('限期改正至2027年1月10日')
    expect(rectificationWords('2027-01-10', '2026-12-11')).toBe('限期改正至2027年1月10日（还有30天）')
    expect(rectificationWords('2027-01-10', '2027-01-10')).toBe('限期改正至2027年1月10日（今天到期）')
    expect(rectificationState('2027-01-10', '2027-01-11')).toBe('ended')
    expect(rectificationWords('2027-01-10', '2027-01-11')).toBe('限期改正已于2027年1月10日到期，请支部作出处置')
  })
})

describe('grades', () => {
  it('asks a reason for 基本合格 and 不合格 only; 不合格 alone starts 限期改正', () => {
    expect(needsReason('excellent')).toBe(false)
    expect(needsReason('qualified')).toBe(false)
    expect(needsReason('basic')).toBe(true)
    expect(needsReason('unqualified')).toBe(true)
    expect(startsRectification('basic')).toBe(false)
    expect(startsRectification('unqualified')).toBe(true)
  })

  it('knows the four grades and nothing else', () => {
    expect(Object.values(APPRAISAL_GRADE_LABELS)).toEqual(['优秀', '合格', '基本合格', '不合格'])
    expect(isGrade('excellent')).toBe(true)
    expect(isGrade('good')).toBe(false)
    expect(countGrades(['excellent', 'qualified', 'qualified', 'unqualified'])).toEqual({
      excellent: 1,
      qualified: 2,
      basic: 0,
      unqualified: 1,
    })
  })
})

describe('years and dates', () => {
  it('refuses a year in the future and one too far back', () => {
    expect(yearProblem(2027, 2026)).toBe('APPRAISAL.FUTURE_YEAR')
    expect(yearProblem(2026, 2026)).toBeNull()
    expect(yearProblem(2022, 2026)).toBeNull()
    expect(yearProblem(2021, 2026)).toBe('APPRAISAL.YEAR_TOO_OLD')
    expect(yearsOffered(2026)).toEqual([2026, 2025, 2024, 2023, 2022])
  })

  it('dates a decision within its year or later, never after today', () => {
    expect(decidedOnProblem('2026-11-18', 2026, '2026-11-18')).toBeNull()
    expect(decidedOnProblem('2026-11-19', 2026, '2026-11-18')).toBe('评定日期不能晚于今天')
    expect(decidedOnProblem('2025-12-31', 2026, '2026-11-18')).toBe('评定日期应在2026年1月1日或之后')
    expect(decidedOnProblem('2026-01-15', 2025, '2026-11-18')).toBeNull()
  })
})
