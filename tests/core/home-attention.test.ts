/** The office's "needs attention" rules (core/home/attention.ts), at the turns of month, quarter and year. */
import type { RuleActivity } from '../../core/attendance/compliance'
import { chinaInstant } from '../../core/dates'
import { attentionFrom, attentionReasons, type BranchAttentionInput } from '../../core/home/attention'

const held = (type: RuleActivity['type'], date: string): RuleActivity => ({
  type,
  date,
  month: date.slice(0, 7),
  held: true,
  minutesConfirmed: true,
})
const planned = (type: RuleActivity['type'], date: string): RuleActivity => ({
  type,
  date,
  month: date.slice(0, 7),
  held: false,
  minutesConfirmed: false,
})

const input = (
  now: string,
  activities: RuleActivity[],
  extra: Partial<BranchAttentionInput> = {},
): BranchAttentionInput => ({
  now: chinaInstant(now),
  hasGroups: false,
  activities,
  arrearsMembers: 0,
  stale: { leave: 0, makeup: 0, payments: 0 },
  ...extra,
})

describe('which branches need attention, and why', () => {
  it('looks back over the year boundary on 1 January (China time)', () => {
    expect(attentionFrom(chinaInstant('2027-01-01 00:10'))).toBe('2026-10')
    expect(attentionFrom(chinaInstant('2026-05-31 23:50'))).toBe('2026-01')
    expect(attentionFrom(chinaInstant('2026-02-28 12:00'))).toBe('2025-10')
    const allHeld = [
      held('committeeMeeting', '2026-12-10'),
      held('studyDay', '2026-12-04'),
      held('activityDay', '2026-12-18'),
      held('generalMeeting', '2026-11-20'),
      held('partyLecture', '2026-10-16'),
      planned('studyDay', '2027-01-08'),
      planned('activityDay', '2027-01-22'),
    ]
    expect(attentionReasons(input('2027-01-01 00:10', allHeld))).toEqual([])
    expect(attentionReasons(input('2027-01-01 00:10', allHeld.slice(1)))).toEqual(['上月未召开支委会'])
  })

  it('names a monthly day not arranged, and the quarter just ended without its meetings', () => {
    expect(attentionReasons(input('2026-04-02 09:00', [held('studyDay', '2026-03-06')]))).toEqual([
      '上月未召开支委会',
      '上季度未召开党员大会',
      '上季度未开展党课',
      '本月没有安排固定学习日',
      '本月没有安排党员集中活动日',
      '上月未开展党员集中活动日',
    ])
  })

  it('asks 党小组会 only of branches with groups, and never judges the year’s meetings here', () => {
    const some = [
      held('committeeMeeting', '2026-05-10'),
      held('studyDay', '2026-05-06'),
      held('activityDay', '2026-05-20'),
    ]
    const arranged = [
      ...some,
      held('studyDay', '2026-06-05'),
      planned('activityDay', '2026-06-19'),
      held('generalMeeting', '2026-02-01'),
      held('partyLecture', '2026-03-01'),
    ]
    expect(attentionReasons(input('2026-06-10 09:00', arranged))).toEqual([])
    expect(attentionReasons(input('2026-06-10 09:00', arranged, { hasGroups: true }))).toEqual(['上月未召开党小组会'])
  })

  it('words arrears and queues waiting too long', () => {
    const reasons = attentionReasons(
      input('2026-06-10 09:00', [], { arrearsMembers: 2, stale: { leave: 1, makeup: 3, payments: 2 } }),
    ).slice(-4)
    expect(reasons).toEqual([
      '2名党员连续3个月以上未交党费',
      '1条请假申请等待审批超过7天',
      '3篇补学心得等待审核超过7天',
      '2笔缴费等待确认超过7天',
    ])
  })
})
