import { addDays, blanksBefore, daysOfMonth, dayWithWeekday, minutesText, nearDayWord, shiftMonth } from '@/study/days'
import { minuteOptions } from '@/pages/study-checkin/choices'

describe('study screens’ helpers', () => {
  it.each([
    ['2026-03', 31, 6],
    ['2026-02', 28, 6],
    ['2028-02', 29, 1],
    ['2026-06', 30, 0],
  ])('lays out %s: %i days, %i blanks before a Monday-first week', (month, days, blanks) => {
    expect(daysOfMonth(month)).toHaveLength(days)
    expect(blanksBefore(month)).toBe(blanks)
  })

  it('moves across months, years and leap days', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(dayWithWeekday('2026-03-05')).toBe('3月5日（周四）')
  })

  it('names today, yesterday and the day before, and nothing else', () => {
    expect(
      ['2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02', '2026-03-06'].map((d) => nearDayWord(d, '2026-03-05')),
    ).toEqual(['今天', '昨天', '前天', null, null])
  })

  it('says one entry’s minutes, and keeps an odd value among the choices', () => {
    expect([25, 60, 90].map(minutesText)).toEqual(['25分钟', '1小时', '1小时30分钟'])
    expect(minuteOptions(25)).toEqual([null, 10, 15, 20, 25, 30, 45, 60, 90, 120, 180])
  })
})
