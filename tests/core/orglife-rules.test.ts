/** 组织生活会 rules (core/orglife/rules.ts) at their boundaries, in China time. */
import { chinaInstant } from '../../core/dates'
import { countItems, dueOnProblem, dueWords, isOverdue, noticeCheck, noticeDaysAhead } from '../../core/orglife/rules'

const meeting = chinaInstant('2026-12-18 14:30')

describe('the notice ahead of the meeting', () => {
  it('counts China days: 10 days ahead exactly is enough, 9 is not', () => {
    expect(noticeDaysAhead(chinaInstant('2026-12-08 23:59'), meeting)).toBe(10)
    expect(noticeCheck(chinaInstant('2026-12-08 00:00'), meeting)).toEqual({ done: true, words: '提前10天发布通知' })
    expect(noticeCheck(chinaInstant('2026-12-09 00:01'), meeting)).toEqual({
      done: false,
      words: '只提前9天发布通知，不足10天',
    })
  })

  it('reads the China day, not UTC: 8 December 07:30 in Beijing is still the 8th', () => {
    // 2026-12-07 23:30 UTC is 2026-12-08 07:30 in China.
    expect(noticeDaysAhead(Date.UTC(2026, 11, 7, 23, 30), meeting)).toBe(10)
  })

  it('says when there is no notice yet or it went out the same day', () => {
    expect(noticeCheck(null, meeting)).toEqual({ done: false, words: '尚未发布通知，须至少提前10天发布' })
    expect(noticeCheck(chinaInstant('2026-12-18 08:00'), meeting).words).toBe('通知当天才发布，须至少提前10天')
  })
})

describe('a 整改事项', () => {
  it('may be due on the meeting day or later, never before', () => {
    expect(dueOnProblem('2026-12-18', '2026-12-18')).toBeNull()
    expect(dueOnProblem('2026-12-17', '2026-12-18')).toBe('ORGLIFE.DUE_BEFORE_MEETING')
  })

  it('is overdue once its due day is yesterday (China), not while it is today', () => {
    const today = '2026-12-07'
    expect(isOverdue({ state: 'inProgress', dueOn: '2026-12-07' }, today)).toBe(false)
    expect(isOverdue({ state: 'notStarted', dueOn: '2026-12-06' }, today)).toBe(true)
    expect(isOverdue({ state: 'done', dueOn: '2026-12-06' }, today)).toBe(false)
    expect(isOverdue({ state: 'withdrawn', dueOn: '2026-12-06' }, today)).toBe(false)
    expect(dueWords({ state: 'inProgress', dueOn: '2026-12-07' }, today)).toBe('2026年12月7日前完成（今天到期）')
    expect(dueWords({ state: 'inProgress', dueOn: '2026-12-06' }, today)).toBe('2026年12月6日前完成（已逾期1天）')
    expect(dueWords({ state: 'notStarted', dueOn: '2026-12-10' }, today)).toBe('2026年12月10日前完成（还有3天）')
    expect(dueWords({ state: 'done', dueOn: '2026-12-06' }, today)).toBe('2026年12月6日前完成')
  })

  it('counts open, overdue, done and withdrawn', () => {
    const items = [
      { state: 'notStarted' as const, dueOn: '2026-12-01' },
      { state: 'inProgress' as const, dueOn: '2026-12-30' },
      { state: 'done' as const, dueOn: '2026-11-01' },
      { state: 'withdrawn' as const, dueOn: '2026-11-01' },
    ]
    expect(countItems(items, '2026-12-07')).toEqual({ total: 3, open: 2, overdue: 1, done: 1, withdrawn: 1 })
  })
})
