import { chinaDate, chinaInstant, chinaMonth, formatChinaDateTime, isChinaDate } from '../../core/dates'

describe('China-time dates', () => {
  it('puts 16:30 UTC on the next China day', () => {
    const instant = Date.parse('2026-03-05T16:30:00Z')
    expect(chinaDate(instant)).toBe('2026-03-06')
    expect(chinaMonth(Date.parse('2026-03-31T16:00:00Z'))).toBe('2026-04')
  })

  it('reads a China wall-clock time as the right instant', () => {
    expect(new Date(chinaInstant('2026-03-06 15:00')).toISOString()).toBe('2026-03-06T07:00:00.000Z')
  })

  it('formats times as WeChat time keywords accept', () => {
    expect(formatChinaDateTime(Date.parse('2026-03-06T07:00:00Z'))).toBe('2026年3月6日 15:00')
  })

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-2-1', false],
    ['2026-13-01', false],
  ])('isChinaDate(%s) is %s', (text, valid) => {
    expect(isChinaDate(text)).toBe(valid)
  })
})
