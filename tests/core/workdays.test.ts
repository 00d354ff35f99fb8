import { dayOffIn, dayOffWarning } from '../../core/activity/day-off'
import {
  DAYS_OFF_MONTHS,
  dayOffWords,
  daysOffAround,
  daysOffBetween,
  holidayName,
  isKnownYear,
  isOfficeClock,
  isOfficeTime,
  isWorkday,
  LAST_KNOWN_YEAR,
  nearestWorkdayInMonth,
  nextOfficeStart,
  workdayOnOrAfter,
  workdayOnOrBefore,
} from '../../core/workdays'

const at = (iso: string) => Date.parse(iso)

describe('isWorkday: the official calendar of 2026', () => {
  it.each([
    ['2026-11-18', true, 'an ordinary Wednesday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, 'a Sunday worked for 元旦 (调休)'],
    ['2026-02-14', true, 'a Saturday worked for 春节'],
    ['2026-02-16', false, '春节, a Monday'],
    ['2026-02-23', false, 'the last day of 春节, a Monday'],
    ['2026-02-24', true, 'back to work after 春节'],
    ['2026-02-28', true, 'a Saturday worked for 春节'],
    ['2026-05-01', false, '劳动节, a Friday'],
    ['2026-05-05', false, '劳动节'],
    ['2026-05-09', true, 'a Saturday worked for 劳动节'],
    ['2026-06-19', false, '端午, a Friday'],
    ['2026-09-20', true, 'a Sunday worked for 国庆'],
    ['2026-09-25', false, '中秋, a Friday'],
    ['2026-10-02', false, '国庆, a Friday'],
    ['2026-10-07', false, 'the last day of 国庆'],
    ['2026-10-08', true, 'back to work after 国庆'],
    ['2026-10-10', true, 'a Saturday worked for 国庆'],
  ])('%s is %s: %s', (day, expected) => {
    expect(isWorkday(day)).toBe(expected)
  })

  it.each([
    ['2025-09-28', true, 'a Sunday worked for 国庆 2025'],
    ['2025-10-08', false, 'the eighth day of 国庆 2025'],
    ['2025-10-11', true, 'a Saturday worked for 国庆 2025'],
    ['2024-02-04', true, 'a Sunday worked for 春节 2024'],
    ['2024-02-10', false, '春节 2024'],
  ])('%s is %s: %s (the two years before, as the demo reaches back)', (day, expected) => {
    expect(isWorkday(day)).toBe(expected)
  })

  it('names the holiday, not the weekend', () => {
    expect(holidayName('2026-10-02')).toBe('国庆节')
    expect(holidayName('2026-02-16')).toBe('春节')
    expect(holidayName('2026-11-21')).toBeNull()
    expect(dayOffWords('2026-10-02')).toBe('国庆节假期')
    expect(dayOffWords('2026-11-21')).toBe('周末')
    expect(dayOffWords('2026-10-10')).toBeNull()
  })

  it('refuses what is not a day', () => {
    expect(() => isWorkday('2026-02-30')).toThrow(RangeError)
    expect(() => isWorkday('next Monday')).toThrow(RangeError)
  })
})

describe('isWorkday: a year the package does not know (2027 onward)', () => {
  it('knows 2026 and not 2027 (update the test with the package)', () => {
    expect(LAST_KNOWN_YEAR).toBe(2026)
    expect(isKnownYear('2026-12-31')).toBe(true)
    expect(isKnownYear('2027-01-01')).toBe(false)
    // Older than the tables kept: the same fallback (2023-10-07 was a 调休 Saturday, not kept).
    expect(isKnownYear('2023-10-07')).toBe(false)
    expect(isWorkday('2023-10-07')).toBe(false)
  })

  it.each([
    ['2027-01-01', false, '元旦, a Friday'],
    ['2027-01-04', true, 'a Monday'],
    ['2027-01-02', false, 'a Saturday'],
    ['2027-05-03', false, '劳动节, a Monday'],
    ['2027-05-06', true, 'after 劳动节'],
    ['2027-10-01', false, '国庆, a Friday'],
    ['2027-10-07', false, '国庆, a Thursday'],
    ['2027-10-08', true, 'after 国庆'],
    ['2028-02-29', true, 'a Tuesday (春节 is lunar, not kept without the table)'],
  ])('%s is %s: %s', (day, expected) => {
    expect(isWorkday(day)).toBe(expected)
  })

  it('names the fixed-date holidays', () => {
    expect(holidayName('2027-01-01')).toBe('元旦')
    expect(holidayName('2027-10-03')).toBe('国庆节')
    expect(holidayName('2027-03-02')).toBeNull()
  })
})

describe('nearestWorkdayInMonth', () => {
  it.each([
    ['2026-11-18', '2026-11-18', 'a working day stays'],
    ['2026-11-21', '2026-11-20', 'a Saturday goes to Friday'],
    ['2026-11-22', '2026-11-23', 'a Sunday goes to Monday'],
    ['2026-05-01', '2026-05-06', '劳动节: the first working day after, in May'],
    ['2026-10-02', '2026-10-08', '国庆: never back into September'],
    ['2026-02-17', '2026-02-14', '春节: the 调休 Saturday before is nearer'],
    ['2026-02-21', '2026-02-24', '春节: after'],
    ['2026-08-01', '2026-08-03', 'a Saturday on the 1st does not go to July'],
    ['2026-01-31', '2026-01-30', 'a Saturday on the 31st does not go to February'],
    ['2027-01-01', '2027-01-04', '元旦 of an unknown year'],
  ])('%s → %s: %s', (day, expected) => {
    expect(nearestWorkdayInMonth(day)).toBe(expected)
  })

  it('gives a working day of the same month for every day of 2026 and 2027', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10)
      const moved = nearestWorkdayInMonth(day)
      expect(isWorkday(moved)).toBe(true)
      expect(moved.slice(0, 7)).toBe(day.slice(0, 7))
    }
  })

  it('on or after / on or before cross months', () => {
    expect(workdayOnOrAfter('2026-09-30')).toBe('2026-09-30')
    expect(workdayOnOrAfter('2026-10-01')).toBe('2026-10-08')
    expect(workdayOnOrBefore('2026-10-04')).toBe('2026-09-30')
    expect(workdayOnOrBefore('2027-01-03')).toBe('2026-12-31')
  })
})

describe('office hours', () => {
  it.each([
    ['08:29', false],
    ['08:30', true],
    ['12:00', true],
    ['12:01', false],
    ['13:59', false],
    ['14:00', true],
    ['17:30', true],
    ['17:31', false],
    ['03:05', false],
  ])('%s is office time: %s', (clock, expected) => {
    expect(isOfficeClock(clock)).toBe(expected)
  })

  it('is office time on a working day only, China time', () => {
    expect(isOfficeTime(at('2026-11-18T10:30:00+08:00'))).toBe(true)
    expect(isOfficeTime(at('2026-11-18T03:00:00+08:00'))).toBe(false)
    expect(isOfficeTime(at('2026-12-06T10:00:00+08:00'))).toBe(false) // a Sunday
    expect(isOfficeTime(at('2026-10-10T10:00:00+08:00'))).toBe(true) // a 调休 Saturday
    expect(isOfficeTime(at('2027-01-01T10:00:00+08:00'))).toBe(false) // 元旦
  })

  it.each([
    ['2026-11-18T03:00:00+08:00', '2026-11-18T08:30:00+08:00', 'night → this morning'],
    ['2026-11-18T08:30:00+08:00', '2026-11-18T14:00:00+08:00', 'strictly after: the afternoon'],
    ['2026-11-18T12:30:00+08:00', '2026-11-18T14:00:00+08:00', 'lunch → this afternoon'],
    ['2026-11-18T21:00:00+08:00', '2026-11-19T08:30:00+08:00', 'evening → tomorrow'],
    ['2026-11-20T18:00:00+08:00', '2026-11-23T08:30:00+08:00', 'Friday evening → Monday'],
    ['2026-12-31T23:50:00+08:00', '2027-01-04T08:30:00+08:00', 'over 元旦 and a weekend'],
    ['2026-09-30T18:00:00+08:00', '2026-10-08T08:30:00+08:00', 'over 国庆'],
  ])('after %s the next office spell starts %s (%s)', (now, expected) => {
    expect(nextOfficeStart(at(now))).toBe(at(expected))
  })
})

describe('the days off a date form carries (发布活动, 调整时间), and the words it warns with', () => {
  it('lists every weekend and holiday day between two days, inclusive, with dayOffWords, and no 调休 working day', () => {
    expect(daysOffBetween('2026-09-30', '2026-10-11')).toEqual({
      '2026-10-01': '国庆节假期',
      '2026-10-02': '国庆节假期',
      '2026-10-03': '国庆节假期',
      '2026-10-04': '国庆节假期',
      '2026-10-05': '国庆节假期',
      '2026-10-06': '国庆节假期',
      '2026-10-07': '国庆节假期',
      // 2026-10-10 is a 调休 Saturday: a working day, left out.
      '2026-10-11': '周末',
    })
    expect(daysOffBetween('2026-11-18', '2026-11-18')).toEqual({})
    expect(daysOffBetween('2026-11-21', '2026-11-21')).toEqual({ '2026-11-21': '周末' })
  })

  it('covers this month and the twelve after it, from the first of the month', () => {
    const t = daysOffAround('2026-11-18')
    expect([t.from, t.to]).toEqual(['2026-11-01', '2027-11-30'])
    expect(DAYS_OFF_MONTHS).toBe(13)
    expect(t.days['2026-11-01']).toBe('周末') // the first of the month, a Sunday, is in
    expect(t.days['2027-10-01']).toBe('国庆节假期') // a year the table does not know: the fixed-date fallback
    expect(t.days['2026-11-18']).toBeUndefined()
  })

  it('reaches back to an earlier activity’s month, and on to a later one’s', () => {
    expect(daysOffAround('2026-11-18', '2026-10-01').from).toBe('2026-10-01')
    expect(daysOffAround('2026-11-18', '2026-12-31').to).toBe('2027-11-30')
    expect(daysOffAround('2026-11-18', '2028-02-10').to).toBe('2028-02-29')
    expect(daysOffAround('2026-12-31').to).toBe('2027-12-31')
  })

  it('looks a picked day up: its words inside the table, nothing on a working day or outside it', () => {
    const t = daysOffAround('2026-09-15')
    expect(dayOffIn(t, '2026-10-01')).toBe('国庆节假期')
    expect(dayOffIn(t, '2026-10-10')).toBeNull()
    expect(dayOffIn(t, '2026-10-11')).toBe('周末')
    expect(dayOffIn(t, '2026-08-30')).toBeNull() // before the table: not known here
    expect(dayOffIn({ from: '2026-10-01', to: '2026-10-01', days: { '2026-10-01': '国庆节假期' } }, '2026-10-01')).toBe(
      '国庆节假期',
    )
  })

  it('says it the way 活动安排 says it', () => {
    expect(dayOffWarning('国庆节假期')).toBe('这一天是国庆节假期，不是工作日')
    expect(dayOffWarning(dayOffWords('2026-11-21') ?? '')).toBe('这一天是周末，不是工作日')
  })
})
