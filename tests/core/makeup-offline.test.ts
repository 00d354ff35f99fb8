/**
 * 线下补学's rules: which tasks may be recorded as done in person, which days may be named, and
 * how such a task reads in every row (the member's, officers', the ledger's).
 */
import {
  offlineDayOf,
  offlineDayProblem,
  offlineDayRange,
  offlineTaskProblem,
  owesMakeup,
} from '../../core/activity/offline'
import { makeupStateText } from '../../core/activity/types'
import { standingOf } from '../../core/attendance/standing'
import { chinaInstant, monthDayWords } from '../../core/dates'

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

describe('how it reads in a row', () => {
  const offline = { on: '2026-03-09' }

  it('carries the day only for a task done in person', () => {
    expect(offlineDayOf({ status: 'done', offline })).toBe('2026-03-09')
    expect(offlineDayOf({ status: 'done' })).toBeNull()
    expect(offlineDayOf({ status: 'done', offline: null })).toBeNull()
    // Recorded, then cancelled by a correction to present: no 补学 at all.
    expect(offlineDayOf({ status: 'cancelled', offline })).toBeNull()
    expect(offlineDayOf(null)).toBeNull()
  })

  it('says 线下补学（书记登记） and the day where a 补学 done in the app says 已补学', () => {
    expect(monthDayWords('2026-03-09')).toBe('3月9日')
    expect(monthDayWords('2026-12-25')).toBe('12月25日')
    expect(makeupStateText('done', '2026-03-09')).toBe('线下补学（书记登记） 3月9日')
    expect(makeupStateText('done')).toBe('已补学')
    expect(makeupStateText('done', null)).toBe('已补学')
    expect(makeupStateText('due')).toBe('待补学')
    expect(makeupStateText('returned', '2026-03-09')).toBe('补学退回')
  })

  it("is part of the standing the office's views derive", () => {
    const activity = {
      status: 'closed' as const,
      startAt: chinaInstant('2026-03-06 15:00'),
      endAt: chinaInstant('2026-03-06 17:00'),
    }
    const facts = { activity, attendance: null, leave: null, now: chinaInstant('2026-03-10 10:00') }
    expect(standingOf({ ...facts, makeup: { status: 'done', offline } })).toEqual({
      status: 'absent',
      reason: '未请假',
      makeup: 'done',
      makeupOffline: '2026-03-09',
    })
    expect(standingOf({ ...facts, makeup: { status: 'done' } }).makeupOffline).toBeNull()
  })
})
