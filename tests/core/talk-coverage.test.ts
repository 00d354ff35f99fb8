/** 谈心谈话 coverage rules (core/talk/coverage.ts), at every boundary. */
import { chinaDate, chinaInstant } from '../../core/dates'
import {
  arrivalDay,
  branchCoverage,
  chinaYear,
  kindOf,
  missingWords,
  newcomerTalkSuggestion,
  shareWords,
  talkDateProblem,
  talkNudgeDue,
  talkYear,
  yearWindow,
  type CoveragePerson,
} from '../../core/talk/coverage'
import { TALK_KIND_LABELS } from '../../core/talk/labels'
import { TALK_KINDS } from '../../core/talk/types'

const people: CoveragePerson[] = [
  { id: 's', name: '书记', side: 'committee' },
  { id: 'c1', name: '支委一', side: 'committee' },
  { id: 'c2', name: '支委二', side: 'committee' },
  { id: 'm1', name: '党员一', side: 'member' },
  { id: 'm2', name: '党员二', side: 'member' },
  { id: 'm3', name: '党员三', side: 'member' },
]
const talk = (aId: string, bId: string, date = '2026-03-01') => ({ aId, bId, date })
const cover = (talks: ReturnType<typeof talk>[], kinds = TALK_KINDS, year = 2026) =>
  branchCoverage({ people, talks, window: yearWindow(year), kinds })
const of = (res: ReturnType<typeof cover>, id: string) => res.people.find((p) => p.id === id)!

describe('the year of a talk, in China time', () => {
  it('puts 31 Dec 23:50 in that year and 1 Jan 00:10 in the next', () => {
    const late = chinaInstant('2026-12-31 23:50')
    const early = chinaInstant('2027-01-01 00:10')
    expect(chinaDate(late)).toBe('2026-12-31')
    expect(chinaDate(early)).toBe('2027-01-01')
    expect(chinaYear(late)).toBe(2026)
    // 00:10 China time is still 31 Dec in UTC: the year is China's.
    expect(new Date(early).getUTCFullYear()).toBe(2026)
    expect(chinaYear(early)).toBe(2027)
    expect(talkYear('2026-12-31')).toBe(2026)
    expect(talkYear('2027-01-01')).toBe(2027)
  })

  it('counts a talk of 31 Dec toward that year and one of 1 Jan toward the next', () => {
    const dec = cover([talk('m1', 'm2', '2026-12-31')])
    expect(of(dec, 'm1').kinds.memberMember).toEqual({ applies: true, covered: true, missing: [] })
    const jan = cover([talk('m1', 'm2', '2027-01-01')])
    expect(of(jan, 'm1').kinds.memberMember).toEqual({ applies: true, covered: false, missing: [] })
    expect(of(cover([talk('m1', 'm2', '2027-01-01')], TALK_KINDS, 2027), 'm1').kinds.memberMember).toMatchObject({
      covered: true,
    })
  })

  it('refuses a day after today in China time and accepts today itself', () => {
    const today = chinaDate(chinaInstant('2027-01-01 00:10'))
    expect(talkDateProblem('2027-01-01', today, [])).toBeNull()
    expect(talkDateProblem('2027-01-02', today, [])).toBe('future')
    expect(talkDateProblem('2027-01-01', chinaDate(chinaInstant('2026-12-31 23:50')), [])).toBe('future')
  })

  it('refuses a day before either party arrived in the branch, and accepts the day of arrival', () => {
    expect(talkDateProblem('2026-05-01', '2026-06-01', ['2020-01-01', '2026-05-01'])).toBeNull()
    expect(talkDateProblem('2026-04-30', '2026-06-01', ['2020-01-01', '2026-05-01'])).toBe('beforeArrival')
  })
})

describe('what covered means, per kind', () => {
  it('names the pair kind from both sides', () => {
    expect(kindOf('committee', 'committee')).toBe('committeeCommittee')
    expect(kindOf('committee', 'member')).toBe('committeeMember')
    expect(kindOf('member', 'committee')).toBe('committeeMember')
    expect(kindOf('member', 'member')).toBe('memberMember')
  })

  it('asks a 支委 to have talked with every other 支委, and names who is missing', () => {
    const res = cover([talk('s', 'c1'), talk('c2', 's')])
    expect(of(res, 's').kinds.committeeCommittee).toEqual({ applies: true, covered: true, missing: [] })
    expect(of(res, 'c1').kinds.committeeCommittee).toEqual({ applies: true, covered: false, missing: ['支委二'] })
    expect(of(res, 'm1').kinds.committeeCommittee).toEqual({ applies: false })
    expect(missingWords(of(res, 'c1'), TALK_KIND_LABELS)).toBe('支委之间（还差：支委二）、支委与党员')
  })

  it('asks a 党员 for one 支委 and one other 党员, a 支委 for one 党员', () => {
    const res = cover([talk('s', 'c1'), talk('s', 'c2'), talk('c1', 'c2'), talk('m1', 's'), talk('m1', 'm2')])
    expect(of(res, 'm1')).toMatchObject({ covered: true, talks: 2 })
    expect(of(res, 'm2').kinds.committeeMember).toMatchObject({ covered: false })
    expect(of(res, 'm2').kinds.memberMember).toMatchObject({ covered: true })
    expect(of(res, 's')).toMatchObject({ covered: true })
    expect(of(res, 'c1').kinds.committeeMember).toMatchObject({ covered: false })
    expect(res.figures).toEqual({
      counted: 6,
      covered: 2,
      perKind: {
        committeeCommittee: { counted: 3, covered: 3 },
        committeeMember: { counted: 6, covered: 2 },
        memberMember: { counted: 3, covered: 2 },
      },
    })
  })

  it('asks only the kinds the branch counts', () => {
    const res = cover([talk('m1', 'm2')], ['memberMember'])
    expect(of(res, 'm1')).toMatchObject({ covered: true })
    expect(of(res, 's').kinds.committeeMember).toEqual({ applies: false })
    expect(res.figures).toMatchObject({ counted: 3, covered: 2 })
  })

  it('asks nothing that cannot apply: a lone 支委 has no 支委之间, a lone 党员 no 党员之间', () => {
    const res = branchCoverage({
      people: [people[0]!, people[3]!],
      talks: [talk('s', 'm1')],
      window: yearWindow(2026),
      kinds: TALK_KINDS,
    })
    expect(res.people.map((p) => p.covered)).toEqual([true, true])
    expect(res.people[0]!.kinds.committeeCommittee).toEqual({ applies: false })
    expect(res.people[1]!.kinds.memberMember).toEqual({ applies: false })
  })

  it('counts a talk with someone who has since left, by the side they had', () => {
    const res = branchCoverage({
      people,
      talks: [talk('m1', 'gone')],
      window: yearWindow(2026),
      kinds: ['committeeMember'],
      former: new Map([['gone', 'committee' as const]]),
    })
    expect(of(res, 'm1')).toMatchObject({ covered: true })
  })
})

describe('words and figures', () => {
  it('says a share in people and percent, and a dash when no one is counted', () => {
    expect(shareWords(12, 20)).toBe('12/20人（60%）')
    expect(shareWords(0, 0)).toBe('—')
  })
})

describe('when a member arrived in the branch', () => {
  it('is the latest move into it, else the 入党日期', () => {
    expect(arrivalDay({ branchId: 'b', joinDate: '2001-07-01' })).toBe('2001-07-01')
    const moves = [
      { at: chinaInstant('2020-03-01 10:00'), toBranchId: 'b' },
      { at: chinaInstant('2023-03-01 10:00'), toBranchId: 'x' },
      { at: chinaInstant('2026-05-01 00:10'), toBranchId: 'b' },
    ]
    expect(arrivalDay({ branchId: 'b', joinDate: '2001-07-01', transfers: moves })).toBe('2026-05-01')
  })
})

describe('the nudge before a 组织生活会', () => {
  const now = chinaInstant('2026-11-01 09:00')
  const day = 24 * 3600_000
  it('is due when the meeting is within 30 days and someone is not covered', () => {
    expect(talkNudgeDue({ now, lifeMeetingStarts: [now + 30 * day], notCovered: 1, days: 30 })).toBe(now + 30 * day)
    expect(talkNudgeDue({ now, lifeMeetingStarts: [now + 30 * day + 1], notCovered: 1, days: 30 })).toBeNull()
    expect(talkNudgeDue({ now, lifeMeetingStarts: [now - 1], notCovered: 1, days: 30 })).toBeNull()
    expect(talkNudgeDue({ now, lifeMeetingStarts: [now + day], notCovered: 0, days: 30 })).toBeNull()
  })
})

describe('a talk suggested for a newcomer', () => {
  it('names the 书记, else a 支委, never the newcomer', () => {
    const roster = [
      { id: 'n', name: '新同志', role: 'secretary' as const },
      { id: 'c', name: '支委甲', role: 'committee' as const },
    ]
    expect(newcomerTalkSuggestion('n', roster)).toMatchObject({ partnerId: 'c', partnerName: '支委甲' })
    expect(newcomerTalkSuggestion('n', [roster[0]!])).toBeNull()
  })
})
