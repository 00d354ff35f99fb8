/**
 * 首页 for officers (issue 23): a 书记 or 支委 sees what waits in their own branch, counted as the
 * queues themselves count it; the party office sees this month's figures as 出勤总览 and
 * 党费收缴情况 compute them, and the branches needing attention with the reasons in words.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { DuesPaymentDoc } from '../../server/actions/dues/model'
import { anActivity, aLeave, aMakeupTask, at, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, asStranger, actor, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill, aSettings, fireTimer, insertDues, MARCH_10 } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'
import { aMinutes } from '../helpers/minutes-mothers'
import { demoOpenid } from '../../demo/identities'
import { anApplicant, insertPeople } from '../helpers/develop-mothers'

const DAY = 24 * 3600_000
const COMMITTEE = 'm-ta-com'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

function aStalePayment(memberId: string, reportedAt: number): DuesPaymentDoc {
  return {
    _id: `pay-${memberId}`,
    memberId,
    memberName: '甲党员二',
    branchId: WORLD.branchA,
    kind: 'payment',
    via: 'report',
    status: 'reported',
    months: [{ month: '2026-03', fen: 9000 }],
    amountFen: 9000,
    method: 'wechat',
    receiptFileID: null,
    note: null,
    reportedAt,
    reportedBy: { id: memberId, name: '甲党员二' },
    confirmedAt: null,
    confirmedBy: null,
    rejectedAt: null,
    rejectedBy: null,
    rejectReason: null,
    correctsId: null,
    reason: null,
    posted: true,
    requestId: `req-${memberId}`,
  }
}

/**
 * On 10 March 2026, branch A has held and arranged what the rules ask, and has: two leave
 * requests (one 8 days old), two 补学心得 (one 11 days old), two payment reports (one 9 days old),
 * an unbound member who owes December–February. Branch B has only a leave request and a 心得.
 */
async function seedQueues(): Promise<void> {
  await seedWorld(cloud)
  cloud.clock.set(MARCH_10)
  await insertDues(cloud, {
    settings: [aSettings(WORLD.branchA, { since: '2026-03' }), aSettings(WORLD.branchB, { since: '2026-03' })],
  })
  await cloud.database.insertRaw('members', [
    aMember({ _id: COMMITTEE, branchId: WORLD.branchA, role: 'committee', name: '甲组织委员' }) as never,
  ])
  await fireTimer(cloud)
  const held = (id: string, type: string, date: string) =>
    anActivity({ _id: id, type: type as never, date, status: 'closed', closedAt: at(`${date} 18:00`) })
  const febDay = held('a-feb-day', 'activityDay', '2026-02-20')
  const upcoming = anActivity({ _id: 'a-mar-day', date: '2026-03-20' })
  const bUpcoming = anActivity({
    _id: 'b-mar-day',
    branchId: WORLD.branchB,
    date: '2026-03-20',
    expectedIds: [WORLD.memberB1, WORLD.secretaryB].sort(),
  })
  const bHeld = { ...held('b-feb', 'committeeMeeting', '2026-02-10'), branchId: WORLD.branchB }
  const meetings = [
    bHeld,
    held('a-feb-com', 'committeeMeeting', '2026-02-10'),
    held('a-q4-gen', 'generalMeeting', '2025-12-12'),
    held('a-q4-lec', 'partyLecture', '2025-11-14'),
  ]
  await insertDocs(cloud, 'activities', [
    febDay,
    upcoming,
    bUpcoming,
    ...meetings,
    held('a-feb-study', 'studyDay', '2026-02-06'),
    anActivity({ _id: 'a-mar-study', type: 'studyDay', date: '2026-03-13' }),
  ])
  // A meeting counts as held once its minutes are confirmed.
  await insertDocs(
    cloud,
    'minutes',
    meetings.map((m) => aMinutes(m, { status: 'confirmed', confirmedAt: m.endAt + DAY })),
  )
  await insertDocs(cloud, 'leaveRequests', [
    aLeave(upcoming, WORLD.memberA1, { requestedAt: MARCH_10 - 8 * DAY }),
    aLeave(upcoming, WORLD.memberA2, { requestedAt: MARCH_10 - DAY }),
    aLeave(bUpcoming, WORLD.memberB1, { requestedAt: MARCH_10 - 20 * DAY }),
  ])
  const submitted = (at: number) => ({
    status: 'submitted' as const,
    reflection: '学习了党章，体会很深。',
    submittedAt: at,
  })
  await insertDocs(cloud, 'makeupTasks', [
    aMakeupTask(febDay, WORLD.memberA1, submitted(MARCH_10 - 11 * DAY)),
    aMakeupTask(febDay, WORLD.memberA2, submitted(MARCH_10 - 2 * DAY)),
    aMakeupTask(febDay, WORLD.unboundA),
    aMakeupTask(bHeld, WORLD.memberB1, submitted(MARCH_10 - DAY)),
  ])
  await insertDues(cloud, {
    bills: ['2025-12', '2026-01', '2026-02'].map((m) => aBill(WORLD.unboundA, WORLD.branchA, m, 9000)),
    payments: [aStalePayment(WORLD.memberA2, MARCH_10 - 9 * DAY)],
  })
  await asMember(cloud).ok('member', 'dues.report', { months: ['2026-03'], amountFen: 9000, method: 'wechat' })
}

describe('首页 for a 书记 or 支委: what waits in their own branch', () => {
  beforeEach(seedQueues)

  it('counts each queue as the queue itself lists it, and each count is 支部管理’s', async () => {
    // Someone who applied 10 days ago: the talk with them is due within the month.
    await insertPeople(cloud, [anApplicant(cloud, 10)])
    const secretary = asSecretary(cloud)
    const [home, leave, makeup, dues, overview] = await Promise.all([
      secretary.ok('member', 'home.get', {}),
      secretary.ok('secretary', 'leave.queue', {}),
      secretary.ok('secretary', 'makeup.queue', {}),
      secretary.ok('secretary', 'dues.branch', {}),
      secretary.ok('secretary', 'overview.branch', {}),
    ])
    expect(home.officer).toEqual({
      branchId: WORLD.branchA,
      leavePending: leave.items.length,
      makeupSubmitted: makeup.groups.reduce((n, g) => n + g.submitted.length, 0),
      paymentsReported: dues.waiting.length,
      unbound: overview.members.total - overview.members.bound,
      // The very figure 支部管理's 党员发展 badge shows.
      developDue: overview.develop.due,
    })
    expect(home.officer).toEqual({
      branchId: WORLD.branchA,
      leavePending: 2,
      makeupSubmitted: 2,
      paymentsReported: 2,
      unbound: 1,
      developDue: 1,
    })
    expect(overview.waiting).toEqual({ leavePending: 2, makeupSubmitted: 2, paymentsReported: 2 })
    expect(home.office).toBeNull()
  })

  it('gives a 支委 the same card, and each secretary only their own branch', async () => {
    const committee = await actor(cloud, demoOpenid(COMMITTEE)).ok('member', 'home.get', {})
    expect(committee.officer).toMatchObject({ branchId: WORLD.branchA, leavePending: 2, makeupSubmitted: 2 })
    const b = await asSecretary(cloud, 'B').ok('member', 'home.get', {})
    expect(b.officer).toEqual({
      branchId: WORLD.branchB,
      leavePending: 1,
      makeupSubmitted: 1,
      paymentsReported: 0,
      unbound: 0,
      developDue: 0,
    })
    expect(b.office).toBeNull()
  })

  it('gives a member and a stranger no officer section, and an admin the office', async () => {
    const member = await asMember(cloud).ok('member', 'home.get', {})
    expect(member).toMatchObject({ officer: null, office: null })
    const stranger = await asStranger(cloud).ok('member', 'home.get', {})
    expect(stranger).toMatchObject({ officer: null, office: null, session: { bound: false } })
    const admin = await asAdmin(cloud).ok('member', 'home.get', {})
    expect(admin.officer).toBeNull()
    expect(admin.office).not.toBeNull()
  })

  it('says nothing waits once every queue is answered', async () => {
    await seedWorld(cloud)
    cloud.clock.set(MARCH_10)
    const home = await asSecretary(cloud, 'B').ok('member', 'home.get', {})
    expect(home.officer).toEqual({
      branchId: WORLD.branchB,
      leavePending: 0,
      makeupSubmitted: 0,
      paymentsReported: 0,
      unbound: 0,
      developDue: 0,
    })
  })
})

describe('首页 for the party office: this month, and the branches needing attention', () => {
  beforeEach(seedQueues)

  it('reads this month as 出勤总览 and 党费收缴情况 do, to the person and the fen', async () => {
    const admin = asAdmin(cloud)
    const [home, bureau, rates] = await Promise.all([
      admin.ok('member', 'home.get', {}),
      admin.ok('admin', 'attendance.bureau', { year: 2026, month: '2026-03' }),
      admin.ok('admin', 'dues.collection', { year: 2026 }),
    ])
    const office = home.office
    expect(office).toMatchObject({
      month: '2026-03',
      branches: 2,
      members: bureau.bureau.study.members,
      attendance: bureau.bureau.total,
      dues: bureau.bureau.dues,
      study: bureau.bureau.study,
    })
    const march = rates.bureau.cells[2]
    expect(office?.dues).toMatchObject({ dueFen: march.dueFen, paidFen: march.paidFen, ratePct: march.ratePct })
    // The test world's seven people and the 支委 added above.
    expect(office?.members).toBe(8)
    expect(office?.dues.dueFen).toBeGreaterThan(0)
  })

  it('lists branches in the organisation’s order with the reasons in words', async () => {
    const home = await asAdmin(cloud).ok('member', 'home.get', {})
    expect(home.office?.attention).toEqual([
      {
        branchId: WORLD.branchA,
        name: '第一支部',
        reasons: [
          '1名党员连续3个月以上未交党费',
          '1条请假申请等待审批超过7天',
          '1篇补学心得等待审核超过7天',
          '1笔缴费等待确认超过7天',
        ],
      },
      {
        branchId: WORLD.branchB,
        name: '第二支部',
        reasons: [
          '上季度未召开党员大会',
          '上季度未开展党课',
          '本月没有安排固定学习日',
          '上月未开展固定学习日',
          '上月未开展党员集中活动日',
          '1条请假申请等待审批超过7天',
        ],
      },
    ])
  })

  it('does not hold against a branch what it held and arranged', async () => {
    const home = await asAdmin(cloud).ok('member', 'home.get', {})
    const a = home.office?.attention.find((b) => b.branchId === WORLD.branchA)
    expect(a?.reasons.some((r) => r.includes('本月') || r.includes('上月') || r.includes('上季度'))).toBe(false)
  })
})
