/** The rules table and whether a branch held what it asks, at the edges of months, quarters and years. */
import { complianceRow, complianceWords, type RuleActivity } from '../../core/attendance/compliance'
import { activityFigures, percent, sumFigures } from '../../core/attendance/figures'
import { MEETING_RULES, periodOfMonth, periodsOf } from '../../core/attendance/rules'

const at = (iso: string) => Date.parse(iso)
const held = (type: RuleActivity['type'], date: string, isHeld = true): RuleActivity => ({
  type,
  date,
  month: date.slice(0, 7),
  held: isHeld,
  minutesConfirmed: isHeld,
})
const check = (row: ReturnType<typeof complianceRow>, rule: string) => row.find((c) => c.rule === rule)!

describe('the rules table', () => {
  it('asks what the 支部工作条例 asks, once a period', () => {
    expect(MEETING_RULES.map((r) => [r.label, r.period, r.count])).toEqual([
      ['支委会', 'month', 1],
      ['党小组会', 'month', 1],
      ['党员大会', 'quarter', 1],
      ['党课', 'quarter', 1],
      ['组织生活会', 'year', 1],
      ['民主评议党员', 'year', 1],
      ['固定学习日', 'month', 1],
      ['党员集中活动日', 'month', 1],
    ])
  })

  it.each([
    ['2026-01', 'quarter', '2026-Q1'],
    ['2026-03', 'quarter', '2026-Q1'],
    ['2026-04', 'quarter', '2026-Q2'],
    ['2026-12', 'quarter', '2026-Q4'],
    ['2026-12', 'year', '2026'],
    ['2026-07', 'month', '2026-07'],
  ] as const)('%s falls in %s period %s', (month, period, key) => {
    expect(periodOfMonth(period, month)).toBe(key)
    expect(periodsOf(period, 2026).some((p) => p.key === key && p.from <= month && month <= p.to)).toBe(true)
  })
})

describe('a quarter at its edges (党员大会)', () => {
  const row = (now: string, activities: RuleActivity[]) =>
    check(complianceRow({ year: 2026, now: at(now), hasGroups: true, activities }), 'generalMeeting')

  it('is under way on the last evening of the quarter, and missing a minute after midnight China time', () => {
    expect(row('2026-03-31T23:59:00+08:00', []).periods[0].state).toBe('underWay')
    // 2026-03-31 16:30 UTC is already 1 April in China.
    expect(row('2026-03-31T16:30:00Z', []).periods[0].state).toBe('missing')
    expect(row('2026-04-01T00:00:00+08:00', []).periods[0].state).toBe('missing')
  })

  it('is held by one on the quarter’s last day, whatever comes after; later quarters are not yet due', () => {
    const r = row('2026-04-02T09:00:00+08:00', [held('generalMeeting', '2026-03-31')])
    expect(r.periods.map((p) => p.state)).toEqual(['held', 'underWay', 'notDue', 'notDue'])
    expect(r.periods[0].heldDates).toEqual(['2026-03-31'])
    expect(r).toMatchObject({ state: 'underWay', due: 1, held: 1 })
  })

  it('counts a meeting scheduled but not yet held as planned, not as held', () => {
    const r = row('2026-05-10T09:00:00+08:00', [held('generalMeeting', '2026-05-20', false)])
    expect(r.periods[1]).toMatchObject({ state: 'underWay', heldDates: [], plannedDates: ['2026-05-20'] })
  })

  it('does not count other types, and a year in the future is all not yet due', () => {
    const r = row('2025-12-31T23:00:00+08:00', [held('partyLecture', '2026-02-01')])
    expect(r.state).toBe('notDue')
    expect(r.periods.every((p) => p.state === 'notDue')).toBe(true)
  })

  it('a past year with every quarter held is held', () => {
    const all = ['2026-02-20', '2026-05-20', '2026-08-20', '2026-11-20'].map((d) => held('generalMeeting', d))
    expect(row('2027-01-01T00:10:00+08:00', all)).toMatchObject({ state: 'held', due: 4, held: 4 })
  })
})

describe('months and years', () => {
  it('asks 党小组会 only of branches with 党小组', () => {
    const row = complianceRow({ year: 2026, now: at('2026-06-01T10:00:00+08:00'), hasGroups: false, activities: [] })
    expect(check(row, 'groupMeeting')).toMatchObject({ state: 'notApplicable', periods: [] })
  })

  it('treats a leap day like any other day of February', () => {
    const row = complianceRow({
      year: 2028,
      now: at('2028-03-01T00:00:00+08:00'),
      hasGroups: true,
      activities: [held('committeeMeeting', '2028-02-29')],
    })
    expect(
      check(row, 'committeeMeeting')
        .periods.slice(0, 3)
        .map((p) => p.state),
    ).toEqual(['missing', 'held', 'underWay'])
  })

  it('says what is still to hold this period and what was missed, in words', () => {
    const now = at('2026-11-18T10:30:00+08:00')
    const row = complianceRow({
      year: 2026,
      now,
      hasGroups: false,
      activities: [held('committeeMeeting', '2026-11-05'), held('generalMeeting', '2026-11-25', false)],
    })
    const words = complianceWords(row, now)
    expect(words.toHold).toContain('本季度还需召开党员大会（已安排11月25日）')
    expect(words.toHold).toContain('今年还需召开组织生活会')
    expect(words.toHold).not.toContain('本月还需召开支委会')
    expect(words.missed).toContain('10月未召开支委会')
    expect(words.missed).toContain('第三季度未召开党员大会')
  })
})

describe('a meeting counts once its minutes are confirmed', () => {
  const unrecorded = (type: RuleActivity['type'], date: string): RuleActivity => ({
    ...held(type, date),
    minutesConfirmed: false,
  })

  it('holds a period by a meeting on record, not by one whose minutes are a draft or unwritten', () => {
    const now = at('2026-11-18T10:30:00+08:00')
    const row = complianceRow({
      year: 2026,
      now,
      hasGroups: false,
      activities: [
        unrecorded('committeeMeeting', '2026-10-09'),
        unrecorded('committeeMeeting', '2026-11-05'),
        held('committeeMeeting', '2026-09-08'),
        unrecorded('generalMeeting', '2026-08-20'),
      ],
    })
    const committee = check(row, 'committeeMeeting')
    expect(committee.periods[8]).toMatchObject({ state: 'held', heldDates: ['2026-09-08'], unrecordedDates: [] })
    expect(committee.periods[9]).toMatchObject({ state: 'missing', heldDates: [], unrecordedDates: ['2026-10-09'] })
    expect(committee.periods[10]).toMatchObject({ state: 'underWay', unrecordedDates: ['2026-11-05'] })
    const words = complianceWords(row, now)
    expect(words.missed).toContain('10月支委会的会议记录未确认（10月9日召开）')
    expect(words.missed).toContain('第三季度党员大会的会议记录未确认（8月20日召开）')
    expect(words.missed).not.toContain('10月未召开支委会')
    expect(words.toHold).toContain('本月还需确认支委会的会议记录（11月5日召开）')
  })

  it('counts a 固定学习日 by its being held: it takes no minutes', () => {
    const row = complianceRow({
      year: 2026,
      now: at('2026-04-02T09:00:00+08:00'),
      hasGroups: false,
      activities: [unrecorded('studyDay', '2026-03-10')],
    })
    expect(check(row, 'studyDay').periods[2]).toMatchObject({
      state: 'held',
      heldDates: ['2026-03-10'],
      unrecordedDates: [],
    })
  })
})

describe('figures', () => {
  it('rounds the rate half up to one decimal, and sums before dividing', () => {
    expect(percent(13, 16)).toBe(81.3)
    expect(percent(1, 8)).toBe(12.5)
    expect(percent(0, 0)).toBeNull()
    const a = activityFigures(
      {
        expected: 3,
        present: 1,
        leaveRecorded: 0,
        absentRecorded: 0,
        leaveApprovedNoRecord: 1,
        leavePendingNoRecord: 0,
        makeup: { assigned: 0, due: 0, submitted: 0, returned: 0, done: 0 },
      },
      true,
    )
    expect(a).toMatchObject({ present: 1, onLeave: 1, absent: 1, ratePct: 33.3 })
    const b = activityFigures(
      {
        ...{
          expected: 1,
          present: 1,
          leaveRecorded: 0,
          absentRecorded: 0,
          leaveApprovedNoRecord: 0,
          leavePendingNoRecord: 0,
        },
        makeup: { assigned: 0, due: 0, submitted: 0, returned: 0, done: 0 },
      },
      true,
    )
    // (33.3 + 100) / 2 would be 66.7; the sums give 2 of 4.
    expect(sumFigures([a, b]).ratePct).toBe(50)
  })

  it('counts nobody absent before an activity has ended', () => {
    const f = activityFigures(
      {
        expected: 4,
        present: 1,
        leaveRecorded: 0,
        absentRecorded: 0,
        leaveApprovedNoRecord: 1,
        leavePendingNoRecord: 1,
        makeup: { assigned: 0, due: 0, submitted: 0, returned: 0, done: 0 },
      },
      false,
    )
    expect(f).toMatchObject({ onLeave: 1, leavePending: 1, absent: 0 })
  })
})
