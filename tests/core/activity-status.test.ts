import fc from 'fast-check'
import { chinaInstant } from '../../core/dates'
import { checkFence, distanceM } from '../../core/activity/geo'
import {
  activityPhase,
  countsText,
  makeupState,
  memberCan,
  memberStatus,
  standingCounts,
  standingLabel,
  type StatusFacts,
} from '../../core/activity/status'

const start = chinaInstant('2026-03-06 15:00')
const end = chinaInstant('2026-03-06 17:00')
const facts = (over: Partial<StatusFacts>): StatusFacts => ({
  activity: { status: 'published', startAt: start, endAt: end },
  expected: true,
  attendance: null,
  leave: null,
  makeup: null,
  now: start - 3600_000,
  ...over,
})

describe('a member’s status', () => {
  it.each<[string, Partial<StatusFacts>, string]>([
    ['expected before the start', {}, 'expected'],
    ['leave pending', { leave: { status: 'pending' } }, 'leavePending'],
    ['on approved leave', { leave: { status: 'approved' } }, 'onLeave'],
    ['refused leave is still expected', { leave: { status: 'refused' } }, 'expected'],
    ['present', { attendance: { status: 'present' }, now: start }, 'present'],
    [
      'present wins over approved leave',
      { attendance: { status: 'present' }, leave: { status: 'approved' } },
      'present',
    ],
    ['absent once it ended unsigned', { now: end + 1 }, 'absent'],
    ['absent once closed', { activity: { status: 'closed', startAt: start, endAt: end }, now: start + 1 }, 'absent'],
    ['fixed as absent', { attendance: { status: 'absent' } }, 'absent'],
    ['fixed as on leave', { attendance: { status: 'leave' } }, 'onLeave'],
    ['not expected', { expected: false }, 'notExpected'],
  ])('%s', (_name, over, status) => {
    expect(memberStatus(facts(over))).toBe(status)
  })

  it('hides a cancelled 补学', () => {
    expect(makeupState({ status: 'cancelled' })).toBeNull()
    expect(makeupState({ status: 'returned' })).toBe('returned')
    expect(makeupState(null)).toBeNull()
  })

  it('offers leave before the start, sign-in in the window, 补学 while open', () => {
    expect(memberCan(facts({}))).toEqual({ requestLeave: true, signIn: false, submitMakeup: false })
    expect(memberCan(facts({ now: start - 10 * 60_000 }))).toEqual({
      requestLeave: true,
      signIn: true,
      submitMakeup: false,
    })
    expect(memberCan(facts({ now: start + 60_000 }))).toEqual({
      requestLeave: false,
      signIn: true,
      submitMakeup: false,
    })
    expect(memberCan(facts({ now: start, attendance: { status: 'present' } })).signIn).toBe(false)
    expect(memberCan(facts({ now: start, leave: { status: 'approved' } })).signIn).toBe(true)
    expect(memberCan(facts({ expected: false, now: start })).signIn).toBe(false)
    expect(memberCan(facts({ makeup: { status: 'returned' } })).submitMakeup).toBe(true)
    expect(memberCan(facts({ makeup: { status: 'done' } })).submitMakeup).toBe(false)
  })
})

describe('distance and geofence', () => {
  it('measures known distances', () => {
    // 天安门 → 故宫午门, about 700 m north; one degree of latitude is about 111.2 km.
    expect(distanceM({ lat: 39.9087, lng: 116.3975 }, { lat: 39.9151, lng: 116.3972 })).toBeGreaterThan(690)
    expect(distanceM({ lat: 39.9087, lng: 116.3975 }, { lat: 39.9151, lng: 116.3972 })).toBeLessThan(720)
    expect(distanceM({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111_195, -2)
  })

  it('is symmetric, zero to itself and obeys the triangle inequality', () => {
    const point = fc.record({
      lat: fc.double({ min: -89, max: 89, noNaN: true }),
      lng: fc.double({ min: -179, max: 179, noNaN: true }),
    })
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceM(a, a)).toBeCloseTo(0, 6)
        expect(distanceM(a, b)).toBeCloseTo(distanceM(b, a), 3)
        expect(distanceM(a, c)).toBeLessThanOrEqual(distanceM(a, b) + distanceM(b, c) + 1e-6)
      }),
    )
  })

  it('accepts inside the radius (with at most 100 m for accuracy) and says how far otherwise', () => {
    const fence = { lat: 39.9087, lng: 116.3975, radiusM: 300 }
    expect(checkFence(fence, { lat: 39.9087, lng: 116.3975 })).toEqual({ inside: true, distanceM: 0 })
    const far = { lat: 39.9151, lng: 116.3972 }
    expect(checkFence(fence, far)).toMatchObject({
      inside: false,
      message: expect.stringMatching(/^您距离活动地点约7\d\d米，需要在300米以内才能签到$/),
    })
    expect(checkFence(fence, { ...far, accuracyM: 5000 }).inside).toBe(false)
    expect(checkFence({ ...fence, radiusM: 650 }, { ...far, accuracyM: 80 }).inside).toBe(true)
    expect(checkFence(fence, { lat: 40.0, lng: 116.3975 })).toMatchObject({ message: expect.stringContaining('公里') })
  })
})

describe('the same words on every screen', () => {
  const a = {
    startAt: Date.parse('2026-03-06T15:00:00+08:00'),
    endAt: Date.parse('2026-03-06T17:00:00+08:00'),
    status: 'published',
  }
  const at = (clock: string) => Date.parse(`2026-03-06T${clock}:00+08:00`)

  it('says 待参加 before the start and 未签到 once it is under way', () => {
    expect(activityPhase(a, at('14:59'))).toBe('upcoming')
    expect(activityPhase(a, at('15:13'))).toBe('underway')
    expect(activityPhase(a, at('17:01'))).toBe('ended')
    expect(activityPhase({ ...a, status: 'closed' }, at('16:00'))).toBe('ended')
    expect(standingLabel('expected', 'upcoming')).toBe('待参加')
    expect(standingLabel('expected', 'underway')).toBe('未签到')
    expect(standingLabel('leavePending', 'underway')).toBe('请假待批')
    expect(standingLabel('onLeave', 'upcoming')).toBe('已请假')
  })

  it('sums an activity up in one sentence, leaving out what is zero', () => {
    const counts = standingCounts(['present', 'present', 'leavePending', 'expected', 'expected', 'onLeave'])
    expect(countsText(counts, 'underway')).toBe('应到6人：已签到2人，请假1人，请假待批1人，未签到2人')
    expect(countsText(standingCounts(['expected']), 'upcoming')).toBe('应到1人：已签到0人，待参加1人')
  })
})
