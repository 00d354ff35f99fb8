/** When reminders are due, at the edges of days, months and years in China time. */
import { chinaInstant } from '../../core/dates'
import {
  activityReminderAt,
  activityReminderDue,
  birthdayMonthDays,
  morningOf,
  politicalBirthday,
} from '../../core/notify/when'

const at = chinaInstant

describe('activity reminders', () => {
  it('2027-01-01 09:00: the evening reminder is 18:00 on 31 December (UTC 10:00 that day)', () => {
    expect(activityReminderAt(at('2027-01-01 09:00'), 'eve')).toBe(at('2026-12-31 18:00'))
    expect(activityReminderAt(at('2027-01-01 09:00'), 'hour')).toBe(at('2027-01-01 08:00'))
  })

  it('2026-03-01 07:30 (UTC still 28 February): the evening reminder is 18:00 on 28 February', () => {
    expect(activityReminderAt(at('2026-03-01 07:30'), 'eve')).toBe(at('2026-02-28 18:00'))
  })

  it('is due from its moment until the start, and never for what was published after the moment', () => {
    const a = { startAt: at('2026-03-06 15:00'), publishedAt: at('2026-03-01 09:00') }
    expect(activityReminderDue(a, 'eve', at('2026-03-05 17:59'))).toBe(false)
    expect(activityReminderDue(a, 'eve', at('2026-03-05 18:00'))).toBe(true)
    expect(activityReminderDue(a, 'eve', at('2026-03-06 14:59'))).toBe(true)
    expect(activityReminderDue(a, 'eve', at('2026-03-06 15:00'))).toBe(false)
    expect(activityReminderDue({ ...a, publishedAt: at('2026-03-05 19:00') }, 'eve', at('2026-03-05 19:10'))).toBe(
      false,
    )
    expect(activityReminderDue({ ...a, publishedAt: null }, 'hour', at('2026-03-06 14:30'))).toBe(false)
  })
})

describe('政治生日', () => {
  it('2027-02-28: greets 28 February and 29 February joins in a common year', () => {
    expect(birthdayMonthDays('2027-02-28')).toEqual(['02-28', '02-29'])
    expect(politicalBirthday('1996-02-29', 2027)).toBe('2027-02-28')
  })

  it('2028-02-28 and 2028-02-29: a leap year greets each on its own day', () => {
    expect(birthdayMonthDays('2028-02-28')).toEqual(['02-28'])
    expect(birthdayMonthDays('2028-02-29')).toEqual(['02-29'])
    expect(politicalBirthday('1996-02-29', 2028)).toBe('2028-02-29')
    expect(politicalBirthday('1996-02-29', 2100)).toBe('2100-02-28')
  })
})

describe('the morning of a day', () => {
  it('2026-12-05 08:59 is not yet, 09:00 is, the next day is not', () => {
    expect(morningOf('2026-12-05', at('2026-12-05 08:59'))).toBe(false)
    expect(morningOf('2026-12-05', at('2026-12-05 09:00'))).toBe(true)
    expect(morningOf('2026-12-05', at('2026-12-06 09:00'))).toBe(false)
  })
})
