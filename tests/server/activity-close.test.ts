/**
 * Leave, closing and 补学, ending with the browser journey of the issue: A asks for leave and it
 * is approved, B signs in, C does nothing; after closing A and C have 补学, A's is confirmed.
 */
import type { RosterRow, RosterView } from '../../core/contract/activity'
import type { LocalCloud } from '../../localcloud/server'
import type { AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from '../../server/actions/activity/model'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { at, BRANCH_A_IDS, codeNow, docs, insertActivity } from '../helpers/activity-mothers'

/** One member's row of a roster an action answered with. */
const rowOf = (memberId: string, roster: RosterView): RosterRow | undefined =>
  roster.rows.find((r) => r.memberId === memberId)

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-02 09:00'))
})

const A = WORLD.memberA1
const B = WORLD.memberA2
const C = WORLD.unboundA
const REFLECTION = '通过补学党章，我进一步认识到遵守纪律的重要性，今后要按时参加组织生活。'

describe('leave', () => {
  beforeEach(() => insertActivity(cloud))

  it('waits for the secretary where its activity is now: moved later, 请假审批 and 支部概览 agree until it ends', async () => {
    await asMember(cloud, A).ok('member', 'leave.request', { activityId: 'act-1', reason: '赴省厅开会' })
    await asSecretary(cloud).ok('secretary', 'activity.update', {
      activityId: 'act-1',
      changes: { date: '2026-03-20' },
      reason: '与全市会议冲突，改期',
    })
    const waiting = async () => {
      const [queue, overview] = await Promise.all([
        asSecretary(cloud).ok('secretary', 'leave.queue', {}),
        asSecretary(cloud).ok('secretary', 'overview.branch', {}),
      ])
      return { items: queue.items, count: overview.waiting.leavePending }
    }
    // A day after the old start (6 March 15:00), two weeks before the new one.
    cloud.clock.set(at('2026-03-07 16:00'))
    expect(await waiting()).toEqual({
      items: [expect.objectContaining({ memberId: A, startAt: at('2026-03-20 15:00') })],
      count: 1,
    })
    // Under way: still to decide, on both screens; ended: on neither.
    cloud.clock.set(at('2026-03-20 16:00'))
    expect(await waiting()).toMatchObject({ items: [expect.objectContaining({ memberId: A })], count: 1 })
    cloud.clock.set(at('2026-03-20 17:01'))
    expect(await waiting()).toEqual({ items: [], count: 0 })
  })

  it('is asked with a reason, re-asked after a refusal, and decided with reasons kept in the history', async () => {
    const asked = await asMember(cloud, A).ok('member', 'leave.request', { activityId: 'act-1', reason: '赴省厅开会' })
    expect(asked).toMatchObject({
      status: 'leavePending',
      leave: { status: 'pending', reason: '赴省厅开会' },
      can: { requestLeave: true },
    })
    const queue = await asSecretary(cloud).ok('secretary', 'leave.queue', {})
    expect(queue.items).toEqual([
      expect.objectContaining({
        memberId: A,
        name: '甲党员一',
        reason: '赴省厅开会',
        activityTitle: '3月党员集中活动日',
      }),
    ])

    const noReason = await asSecretary(cloud).call('secretary', 'leave.decide', {
      activityId: 'act-1',
      memberId: A,
      approve: false,
    })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'LEAVE.REASON_REQUIRED' } })
    const refused = rowOf(
      A,
      await asSecretary(cloud).ok('secretary', 'leave.decide', {
        activityId: 'act-1',
        memberId: A,
        approve: false,
        reason: '会议可以改期',
      }),
    )
    expect(refused).toMatchObject({
      status: 'expected',
      leave: { status: 'refused', decisionReason: '会议可以改期', decidedByName: '甲书记' },
    })

    await asMember(cloud, A).ok('member', 'leave.request', { activityId: 'act-1', reason: '会议无法改期' })
    const decided = await asSecretary(cloud).ok('secretary', 'leave.decide', {
      activityId: 'act-1',
      memberId: A,
      approve: true,
    })
    // The answer is the whole roster, counted again: what 活动现场 shows next.
    expect(decided.counts.onLeave).toBe(1)
    const row = rowOf(A, decided)
    expect(row).toMatchObject({ status: 'onLeave', leave: { status: 'approved', reason: '会议无法改期' } })
    const again = await asSecretary(cloud).call('secretary', 'leave.decide', {
      activityId: 'act-1',
      memberId: A,
      approve: false,
      reason: '改主意',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'LEAVE.ALREADY_DECIDED' } })

    const [stored] = await docs<LeaveRequestDoc>(cloud, 'leaveRequests', {})
    expect(stored.history.map((h) => h.event)).toEqual(['request', 'refuse', 'request', 'approve'])
    const kinds = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'leave.decide' })).entries
    expect(kinds).toHaveLength(2)
  })

  it('after the start is refused, saying when it started', async () => {
    cloud.clock.set(at('2026-03-06 15:01'))
    const late = await asMember(cloud, A).call('member', 'leave.request', { activityId: 'act-1', reason: '临时有事' })
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.TOO_LATE', message: '活动已于3月6日 15:00开始，不能再请假；如有特殊情况请直接联系书记' },
    })
  })

  it('is not needed once signed in', async () => {
    cloud.clock.set(at('2026-03-06 14:40'))
    await asMember(cloud, A).ok('member', 'attendance.signIn', { activityId: 'act-1', code: codeNow(cloud) })
    const res = await asMember(cloud, A).call('member', 'leave.request', { activityId: 'act-1', reason: '临时有事' })
    expect(res).toMatchObject({ ok: false, error: { code: 'LEAVE.ALREADY_PRESENT' } })
  })
})

describe('closing', () => {
  beforeEach(() => insertActivity(cloud))

  it('cannot close before the start', async () => {
    const res = await asSecretary(cloud).call('secretary', 'activity.close', { activityId: 'act-1' })
    expect(res).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_STARTED' } })
  })

  it('closing twice at once makes one record and one 补学 per member, and one audit entry', async () => {
    cloud.clock.set(at('2026-03-06 17:10'))
    const replies = await Promise.all(
      [1, 2, 3].map(() => asSecretary(cloud).call('secretary', 'activity.close', { activityId: 'act-1' })),
    )
    expect(replies.every((r) => r.ok)).toBe(true)
    await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: 'act-1' })
    const records = await docs<AttendanceDoc>(cloud, 'attendance', { activityId: 'act-1' })
    expect(records.map((r) => r.memberId).sort()).toEqual(BRANCH_A_IDS)
    expect(records.every((r) => r.status === 'absent')).toBe(true)
    expect(await docs(cloud, 'makeupTasks', { activityId: 'act-1' })).toHaveLength(BRANCH_A_IDS.length)
    expect((await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'activity.close' })).entries).toHaveLength(1)
  })

  it('refuses sign-ins once closed, even inside the time window', async () => {
    cloud.clock.set(at('2026-03-06 16:00'))
    const code = codeNow(cloud)
    await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: 'act-1' })
    const res = await asMember(cloud, A).call('member', 'attendance.signIn', { activityId: 'act-1', code })
    expect(res).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.WINDOW_CLOSED' } })
  })

  it('a late manual sign-in corrects “absent” with history and audit, and cancels the 补学', async () => {
    cloud.clock.set(at('2026-03-06 17:10'))
    await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: 'act-1' })
    cloud.clock.set(at('2026-03-07 09:00'))
    const noReason = await asSecretary(cloud).call('secretary', 'attendance.markPresent', {
      activityId: 'act-1',
      memberId: C,
      reason: ' ',
    })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
    const row = rowOf(
      C,
      await asSecretary(cloud).ok('secretary', 'attendance.markPresent', {
        activityId: 'act-1',
        memberId: C,
        reason: '到会但手机没电，会议记录有签名',
      }),
    )
    expect(row).toMatchObject({
      status: 'present',
      makeup: null,
      attendance: { method: 'manual', corrected: true, reason: '到会但手机没电，会议记录有签名' },
    })
    const [record] = await docs<AttendanceDoc>(cloud, 'attendance', { _id: `act-1_${C}` })
    expect(record.history).toEqual([
      expect.objectContaining({ status: 'absent', at: expect.any(Number), replacedAt: expect.any(Number) }),
    ])
    expect(record.history[0].replacedAt).toBeGreaterThanOrEqual(at('2026-03-07 09:00'))
    expect((await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { _id: `act-1_${C}` }))[0]).toMatchObject({
      status: 'cancelled',
    })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'attendance.markPresent' })).entries
    expect(entry).toMatchObject({ before: { status: 'absent' }, after: { status: 'present', method: 'manual' } })
    const twice = rowOf(
      C,
      await asSecretary(cloud).ok('secretary', 'attendance.markPresent', {
        activityId: 'act-1',
        memberId: C,
        reason: '重复',
      }),
    )
    expect(twice?.attendance?.reason).toBe('到会但手机没电，会议记录有签名')
  })

  it('a leave approved after closing turns absent into on leave, keeping the 补学', async () => {
    cloud.clock.set(at('2026-03-05 09:00'))
    await asMember(cloud, A).ok('member', 'leave.request', { activityId: 'act-1', reason: '住院' })
    cloud.clock.set(at('2026-03-06 17:10'))
    const { roster: closed, window } = await asSecretary(cloud).ok('secretary', 'activity.close', {
      activityId: 'act-1',
    })
    // The answer is 活动现场 as it now reads: sign-in closed, no code.
    expect(window.state).toBe('closed')
    expect(closed.rows.find((r) => r.memberId === A)).toMatchObject({
      status: 'absent',
      leave: { status: 'pending' },
      makeup: 'due',
    })
    const row = rowOf(
      A,
      await asSecretary(cloud).ok('secretary', 'leave.decide', { activityId: 'act-1', memberId: A, approve: true }),
    )
    expect(row).toMatchObject({ status: 'onLeave', makeup: 'due', attendance: { status: 'leave', corrected: true } })
  })
})

describe('the journey of the issue', () => {
  it('A on leave with 补学 done, B present, C absent with 补学 pending', async () => {
    // The secretary publishes a 党员集中活动日.
    const day = await asSecretary(cloud).ok('secretary', 'activity.create', {
      type: 'activityDay',
      date: '2026-03-06',
      startTime: '15:00',
      endTime: '17:00',
      place: '三楼会议室',
      agenda: '学习党章第一章',
      materials: [{ kind: 'text', title: '党章第一章', text: '第一条 年满十八岁的中国工人、农民、军人、知识分子……' }],
      publish: true,
    })
    const activityId = day.id
    // A asks for leave and it is approved.
    await asMember(cloud, A).ok('member', 'leave.request', { activityId, reason: '赴省厅参加培训' })
    await asSecretary(cloud).ok('secretary', 'leave.decide', { activityId, memberId: A, approve: true })
    // B signs in with the code shown on the secretary's phone.
    cloud.clock.set(at('2026-03-06 15:03'))
    const live = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId })
    await asMember(cloud, B).ok('member', 'attendance.signIn', { activityId, code: live.code!.code })
    const during = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId })
    expect(during.roster.counts).toMatchObject({ expected: 5, present: 1, onLeave: 1, waiting: 3 })
    // C does nothing; the secretary closes it.
    cloud.clock.set(at('2026-03-06 17:05'))
    await asSecretary(cloud).ok('secretary', 'activity.close', { activityId })
    // A and C find a 补学 task carrying the materials.
    const aTasks = await asMember(cloud, A).ok('member', 'makeup.mine', {})
    expect(aTasks.open).toEqual([expect.objectContaining({ activityId, cause: 'leave', status: 'due' })])
    const cTasks = await asMember(cloud, C).call('member', 'makeup.mine', {})
    expect(cTasks).toMatchObject({ ok: false, error: { code: 'AUTH.NOT_BOUND' } })
    expect((await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { _id: `${activityId}_${C}` }))[0]).toMatchObject({
      cause: 'absent',
      status: 'due',
    })
    expect((await asMember(cloud, B).ok('member', 'makeup.mine', {})).open).toEqual([])
    // 学习 lists the same open tasks in its one call: A's task for A, nothing for B.
    expect((await asMember(cloud, A).ok('member', 'study.month', {})).makeup).toEqual(aTasks.open)
    expect((await asMember(cloud, B).ok('member', 'study.month', {})).makeup).toEqual([])
    const page = await asMember(cloud, A).ok('member', 'activity.get', { activityId })
    expect(page.makeupTask).toMatchObject({ materials: [{ title: '党章第一章' }], canSubmit: true, status: 'due' })
    // A submits a 心得; too short is refused, risky is refused.
    const short = await asMember(cloud, A).call('member', 'makeup.submit', { activityId, reflection: '学习了' })
    expect(short).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID', message: '心得至少要10个字' } })
    const risky = await asMember(cloud, A).call('member', 'makeup.submit', {
      activityId,
      reflection: '这次学习让我想到了赌博的危害和纪律的重要',
    })
    expect(risky).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    await asMember(cloud, A).ok('member', 'makeup.submit', {
      activityId,
      reflection: '初稿：学习了党章。认真学习了党章。',
    })
    // The secretary returns it with a comment; A resubmits; the secretary confirms.
    const queue = await asSecretary(cloud).ok('secretary', 'makeup.queue', {})
    expect(queue.groups).toEqual([
      expect.objectContaining({
        activity: expect.objectContaining({ id: activityId }),
        figures: { assigned: 4, due: 3, submitted: 1, returned: 0, done: 0 },
        submitted: [expect.objectContaining({ memberId: A, name: '甲党员一' })],
      }),
    ])
    const noComment = await asSecretary(cloud).call('secretary', 'makeup.review', {
      activityId,
      memberId: A,
      decision: 'return',
    })
    expect(noComment).toMatchObject({ ok: false, error: { code: 'MAKEUP.COMMENT_REQUIRED' } })
    await asSecretary(cloud).ok('secretary', 'makeup.review', {
      activityId,
      memberId: A,
      decision: 'return',
      comment: '请结合本职工作谈体会',
    })
    const returned = await asMember(cloud, A).ok('member', 'makeup.mine', {})
    expect(returned.open[0]).toMatchObject({ status: 'returned', lastComment: '请结合本职工作谈体会' })
    const resubmitted = await asMember(cloud, A).ok('member', 'makeup.submit', { activityId, reflection: REFLECTION })
    expect(resubmitted).toMatchObject({
      status: 'submitted',
      reflection: REFLECTION,
      reviews: [{ decision: 'return' }],
    })
    const confirmed = await asSecretary(cloud).ok('secretary', 'makeup.review', {
      activityId,
      memberId: A,
      decision: 'confirm',
    })
    // The answer is 补学审核 as it now stands: A's 心得 no longer waits.
    expect(confirmed.groups.flatMap((g) => g.submitted).map((i) => i.memberId)).not.toContain(A)
    const [task] = await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { _id: `${activityId}_${A}` })
    expect(task.status).toBe('done')
    const late = await asMember(cloud, A).call('member', 'makeup.submit', { activityId, reflection: REFLECTION })
    expect(late).toMatchObject({ ok: false, error: { code: 'MAKEUP.ALREADY_DONE' } })
    // The roster shows B present, A on leave with 补学 done, C absent with 补学 pending.
    const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId })
    const rowOf = (id: string) => roster.rows.find((r) => r.memberId === id)
    expect(rowOf(B)).toMatchObject({ status: 'present', makeup: null })
    expect(rowOf(A)).toMatchObject({ status: 'onLeave', makeup: 'done' })
    expect(rowOf(C)).toMatchObject({ status: 'absent', makeup: 'due' })
    expect(roster.counts).toMatchObject({
      expected: 5,
      present: 1,
      onLeave: 1,
      absent: 3,
      makeupDone: 1,
      makeupOpen: 3,
    })
    // A's own record shows it too.
    const past = await asMember(cloud, A).ok('member', 'activity.list', { scope: 'past' })
    expect(past.items[0].me).toMatchObject({ status: 'onLeave', makeup: 'done' })
    const history = await asSecretary(cloud).ok('secretary', 'attendance.member', { memberId: A, year: 2026 })
    expect(history.figures).toMatchObject({ activities: 1, onLeave: 1, makeup: { done: 1 } })
    const branch = await asSecretary(cloud).ok('secretary', 'activity.branchHistory', { year: 2026 })
    expect(branch.months).toEqual([
      {
        month: '2026-03',
        activities: [
          expect.objectContaining({
            id: activityId,
            expected: 5,
            present: 1,
            onLeave: 1,
            absent: 3,
            makeupDone: 1,
            makeupOpen: 3,
          }),
        ],
      },
    ])
  })
})
