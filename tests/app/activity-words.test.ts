/** How an activity's day reads on the phone, at the year boundary and at the run's TEST_NOW. */
import { dayText, whenText } from '@/activity/words'
import { inChina } from '@core/china-dayjs'
import { testNow } from '../helpers/now'

const at = (iso: string) => Date.parse(iso)

describe('dayText', () => {
  it('2027-01-01 00:10 in China (UTC still 2026-12-31): last night’s activity is named with its year', () => {
    const now = at('2027-01-01T00:10:00+08:00')
    expect(dayText(at('2026-12-31T19:00:00+08:00'), now)).toBe('2026年12月31日（周四）')
    expect(dayText(at('2027-01-08T15:00:00+08:00'), now)).toBe('1月8日（周五）')
  })

  it('2026-12-31 23:50 in China: an activity on 2 January says 2027', () => {
    const now = at('2026-12-31T23:50:00+08:00')
    expect(dayText(at('2027-01-02T09:00:00+08:00'), now)).toBe('2027年1月2日（周六）')
    expect(whenText({ startAt: at('2026-12-31T08:00:00+08:00'), endAt: at('2026-12-31T10:00:00+08:00') }, now)).toBe(
      '12月31日（周四）08:00–10:00',
    )
  })

  it('an activity 07:30 China time keeps its China day though UTC is still the day before', () => {
    expect(dayText(at('2027-03-02T07:30:00+08:00'), at('2027-03-01T12:00:00+08:00'))).toBe('3月2日（周二）')
  })

  it('on the phone’s own clock (TEST_NOW), an activity two hours ahead reads without a year unless it crosses into the next', () => {
    const soon = testNow() + 2 * 3600_000
    const sameYear = inChina(testNow()).year() === inChina(soon).year()
    expect(/^\d{4}年/.test(dayText(soon))).toBe(!sameYear)
  })
})
