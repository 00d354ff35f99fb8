/**
 * 线下补学: a member who studied in person and handed in a paper 心得 has the 补学 task recorded
 * as done by the secretary — listed on 补学审核 as 未交 (unbound first), refused with stable codes
 * (done, not owed, waiting for review, a day out of range, another branch), audited once per tap,
 * and read as done (线下补学) on the member's own screens.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { AuditDoc } from '../../server/model'
import type { MakeupTaskDoc } from '../../server/actions/activity/model'
import { demoOpenid } from '../../demo/identities'
import { aMakeupTask, at, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, post, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const NOTE = '在支部活动室学习了会议记录，交了纸质心得'
const ACT = 'act-1'
const secretary = () => asSecretary(cloud)
const taskOf = async (memberId: string) =>
  (await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { _id: `${ACT}_${memberId}` }))[0]
const offlineAudits = () => docs<AuditDoc>(cloud, 'auditLog', { kind: 'makeup.offline' })

beforeEach(async () => {
  await seedWorld(cloud)
  // The meeting of Friday 6 March 2026, 15:00–17:00, closed; "now" is the Tuesday after.
  cloud.clock.set(at('2026-03-10 10:00'))
  const activity = await insertActivity(cloud, { status: 'closed', closedAt: at('2026-03-06 17:10') })
  await insertDocs(cloud, 'makeupTasks', [
    aMakeupTask(activity, WORLD.unboundA),
    aMakeupTask(activity, WORLD.memberA1, {
      status: 'returned',
      reflection: '学习了',
      submittedAt: at('2026-03-07 09:00'),
      reviews: [
        {
          at: at('2026-03-08 09:00'),
          byId: WORLD.secretaryA,
          byName: '甲书记',
          decision: 'return',
          comment: '请再写几句',
        },
      ],
    }),
    aMakeupTask(activity, WORLD.memberA2, {
      status: 'submitted',
      reflection: '认真学习了党章。',
      submittedAt: at('2026-03-09 09:00'),
    }),
    aMakeupTask(activity, WORLD.admin, { status: 'cancelled', cancelledAt: at('2026-03-06 17:30') }),
  ])
})

const record = (input: Partial<{ activityId: string; memberId: string; on: string; note: string }> = {}) =>
  secretary().call('secretary', 'makeup.recordOffline', {
    activityId: ACT,
    memberId: WORLD.unboundA,
    on: '2026-03-09',
    note: NOTE,
    ...input,
  })

describe('补学审核 lists who still owes 补学', () => {
  it('beside the 心得 waiting, the members still owing it, unbound first, with the days that may be named', async () => {
    const queue = await secretary().ok('secretary', 'makeup.queue', {})
    expect(queue.groups).toEqual([
      expect.objectContaining({
        activity: expect.objectContaining({ id: ACT }),
        submitted: [expect.objectContaining({ memberId: WORLD.memberA2 })],
        owing: [
          { memberId: WORLD.unboundA, name: '甲未绑定', status: 'due', bound: false },
          { memberId: WORLD.memberA1, name: '甲党员一', status: 'returned', bound: true },
        ],
        offlineDays: { start: '2026-03-06', end: '2026-03-10' },
        // The cancelled task is no 补学 owed: 补学3项：已完成0，待审1，退回1，未交1.
        figures: { assigned: 3, due: 1, submitted: 1, returned: 1, done: 0 },
      }),
    ])
  })
})

describe('recording 线下补学', () => {
  it('makes the task done with the day and the note, audited in words, and answers with 补学审核 as it now stands', async () => {
    const answer = await record()
    if (!answer.ok) throw new Error(answer.error.code)
    expect(answer.data.groups[0]).toMatchObject({
      figures: { assigned: 3, due: 0, submitted: 1, returned: 1, done: 1 },
    })
    expect(answer.data.groups[0].owing.map((o) => o.memberId)).toEqual([WORLD.memberA1])
    expect(await taskOf(WORLD.unboundA)).toMatchObject({
      status: 'done',
      offline: { on: '2026-03-09', note: NOTE, byId: WORLD.secretaryA, byName: '甲书记', from: 'due' },
    })
    expect((await taskOf(WORLD.unboundA)).offline?.at).toBeLessThan(at('2026-03-10 10:01'))
    const [entry] = await offlineAudits()
    expect(entry).toMatchObject({
      actorId: WORLD.secretaryA,
      branchId: WORLD.branchA,
      summary: `登记甲未绑定“3月党员集中活动日”的线下补学（3月9日）：${NOTE}`,
      before: { status: 'due' },
      after: { status: 'done', day: '2026-03-09', note: NOTE },
    })
  })

  it('may be recorded for a bound member too (a returned task), who then reads it as done, 线下补学', async () => {
    expect((await record({ memberId: WORLD.memberA1, on: '2026-03-06' })).ok).toBe(true)
    const member = asMember(cloud, WORLD.memberA1)
    const page = await member.ok('member', 'activity.get', { activityId: ACT })
    expect(page.makeupTask).toMatchObject({
      status: 'done',
      canSubmit: false,
      offline: { on: '2026-03-06', note: NOTE, byName: '甲书记' },
    })
    expect(page.me).toMatchObject({ makeup: 'done', makeupOffline: '2026-03-06' })
    const mine = await member.ok('member', 'makeup.mine', {})
    expect(mine.open).toEqual([])
    expect(mine.done).toEqual([expect.objectContaining({ activityId: ACT, status: 'done', offlineOn: '2026-03-06' })])
    // 活动 (my past activities) carries the day too; another member's list, with a 心得 waiting, none.
    const past = await member.ok('member', 'activity.list', { scope: 'past' })
    expect(past.items.find((a) => a.id === ACT)?.me).toMatchObject({ makeup: 'done', makeupOffline: '2026-03-06' })
    const waiting = await asMember(cloud, WORLD.memberA2).ok('member', 'activity.list', { scope: 'past' })
    expect(waiting.items.find((a) => a.id === ACT)?.me).toEqual(
      expect.not.objectContaining({ makeupOffline: expect.anything() }),
    )
    expect(waiting.items.find((a) => a.id === ACT)?.me.makeup).toBe('submitted')
    // Done is done: the member cannot send a 心得 over it.
    const late = await member.call('member', 'makeup.submit', {
      activityId: ACT,
      reflection: '补交一份学习心得，认真学习了。',
    })
    expect(late).toMatchObject({ ok: false, error: { code: 'MAKEUP.ALREADY_DONE' } })
  })

  it.each([
    ['done already', { memberId: WORLD.unboundA }, 'MAKEUP.ALREADY_DONE'],
    ['waiting for review', { memberId: WORLD.memberA2 }, 'MAKEUP.AWAITING_REVIEW'],
    ['cancelled (not owed)', { memberId: WORLD.admin }, 'MAKEUP.NOT_OWED'],
    ['no task (not owed)', { memberId: WORLD.secretaryA }, 'MAKEUP.NOT_OWED'],
    ['a day after today', { memberId: WORLD.memberA1, on: '2026-03-11' }, 'MAKEUP.OFFLINE_DAY_FUTURE'],
    ['a day before the meeting ended', { memberId: WORLD.memberA1, on: '2026-03-05' }, 'MAKEUP.OFFLINE_DAY_EARLY'],
    ['a note too short', { memberId: WORLD.memberA1, note: '学了' }, 'REQUEST.INVALID'],
    ['a note the content check refuses', { memberId: WORLD.memberA1, note: '在家里学习了赌博的危害' }, 'CONTENT.RISKY'],
    ['a member of another branch', { memberId: WORLD.memberB1 }, 'AUTH.OTHER_BRANCH'],
    ['no such member', { memberId: 'm-nobody' }, 'MEMBER.NOT_FOUND'],
    ['no such activity', { activityId: 'act-none' }, 'ACTIVITY.NOT_FOUND'],
  ])('is refused, writing nothing: %s', async (_case, input, code) => {
    if (code === 'MAKEUP.ALREADY_DONE') expect((await record()).ok).toBe(true)
    const before = await docs<MakeupTaskDoc>(cloud, 'makeupTasks', {})
    const audits = (await offlineAudits()).length
    expect(await record(input)).toMatchObject({ ok: false, error: { code } })
    expect(await docs<MakeupTaskDoc>(cloud, 'makeupTasks', {})).toEqual(before)
    expect(await offlineAudits()).toHaveLength(audits)
  })

  it("is refused for another branch's activity, before anything is read", async () => {
    const other = await asSecretary(cloud, 'B').call('secretary', 'makeup.recordOffline', {
      activityId: ACT,
      memberId: WORLD.unboundA,
      on: '2026-03-09',
      note: NOTE,
    })
    expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
    expect((await taskOf(WORLD.unboundA)).status).toBe('due')
  })

  it('is one record and one audit line under one request key; another tap is refused as done', async () => {
    const send = (requestKey: string) =>
      post(
        cloud,
        '/fn/secretary',
        JSON.stringify({
          action: 'makeup.recordOffline',
          input: { activityId: ACT, memberId: WORLD.unboundA, on: '2026-03-09', note: NOTE },
          requestKey,
        }),
        demoOpenid(WORLD.secretaryA),
      )
    const first = await send('offline-tap-0000001')
    cloud.clock.set(at('2026-03-10 10:05'))
    const again = await send('offline-tap-0000001')
    expect(first.json).toMatchObject({ ok: true })
    const data = (r: { json: unknown }) => (r.json as { data: unknown }).data
    expect(data(again)).toEqual(data(first))
    expect(await offlineAudits()).toHaveLength(1)
    expect((await taskOf(WORLD.unboundA)).offline?.at).toBeLessThan(at('2026-03-10 10:01'))
    expect((await send('offline-tap-0000002')).json).toMatchObject({
      ok: false,
      error: { code: 'MAKEUP.ALREADY_DONE', message: '这项补学已经完成，不需要再登记' },
    })
  })

  it("three taps at once: one record and one audit line; the others are refused in the secretary's words", async () => {
    const record = () =>
      asSecretary(cloud).call('secretary', 'makeup.recordOffline', {
        activityId: ACT,
        memberId: WORLD.unboundA,
        on: '2026-03-09',
        note: NOTE,
      })
    const results = await Promise.all([record(), record(), record()])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ error: { code: 'MAKEUP.ALREADY_DONE', message: '这项补学已经完成，不需要再登记' } })
    }
    expect(await offlineAudits()).toHaveLength(1)
  })
})

describe("officers' rows read a 补学 done in person as 线下补学, with its day", () => {
  it('活动现场, 缺勤人员 and the member’s year, for the branch and the party office; other tasks carry no day', async () => {
    expect((await record()).ok).toBe(true)
    const roster = await secretary().ok('secretary', 'activity.roster', { activityId: ACT })
    const rowOf = (id: string) => roster.rows.find((r) => r.memberId === id)
    expect(rowOf(WORLD.unboundA)).toMatchObject({ status: 'absent', makeup: 'done', makeupOffline: '2026-03-09' })
    expect(rowOf(WORLD.memberA1)?.makeup).toBe('returned')
    expect(roster.rows.filter((r) => r.makeupOffline !== undefined).map((r) => r.memberId)).toEqual([WORLD.unboundA])
    const live = await secretary().ok('secretary', 'activity.live', { activityId: ACT })
    expect(live.roster.rows).toEqual(roster.rows)

    for (const officer of [secretary(), asAdmin(cloud)]) {
      const missing = await officer.ok('secretary', 'attendance.absentees', { activityId: ACT })
      const people = missing.activities[0].people
      expect(people.find((p) => p.memberId === WORLD.unboundA)).toMatchObject({
        makeup: 'done',
        makeupOffline: '2026-03-09',
      })
      expect(people.filter((p) => p.makeupOffline !== undefined).map((p) => p.memberId)).toEqual([WORLD.unboundA])
      const year = await officer.ok('secretary', 'attendance.member', { memberId: WORLD.unboundA, year: 2026 })
      expect(year.rows.find((r) => r.activity.id === ACT)).toMatchObject({
        makeup: 'done',
        makeupOffline: '2026-03-09',
      })
      const other = await officer.ok('secretary', 'attendance.member', { memberId: WORLD.memberA1, year: 2026 })
      expect(other.rows.find((r) => r.activity.id === ACT)).toEqual(
        expect.not.objectContaining({ makeupOffline: expect.anything() }),
      )
    }
  })
})
