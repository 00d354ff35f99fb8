import dayjs from 'dayjs'
import { inChina } from '../../core/china-dayjs'
import {
  addChinaDays,
  CHINA_TZ,
  chinaDate,
  chinaDayStart,
  chinaInstant,
  chinaMonth,
  chinaParts,
  dayWords,
  formatChinaClock,
  formatChinaDateTime,
  formatChinaDay,
  formatChinaMonthDay,
  formatChinaWhen,
  isChinaDate,
  isChinaMonth,
} from '../../core/dates'

describe('China-time dates', () => {
  it('puts 16:30 UTC on the next China day', () => {
    const instant = Date.parse('2026-03-05T16:30:00Z')
    expect(chinaDate(instant)).toBe('2026-03-06')
    expect(chinaMonth(Date.parse('2026-03-31T16:00:00Z'))).toBe('2026-04')
  })

  it('reads a China wall-clock time as the right instant', () => {
    expect(new Date(chinaInstant('2026-03-06 15:00')).toISOString()).toBe('2026-03-06T07:00:00.000Z')
  })

  it('says a step’s time without the year in the year of now, with it across New Year in China', () => {
    const newYearsEve = Date.parse('2025-12-31T15:59:00Z') // 23:59 on 31 Dec in China
    expect(formatChinaWhen(newYearsEve, Date.parse('2025-12-31T16:00:00Z') - 1)).toBe('12月31日 23:59')
    expect(formatChinaWhen(newYearsEve, Date.parse('2025-12-31T16:00:00Z'))).toBe('2025年12月31日 23:59')
    expect(formatChinaWhen(Date.parse('2026-01-01T00:05:00Z'), newYearsEve)).toBe('2026年1月1日 08:05')
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

/**
 * core/dates is plain Date arithmetic at China's fixed UTC+8 (the main package carries no zone
 * library); dayjs with the zone database is the oracle. China has kept UTC+8 all year since 1992
 * (it had summer time 1986–1991), so instants from 1992 on are drawn.
 */
describe('China-time dates agree with dayjs and the zone database', () => {
  // A fixed walk of instants: every 7 hours 13 minutes from 1992 on, plus the turns of the year.
  const from = Date.parse('1992-01-01T00:00:00Z')
  const step = (7 * 60 + 13) * 60_000
  const instants = [
    ...Array.from({ length: 2000 }, (_unused, i) => from + i * step * 97),
    ...[2026, 2027, 2028].flatMap((y) => [
      Date.parse(`${y - 1}-12-31T15:59:59.999Z`),
      Date.parse(`${y - 1}-12-31T16:00:00Z`),
    ]),
    Date.parse('2028-02-28T16:00:00Z'),
  ]

  it('reads every instant as dayjs does', () => {
    for (const instant of instants) {
      const d = inChina(instant)
      expect([chinaDate(instant), chinaMonth(instant), formatChinaDay(instant), formatChinaClock(instant)]).toEqual([
        d.format('YYYY-MM-DD'),
        d.format('YYYY-MM'),
        d.format('YYYY年M月D日'),
        d.format('HH:mm'),
      ])
      expect([chinaParts(instant).weekday, formatChinaMonthDay(instant)]).toEqual([d.day(), d.format('M月D日')])
      const wall = d.format('YYYY-MM-DD HH:mm')
      expect(chinaInstant(wall)).toBe(dayjs.tz(wall, 'YYYY-MM-DD HH:mm', CHINA_TZ).valueOf())
      expect(chinaDayStart(d.format('YYYY-MM-DD'))).toBe(d.startOf('day').valueOf())
    }
  })

  it('adds days across month ends, leap days and years as dayjs does', () => {
    for (const day of ['2026-01-31', '2028-02-28', '2028-02-29', '2026-12-31', '2027-03-01', '2100-02-28']) {
      for (const n of [-400, -366, -31, -1, 0, 1, 29, 365]) {
        expect(addChinaDays(day, n)).toBe(dayjs.utc(day).add(n, 'day').format('YYYY-MM-DD'))
      }
    }
  })

  it('refuses what is not a China date-time', () => {
    for (const text of [
      '2026-02-29 10:00',
      '2026-03-06 24:00',
      '2026-03-06 15:60',
      '2026-03-06T15:00',
      '2026-3-6 15:00',
    ]) {
      expect(() => chinaInstant(text)).toThrow(RangeError)
    }
    expect(isChinaMonth('2026-00')).toBe(false)
    expect(isChinaMonth('2026-12')).toBe(true)
  })

  it('writes a day as people do, and leaves what is not a day as it came', () => {
    expect(dayWords('2026-03-06')).toBe('2026年3月6日')
    expect(dayWords('2026-12-31')).toBe('2026年12月31日')
    expect(dayWords('1971-07-01')).toBe('1971年7月1日')
    for (const text of ['', '2026-03', '2026-3-6', '待定']) expect(dayWords(text)).toBe(text)
  })
})
