/** 线下补学's rules: which tasks may be recorded as done in person, and which days may be named. */
import { offlineDayProblem, offlineDayRange, offlineTaskProblem, owesMakeup } from '../../core/activity/offline'
import { chinaInstant } from '../../core/dates'

describe('which tasks', () => {
  it('records a task still owed (due, or returned for another try)', () => {
    expect(offlineTaskProblem('due')).toBeNull()
    expect(offlineTaskProblem('returned')).toBeNull()
    expect(owesMakeup('due') && owesMakeup('returned')).toBe(true)
  })

  it('refuses one done, one with a 心得 waiting for review, and one not owed (none, or cancelled)', () => {
    expect(offlineTaskProblem('done')).toBe('MAKEUP.ALREADY_DONE')
    expect(offlineTaskProblem('submitted')).toBe('MAKEUP.AWAITING_REVIEW')
    expect(offlineTaskProblem('cancelled')).toBe('MAKEUP.NOT_OWED')
    expect(offlineTaskProblem(null)).toBe('MAKEUP.NOT_OWED')
    expect(['submitted', 'done', 'cancelled'].some((s) => owesMakeup(s as 'done'))).toBe(false)
  })
})

describe('which days', () => {
  // A meeting that ended at 23:30 on 6 March (China time: 15:30 UTC), asked about on 10 March.
  const endAt = chinaInstant('2026-03-06 23:30')
  const now = chinaInstant('2026-03-10 00:10')

  it('takes the day the meeting ended through today, both included, in China time', () => {
    expect(offlineDayProblem('2026-03-06', endAt, now)).toBeNull()
    expect(offlineDayProblem('2026-03-08', endAt, now)).toBeNull()
    expect(offlineDayProblem('2026-03-10', endAt, now)).toBeNull()
    expect(offlineDayRange(endAt, now)).toEqual({ start: '2026-03-06', end: '2026-03-10' })
  })

  it('refuses a day before the end, and one after today', () => {
    expect(offlineDayProblem('2026-03-05', endAt, now)).toBe('MAKEUP.OFFLINE_DAY_EARLY')
    expect(offlineDayProblem('2026-03-11', endAt, now)).toBe('MAKEUP.OFFLINE_DAY_FUTURE')
  })

  it('on the day of the meeting, only that day', () => {
    const sameDay = chinaInstant('2026-03-06 23:50')
    expect(offlineDayProblem('2026-03-06', endAt, sameDay)).toBeNull()
    expect(offlineDayProblem('2026-03-07', endAt, sameDay)).toBe('MAKEUP.OFFLINE_DAY_FUTURE')
  })
})
