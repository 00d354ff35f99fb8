import fc from 'fast-check'
import { addMonths, daysInMonth, describeRecurrence, isoWeekday, occurrence } from '../../core/activity/recurrence'
import type { Recurrence } from '../../core/activity/types'

describe('occurrence', () => {
  it.each<[Recurrence, string, string]>([
    [{ kind: 'nthWeekday', n: 1, weekday: 5 }, '2026-03', '2026-03-06'],
    [{ kind: 'nthWeekday', n: 1, weekday: 7 }, '2026-03', '2026-03-01'],
    [{ kind: 'nthWeekday', n: 2, weekday: 3 }, '2026-03', '2026-03-11'],
    [{ kind: 'nthWeekday', n: 4, weekday: 2 }, '2026-03', '2026-03-24'],
    [{ kind: 'nthWeekday', n: -1, weekday: 2 }, '2026-03', '2026-03-31'],
    [{ kind: 'nthWeekday', n: -1, weekday: 5 }, '2026-02', '2026-02-27'],
    [{ kind: 'nthWeekday', n: -1, weekday: 6 }, '2026-02', '2026-02-28'],
    [{ kind: 'nthWeekday', n: 1, weekday: 1 }, '2026-06', '2026-06-01'],
    [{ kind: 'monthDay', day: 10 }, '2026-03', '2026-03-10'],
    [{ kind: 'monthDay', day: 31 }, '2026-04', '2026-04-30'],
    [{ kind: 'monthDay', day: 31 }, '2026-02', '2026-02-28'],
    [{ kind: 'monthDay', day: 30 }, '2028-02', '2028-02-29'],
    [{ kind: 'monthDay', day: 1 }, '2026-12', '2026-12-01'],
  ])('%j in %s is %s', (rule, month, day) => {
    expect(occurrence(rule, month)).toBe(day)
  })

  const month = fc
    .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`)
  const weekday = fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>

  it('nth weekday: in the month, on that weekday, in the nth week', () => {
    fc.assert(
      fc.property(month, weekday, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, (m, wd, n) => {
        const day = occurrence({ kind: 'nthWeekday', n, weekday: wd }, m)
        const d = Number(day.slice(8))
        expect(day.slice(0, 7)).toBe(m)
        expect(isoWeekday(day)).toBe(wd)
        expect(d).toBeGreaterThan(7 * (n - 1))
        expect(d).toBeLessThanOrEqual(7 * n)
      }),
    )
  })

  it('last weekday: on that weekday, within the last seven days', () => {
    fc.assert(
      fc.property(month, weekday, (m, wd) => {
        const day = occurrence({ kind: 'nthWeekday', n: -1, weekday: wd }, m)
        expect(isoWeekday(day)).toBe(wd)
        expect(Number(day.slice(8)) + 7).toBeGreaterThan(daysInMonth(m))
      }),
    )
  })

  it('month day: that day, or the month end when the month is shorter', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 31 }), (m, d) => {
        expect(occurrence({ kind: 'monthDay', day: d }, m)).toBe(
          `${m}-${String(Math.min(d, daysInMonth(m))).padStart(2, '0')}`,
        )
      }),
    )
  })
})

describe('months and words', () => {
  it.each([
    ['2026-03', 1, '2026-04'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -15, '2024-12'],
  ])('%s + %i = %s', (m, n, out) => {
    expect(addMonths(m, n as number)).toBe(out)
  })

  it('says the rule as a person would', () => {
    expect(describeRecurrence({ kind: 'nthWeekday', n: 1, weekday: 5 })).toBe('每月第一个星期五')
    expect(describeRecurrence({ kind: 'nthWeekday', n: -1, weekday: 7 })).toBe('每月最后一个星期日')
    expect(describeRecurrence({ kind: 'monthDay', day: 10 })).toBe('每月10日')
    expect(describeRecurrence({ kind: 'monthDay', day: 31 })).toBe('每月31日（当月没有这一天时为月末）')
  })

  it('refuses what is not a month', () => {
    expect(() => occurrence({ kind: 'monthDay', day: 1 }, '2026-13')).toThrow(RangeError)
  })
})
