/** 党员发展 rules (core/develop/rules.ts) at every boundary: the day before and the day a period ends. */
import {
  courseProblem,
  deadlinesOf,
  dueThisMonth,
  earliestFor,
  extensionProblem,
  fullSince,
  nextStep,
  probationEnd,
  remindersDue,
  stageOf,
  stepProblem,
} from '../../core/develop/rules'
import { DEVELOP_STEP_KEYS, type DevelopRecord, type DevelopStep } from '../../core/develop/types'

const TODAY = '2030-01-01'
const rec = (steps: Partial<Record<DevelopStep, string>>, reviews: string[] = [], ext: number | null = null) =>
  ({ steps, reviews, extensionMonths: ext }) satisfies DevelopRecord

/** Every step up to (not including) `until`, dated `day`. */
function upTo(until: DevelopStep, day = '2024-01-10'): Partial<Record<DevelopStep, string>> {
  const out: Partial<Record<DevelopStep, string>> = {}
  for (const k of DEVELOP_STEP_KEYS) {
    if (k === until) break
    out[k] = day
  }
  return out
}

describe('the 25 steps in order', () => {
  it('lists 25 steps in 5 stages and walks them in order', () => {
    expect(DEVELOP_STEP_KEYS).toHaveLength(25)
    expect(nextStep(rec({}))).toBe('apply')
    expect(nextStep(rec({ apply: '2024-01-01' }))).toBe('talk')
    expect(nextStep(rec(upTo('archive')))).toBe('archive')
    expect(nextStep(rec({ ...upTo('archive'), archive: '2024-01-10' }))).toBeNull()
  })

  it('tells the stage from the latest step', () => {
    expect(stageOf(rec({ apply: '2024-01-01' }))).toBe('applicant')
    expect(stageOf(rec(upTo('contacts')))).toBe('activist')
    expect(stageOf(rec(upTo('sponsors')))).toBe('candidate')
    expect(stageOf(rec(upTo('approval')))).toBe('admission')
    expect(stageOf(rec(upTo('fullVote')))).toBe('probation')
  })

  it('refuses a skipped step, naming the one to record first', () => {
    const p = stepProblem(rec({ apply: '2024-01-01' }), 'activist', '2024-02-01', TODAY, 'branch')
    expect(p?.code).toBe('DEVELOP.OUT_OF_ORDER')
    expect(p?.message).toContain('派人谈话')
  })

  it('refuses a step twice, and a day in the future (today is fine)', () => {
    const r = rec({ apply: '2024-01-01', talk: '2024-01-15' })
    expect(stepProblem(r, 'talk', '2024-01-20', TODAY, 'branch')?.code).toBe('DEVELOP.ALREADY_RECORDED')
    expect(stepProblem(rec({}), 'apply', '2030-01-02', TODAY, 'branch')?.code).toBe('DEVELOP.FUTURE')
    expect(stepProblem(rec({}), 'apply', TODAY, TODAY, 'branch')).toBeNull()
  })

  it('keeps 备案, 预审 and 审批 for the office', () => {
    const r = rec(upTo('activistFiling'))
    const p = stepProblem(r, 'activistFiling', '2024-01-10', TODAY, 'branch')
    expect(p?.code).toBe('DEVELOP.OFFICE_STEP')
    expect(stepProblem(r, 'activistFiling', '2024-01-10', TODAY, 'office')).toBeNull()
  })

  it('never dates a step before the one before it (same day is fine)', () => {
    const r = rec({ apply: '2024-03-10' })
    expect(stepProblem(r, 'talk', '2024-03-09', TODAY, 'branch')?.code).toBe('DEVELOP.TOO_EARLY')
    expect(stepProblem(r, 'talk', '2024-03-10', TODAY, 'branch')).toBeNull()
  })
})

describe('one year as 积极分子 (细则第十三条) with two half-year reviews (第十一条)', () => {
  const base = { ...upTo('activist', '2024-03-01'), activist: '2024-03-15' }
  const r = rec({ ...base, activistFiling: '2024-03-20', contacts: '2024-03-20', training: '2024-09-10' }, [
    '2024-09-10',
    '2025-03-01',
  ])
  it('the day before the year is up is refused, the day it is up is accepted', () => {
    const p = stepProblem(r, 'candidate', '2025-03-14', TODAY, 'branch')
    expect(p?.code).toBe('DEVELOP.TOO_EARLY')
    expect(p?.message).toContain('2025年3月15日')
    expect(p?.message).toContain('第十三条')
    expect(stepProblem(r, 'candidate', '2025-03-15', TODAY, 'branch')).toBeNull()
  })
  it('a leap day: an 积极分子 from 29 February 2024 may become a 发展对象 on 28 February 2025', () => {
    const leap = rec({ ...r.steps, activist: '2024-02-29' }, r.reviews)
    expect(earliestFor(leap, 'candidate')?.day).toBe('2025-02-28')
    expect(stepProblem(leap, 'candidate', '2025-02-27', TODAY, 'branch')?.code).toBe('DEVELOP.TOO_EARLY')
  })
  it('wants two reviews; a further review is allowed until then, not before the last', () => {
    const one = rec(r.steps, ['2024-09-10'])
    expect(stepProblem(one, 'candidate', '2025-03-20', TODAY, 'branch')?.code).toBe('DEVELOP.REVIEWS_NEEDED')
    expect(stepProblem(one, 'training', '2025-03-01', TODAY, 'branch')).toBeNull()
    expect(stepProblem(one, 'training', '2024-09-09', TODAY, 'branch')?.code).toBe('DEVELOP.TOO_EARLY')
  })
})

describe('集中培训 (细则第十七条)', () => {
  it('3 days or 24 学时 is enough; 2 days and 23 学时 is not', () => {
    expect(courseProblem(3, 0)).toBeNull()
    expect(courseProblem(0, 24)).toBeNull()
    expect(courseProblem(2, 23)?.code).toBe('DEVELOP.COURSE_SHORT')
  })
})

describe('the 预备期 (党章第七条, 细则第三十条)', () => {
  const admitted = { ...upTo('admissionVote', '2025-06-01'), admissionVote: '2025-06-20' }
  it('ends a year after the vote; 转正 may be discussed from that day, not the day before', () => {
    const r = rec({
      ...admitted,
      ...upTo('fullVote', '2025-06-20'),
      admissionVote: '2025-06-20',
      fullApplication: '2026-05-20',
    })
    expect(probationEnd(r)).toBe('2026-06-20')
    expect(stepProblem(r, 'fullVote', '2026-06-19', TODAY, 'branch')?.code).toBe('DEVELOP.TOO_EARLY')
    expect(stepProblem(r, 'fullVote', '2026-06-20', TODAY, 'branch')).toBeNull()
    expect(fullSince({ ...r, steps: { ...r.steps, fullVote: '2026-06-25' } })).toBe('2026-06-20')
  })
  it('a leap-day vote ends on 28 February, and 18 months on ends on 29 August', () => {
    expect(probationEnd(rec({ admissionVote: '2024-02-29' }))).toBe('2025-02-28')
    expect(probationEnd(rec({ admissionVote: '2024-02-29' }, [], 6))).toBe('2025-08-29')
  })
  it('the 转正 application from a month before the end', () => {
    const r = rec(upTo('fullApplication', '2025-06-20'))
    const withVote = rec({ ...r.steps, admissionVote: '2025-06-20' })
    expect(stepProblem(withVote, 'fullApplication', '2026-05-19', TODAY, 'branch')?.code).toBe('DEVELOP.TOO_EARLY')
    expect(stepProblem(withVote, 'fullApplication', '2026-05-20', TODAY, 'branch')).toBeNull()
  })
  it('is extended once, by 6 to 12 months, from the day it ends', () => {
    const r = rec(upTo('fullVote', '2025-06-20'))
    expect(extensionProblem(r, '2026-06-19', 6, TODAY)?.code).toBe('DEVELOP.EXTEND_NOT_NOW')
    expect(extensionProblem(r, '2026-06-20', 6, TODAY)).toBeNull()
    expect(extensionProblem(r, '2026-06-20', 5, TODAY)?.code).toBe('DEVELOP.EXTEND_MONTHS')
    expect(extensionProblem(r, '2026-06-20', 13, TODAY)?.code).toBe('DEVELOP.EXTEND_MONTHS')
    expect(extensionProblem(r, '2026-06-20', 12, TODAY)).toBeNull()
    const extended = rec(r.steps, [], 6)
    expect(extensionProblem(extended, '2026-06-20', 6, TODAY)?.code).toBe('DEVELOP.EXTEND_ONCE')
    expect(probationEnd(extended)).toBe('2026-12-20')
    expect(
      stepProblem(
        rec({ ...extended.steps, fullApplication: '2026-11-20' }, [], 6),
        'fullVote',
        '2026-12-19',
        TODAY,
        'branch',
      )?.code,
    ).toBe('DEVELOP.TOO_EARLY')
  })
})

describe('deadlines and their reminders, once each', () => {
  it('the one-month talk: due a month after the application, told a week ahead', () => {
    const [talk] = deadlinesOf(rec({ apply: '2026-01-31' }))
    expect(talk).toMatchObject({ kind: 'talk', due: '2026-02-28', remindOn: '2026-02-21' })
    expect(remindersDue([talk!], '2026-02-20', [])).toHaveLength(0)
    expect(remindersDue([talk!], '2026-02-21', [])).toHaveLength(1)
    expect(remindersDue([talk!], '2026-02-21', [talk!.key])).toHaveLength(0)
  })
  it('the half-year review counts from the last review; the one-year mark from becoming an 积极分子', () => {
    const d = deadlinesOf(rec({ ...upTo('training'), activist: '2026-01-10' }, ['2026-07-01']))
    expect(d.find((x) => x.kind === 'review')?.due).toBe('2027-01-01')
    expect(d.find((x) => x.kind === 'oneYear')).toMatchObject({ due: '2027-01-10', remindOn: '2027-01-10' })
  })
  it('approval waiting: told the day after three months, the office too', () => {
    const d = deadlinesOf(rec({ ...upTo('approval', '2026-01-01'), admissionVote: '2026-03-31' }))
    expect(d.find((x) => x.kind === 'approval')).toMatchObject({
      due: '2026-06-30',
      remindOn: '2026-07-01',
      office: true,
    })
  })
  it('the 预备期 ending a month ahead; a new key after an extension', () => {
    const r = rec({ ...upTo('fullVote', '2025-06-20'), admissionVote: '2025-06-20' })
    const a = deadlinesOf(r).find((x) => x.kind === 'probationEnd')!
    expect(a).toMatchObject({ due: '2026-06-20', remindOn: '2026-05-20' })
    const b = deadlinesOf({ ...r, extensionMonths: 6 }).find((x) => x.kind === 'probationEnd')!
    expect(b.due).toBe('2026-12-20')
    expect(b.key).not.toBe(a.key)
  })
  it('a 政审 older than a year before admission', () => {
    const d = deadlinesOf(rec({ ...upTo('politicalReview'), politicalReview: '2025-05-01' }))
    expect(d.find((x) => x.kind === 'politicalReviewOld')?.due).toBe('2026-05-01')
  })
  it('none for a person archived or done; due this month includes overdue ones', () => {
    expect(deadlinesOf(rec({ apply: '2026-01-01' }), 'archived')).toEqual([])
    const d = deadlinesOf(rec({ apply: '2026-01-01' }))
    expect(dueThisMonth(d, '2026-01-31')).toHaveLength(0)
    expect(dueThisMonth(d, '2026-02-01')).toHaveLength(1)
    expect(dueThisMonth(d, '2026-03-15')).toHaveLength(1)
  })
})
