/** 组织生活会 rules (core/orglife/rules.ts) at their boundaries, in China time. */
import { chinaInstant } from '../../core/dates'
import {
  countItems,
  dueOnProblem,
  dueWords,
  isOverdue,
  meetingYear,
  noticeCheck,
  noticeDaysAhead,
  previousMeetingDay,
  runUpTalkCheck,
  sinceWords,
  talkRunUp,
} from '../../core/orglife/rules'
import { branchCoverage, type CoveragePerson } from '../../core/talk/coverage'

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

describe('会前谈心谈话: the talks the checklist counts', () => {
  const people: CoveragePerson[] = [
    { id: 's', name: '书记', side: 'committee' },
    { id: 'm1', name: '党员一', side: 'member' },
  ]
  /** Whether one 支委–党员 talk on `day` covers the pair for the meeting of `meetingDay`. */
  const counts = (day: string, meetingDay: string, previous: string | null = null) => {
    const window = talkRunUp(meetingDay, previous)
    const res = branchCoverage({
      people,
      talks: [{ aId: 's', bId: 'm1', date: day }],
      window,
      kinds: ['committeeMember'],
    })
    return res.figures.covered === 2
  }

  it('counts the December run-up to a January meeting held for the year before', () => {
    expect(talkRunUp('2027-01-15', null)).toEqual({ from: '2026-10-15', to: '2027-01-15' })
    expect(counts('2026-12-20', '2027-01-15')).toBe(true)
    expect(counts('2027-01-02', '2027-01-15')).toBe(true)
  })

  it('counts a talk on the meeting day and none after it', () => {
    expect(counts('2027-01-15', '2027-01-15')).toBe(true)
    expect(counts('2027-01-16', '2027-01-15')).toBe(false)
  })

  it('reaches back three calendar months, the first day included', () => {
    expect(counts('2026-10-15', '2027-01-15')).toBe(true)
    expect(counts('2026-10-14', '2027-01-15')).toBe(false)
  })

  it('takes the last day of a shorter month, 29 February in a leap year', () => {
    expect(talkRunUp('2028-05-31', null).from).toBe('2028-02-29')
    expect(talkRunUp('2027-05-31', null).from).toBe('2027-02-28')
    expect(counts('2028-02-29', '2028-05-31')).toBe(true)
    expect(counts('2028-02-28', '2028-05-31')).toBe(false)
    // A meeting on the leap day itself: back to 29 November, and a talk that day counts.
    expect(talkRunUp('2028-02-29', null)).toEqual({ from: '2027-11-29', to: '2028-02-29' })
    expect(counts('2028-02-29', '2028-02-29')).toBe(true)
    expect(counts('2028-03-01', '2028-02-29')).toBe(false)
  })

  it('starts the day after a previous meeting within the three months, never counting a talk twice', () => {
    expect(talkRunUp('2027-01-15', '2026-11-20')).toEqual({ from: '2026-11-21', to: '2027-01-15' })
    expect(counts('2026-11-20', '2027-01-15', '2026-11-20')).toBe(false)
    expect(counts('2026-11-21', '2027-01-15', '2026-11-20')).toBe(true)
    // Last year's meeting is long before: the three months stand.
    expect(talkRunUp('2027-01-15', '2026-01-15').from).toBe('2026-10-15')
  })

  it('finds the previous meeting among the branch’s others: the latest strictly before', () => {
    expect(previousMeetingDay('2027-01-15', ['2026-01-16', '2026-11-20', '2027-01-15', '2027-06-30'])).toBe(
      '2026-11-20',
    )
    expect(previousMeetingDay('2027-01-15', ['2027-02-01'])).toBeNull()
    expect(previousMeetingDay('2027-01-15', [])).toBeNull()
  })

  it('says the figures and the window in the screen’s words', () => {
    const window = talkRunUp('2027-01-15', null)
    expect(sinceWords(window)).toBe('（自10月15日以来）')
    expect(runUpTalkCheck({ counted: 16, covered: 12 }, window)).toEqual({
      done: false,
      words: '已谈12人，未谈4人（自10月15日以来）',
    })
    expect(runUpTalkCheck({ counted: 16, covered: 16 }, window)).toEqual({
      done: true,
      words: '已谈16人，未谈0人（自10月15日以来）',
    })
    expect(runUpTalkCheck({ counted: 0, covered: 0 }, window)).toEqual({
      done: false,
      words: '没有需要谈话的人（自10月15日以来）',
    })
  })
})

describe('meetingYear: the year a 组织生活会 reviews', () => {
  it('is the year its title names, whenever it is held', () => {
    expect(meetingYear('2026年度组织生活会', '2027-01-15')).toBe(2026)
    expect(meetingYear('2026 年度专题组织生活会', '2026-12-28')).toBe(2026)
  })
  it('is the year before for a meeting in January or February without a year in its title', () => {
    expect(meetingYear('专题组织生活会', '2027-01-01')).toBe(2026)
    expect(meetingYear('专题组织生活会', '2028-02-29')).toBe(2027)
    expect(meetingYear('专题组织生活会', '2027-03-01')).toBe(2027)
    expect(meetingYear('专题组织生活会', '2026-12-31')).toBe(2026)
  })
})
