/**
 * PRODUCT.md §9: a member who leaves (member.markLeft) or moves branch (member.move) keeps every
 * record — attendance, leave, 补学, study, dues, notices, audit — archived and unchanged, never
 * purged; and loses access to the old branch at once.
 */
import type { LocalCloud } from '../../localcloud/server'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import {
  aMakeupTask,
  codeNow,
  insertActivity,
  insertActivityNow,
  insertActivityTomorrow,
  insertDocs,
} from '../helpers/activity-mothers'
import { aBill, insertDues, thisMonth } from '../helpers/dues-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const WHO = WORLD.memberA1

/** Every stored document that is about this member, by collection (the member entry itself aside). */
async function recordsOf(memberId: string): Promise<Record<string, unknown[]>> {
  const all = await cloud.database.exportAll()
  const out: Record<string, unknown[]> = {}
  for (const [collection, list] of Object.entries(all)) {
    if (collection === 'members') continue
    const mine = list.filter((d) => JSON.stringify(d).includes(`"${memberId}"`))
    if (mine.length > 0) out[collection] = mine
  }
  return out
}

/** A member with a year's worth of records: present, on leave, a 补学, a study entry, a bill, a notice. */
async function memberWithRecords(): Promise<void> {
  await seedWorld(cloud)
  const now = await insertActivityNow(cloud, { _id: 'act-now' })
  const next = await insertActivityTomorrow(cloud, { _id: 'act-next' })
  const past = await insertActivity(cloud, { _id: 'act-past', status: 'closed' })
  await asMember(cloud, WHO).ok('member', 'attendance.signIn', { activityId: now._id, code: codeNow(cloud) })
  await asMember(cloud, WHO).ok('member', 'leave.request', { activityId: next._id, reason: '出差在外地' })
  await insertDocs(cloud, 'makeupTasks', [aMakeupTask(past, WHO)])
  await asMember(cloud, WHO).ok('member', 'makeup.submit', {
    activityId: past._id,
    reflection: '认真学习了党章，体会到要把纪律挺在前面。',
  })
  await asMember(cloud, WHO).ok('member', 'study.checkIn', { title: '学习党章', minutes: 30 })
  await insertDues(cloud, { bills: [aBill(WHO, WORLD.branchA, thisMonth(), 9000)] })
  await asSecretary(cloud).ok('secretary', 'notice.publish', {
    title: '关于开展主题党日的通知',
    body: '请各位党员按时参加。',
    audience: { kind: 'branch' },
  })
}

describe('a member who leaves', () => {
  beforeAll(memberWithRecords)

  it('keeps every record, unchanged, and can no longer act', async () => {
    const before = await recordsOf(WHO)
    expect(Object.keys(before).sort()).toEqual(
      expect.arrayContaining(['attendance', 'duesBills', 'leaveRequests', 'makeupTasks', 'studyCheckins']),
    )
    await asAdmin(cloud).ok('admin', 'member.markLeft', { memberId: WHO, leftDate: '2026-11-18', reason: '退休迁出' })
    const after = await recordsOf(WHO)
    for (const [collection, list] of Object.entries(before)) expect(after[collection]).toEqual(list)
    expect(after.auditLog?.length).toBe((before.auditLog?.length ?? 0) + 1)
    for (const [fn, action] of [
      ['member', 'activity.list'],
      ['member', 'study.month'],
      ['member', 'dues.my'],
      ['member', 'makeup.mine'],
    ] as const) {
      const res = await asMember(cloud, WHO).call(fn, action as 'activity.list', {})
      expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.NOT_BOUND' } })
    }
  })

  it('still counts in the branch’s archive: the secretary sees their attendance of the past', async () => {
    const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId: 'act-now' })
    expect(roster.rows.find((r) => r.memberId === WHO)).toMatchObject({ status: 'present' })
    const members = await asSecretary(cloud).ok('secretary', 'members.list', {})
    expect(members.members.map((m) => m.id)).not.toContain(WHO)
  })
})

describe('a member who moves branch', () => {
  beforeAll(async () => {
    await memberWithRecords()
  })

  it('keeps every record and sees their own history in the new branch', async () => {
    const before = await recordsOf(WHO)
    await asAdmin(cloud).ok('admin', 'member.move', { memberId: WHO, toBranchId: WORLD.branchB, reason: '工作调动' })
    const after = await recordsOf(WHO)
    for (const [collection, list] of Object.entries(before)) {
      if (collection === 'bindingCodes') continue
      expect(after[collection]).toEqual(list)
    }
    const study = await asMember(cloud, WHO).ok('member', 'study.month', {})
    expect(study.entries.map((e) => e.title)).toEqual(['学习党章'])
    const past = await asMember(cloud, WHO).ok('member', 'activity.list', { scope: 'past' })
    expect(past.items.map((a) => a.id)).toContain('act-past')
  })

  it('loses the old branch at once: its coming activities, sign-in, leave', async () => {
    const upcoming = await asMember(cloud, WHO).ok('member', 'activity.list', {})
    expect(upcoming.items.map((a) => a.id)).toEqual([])
    const open = await asMember(cloud, WHO).call('member', 'activity.get', { activityId: 'act-next' })
    expect(open).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_FOUND' } })
    const leave = await asMember(cloud, WHO).call('member', 'leave.request', {
      activityId: 'act-next',
      reason: '仍在出差',
    })
    expect(leave).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOT_FOUND' } })
    const home = await asMember(cloud, WHO).ok('member', 'home.get', {})
    expect(JSON.stringify(home)).not.toContain('act-next')
  })

  it('an officer who moves loses the old branch’s work at once', async () => {
    await asAdmin(cloud).ok('admin', 'member.move', {
      memberId: WORLD.secretaryA,
      toBranchId: WORLD.branchB,
      reason: '工作调动',
    })
    const old = await asSecretary(cloud, 'A').call('secretary', 'members.list', { branchId: WORLD.branchA })
    expect(old).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const roster = await asSecretary(cloud, 'A').call('secretary', 'activity.roster', { activityId: 'act-now' })
    expect(roster.ok).toBe(false)
  })
})
