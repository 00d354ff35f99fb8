import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { DEMO_STRANGER_OPENID } from '../../demo/identities'
import { actor, asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

async function member(id: string): Promise<MemberDoc> {
  return (await cloud.database.find('members', { _id: id }))[0] as unknown as MemberDoc
}

describe('organisation tree', () => {
  it('counts members and bound members per branch', async () => {
    const { nodes } = await asAdmin(cloud).ok('admin', 'org.tree', {})
    expect(nodes.find((n) => n.id === WORLD.branchA)).toMatchObject({ kind: 'branch', memberCount: 5, boundCount: 4 })
    expect(nodes.find((n) => n.id === WORLD.branchB)).toMatchObject({ memberCount: 2, boundCount: 2 })
  })

  it('creates a 党小组 under a branch but not a branch under a 党小组', async () => {
    const group = await asAdmin(cloud).ok('admin', 'org.create', {
      kind: 'group',
      name: '第一党小组',
      parentId: WORLD.branchA,
    })
    expect(group).toMatchObject({ kind: 'group', parentId: WORLD.branchA })
    const bad = await asAdmin(cloud).call('admin', 'org.create', {
      kind: 'branch',
      name: '错误支部',
      parentId: group.id,
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'ORG.BAD_PARENT' } })
    const dup = await asAdmin(cloud).call('admin', 'org.create', {
      kind: 'group',
      name: '第一党小组',
      parentId: WORLD.branchA,
    })
    expect(dup).toMatchObject({ ok: false, error: { code: 'ORG.DUPLICATE_NAME' } })
  })

  it('renames a branch and audits the old and new name', async () => {
    await asAdmin(cloud).ok('admin', 'org.rename', { orgId: WORLD.branchA, name: '机关第一党支部' })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'org.rename' })).entries
    expect(entry).toMatchObject({
      before: { name: '第一支部' },
      after: { name: '机关第一党支部' },
      actorName: '党委办',
    })
  })
})

describe('admins changing members', () => {
  it('edits a member with the before and after in the audit log', async () => {
    const row = await asAdmin(cloud).ok('admin', 'member.update', {
      memberId: WORLD.memberA2,
      changes: { probationary: true, joinDate: '2025-12-01' },
      reason: '补录入党日期',
    })
    expect(row).toMatchObject({ id: WORLD.memberA2, probationary: true, joinDate: '2025-12-01' })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'member.update' })).entries
    expect(entry).toMatchObject({
      targetId: WORLD.memberA2,
      before: { probationary: false, joinDate: '2010-07-01' },
      after: { probationary: true, joinDate: '2025-12-01' },
    })
  })

  it('appointing a new secretary moves the old one to 支委', async () => {
    await asAdmin(cloud).ok('admin', 'member.update', { memberId: WORLD.memberA1, changes: { role: 'secretary' } })
    expect((await member(WORLD.memberA1)).role).toBe('secretary')
    expect((await member(WORLD.secretaryA)).role).toBe('committee')
    const list = await asMember(cloud, WORLD.memberA1).call('secretary', 'members.list', {})
    expect(list.ok).toBe(true)
  })

  it('moves a member to another branch: same record, history kept, new secretary sees them', async () => {
    await asAdmin(cloud).ok('admin', 'member.move', {
      memberId: WORLD.memberA2,
      toBranchId: WORLD.branchB,
      reason: '工作调动',
    })
    const moved = await member(WORLD.memberA2)
    expect(moved).toMatchObject({ branchId: WORLD.branchB, openid: expect.any(String) })
    expect(moved.transfers).toEqual([
      expect.objectContaining({ fromBranchId: WORLD.branchA, toBranchId: WORLD.branchB, reason: '工作调动' }),
    ])
    const b = await asSecretary(cloud, 'B').ok('secretary', 'members.list', {})
    expect(b.members.map((m) => m.id)).toContain(WORLD.memberA2)
    const a = await asSecretary(cloud, 'A').ok('secretary', 'members.list', {})
    expect(a.members.map((m) => m.id)).not.toContain(WORLD.memberA2)
    expect(await asMember(cloud, WORLD.memberA2).ok('member', 'profile.get', {})).toMatchObject({
      branchName: '第二支部',
    })
  })

  it('marks a member as left: kept on file, no longer signed in', async () => {
    await asAdmin(cloud).ok('admin', 'member.markLeft', {
      memberId: WORLD.memberA2,
      leftDate: '2026-02-28',
      reason: '组织关系转出本单位',
    })
    expect(await member(WORLD.memberA2)).toMatchObject({ status: 'left', left: { date: '2026-02-28' } })
    const res = await asMember(cloud, WORLD.memberA2).call('member', 'profile.get', {})
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.NOT_BOUND' } })
    const again = await asAdmin(cloud).call('admin', 'member.markLeft', {
      memberId: WORLD.memberA2,
      leftDate: '2026-02-28',
      reason: '再次',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBER.LEFT' } })
  })

  it('refuses a rename that would duplicate a name in the branch', async () => {
    const res = await asAdmin(cloud).call('admin', 'member.update', {
      memberId: WORLD.memberA2,
      changes: { name: '甲党员一' },
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'MEMBER.DUPLICATE_NAME' } })
  })
})

describe('what members and secretaries see', () => {
  it('a member sees their own profile', async () => {
    expect(await asMember(cloud).ok('member', 'profile.get', {})).toEqual({
      id: WORLD.memberA1,
      name: '甲党员一',
      branchName: '第一支部',
      groupName: null,
      joinDate: '2010-07-01',
      role: 'member',
      duty: null,
      probationary: false,
    })
  })

  it('我的 in one call: session and profile; an admin off the roster gets the session only', async () => {
    const mine = await asMember(cloud).ok('member', 'me.get', {})
    expect(mine).toMatchObject({
      session: { bound: true, role: 'member' },
      profile: { id: WORLD.memberA1, branchName: '第一支部' },
    })
    await cloud.database.insertRaw('members', [])
    const stranger = await actor(cloud, DEMO_STRANGER_OPENID).ok('member', 'me.get', {})
    expect(stranger).toEqual({ session: { bound: false, role: null, member: null }, profile: null, unreadNotices: 0 })
  })

  it('a secretary sees their branch with bound state, officers first', async () => {
    const { branch, members } = await asSecretary(cloud).ok('secretary', 'members.list', {})
    expect(branch).toEqual({ id: WORLD.branchA, name: '第一支部' })
    expect(members[0]).toMatchObject({ id: WORLD.secretaryA, role: 'secretary' })
    expect(members.find((m) => m.id === WORLD.unboundA)).toMatchObject({ bound: false, code: { state: 'none' } })
    expect(members.map((m) => m.id)).not.toContain(WORLD.memberB1)
  })

  it('reads a branch of more than 1,000 members completely', async () => {
    const template = await member(WORLD.memberA1)
    const many = Array.from({ length: 1205 }, (_, i) => ({
      ...template,
      _id: `m-bulk-${i}`,
      name: `党员${i}`,
      openid: null,
    }))
    await cloud.database.insertRaw('members', many as unknown as Record<string, unknown>[])
    const { members } = await asSecretary(cloud).ok('secretary', 'members.list', {})
    expect(members).toHaveLength(5 + 1205)
  })
})

describe('audit log', () => {
  it('pages through entries written in the same millisecond without skipping any', async () => {
    cloud.clock.set(Date.parse('2026-03-04T09:00:00+08:00'))
    const at = cloud.clock.now()
    const entries = Array.from({ length: 7 }, (_, i) => ({
      _id: `audit-${i}`,
      at,
      actorOpenid: 'o',
      actorId: null,
      actorName: '甲',
      kind: 'test.same',
      summary: `第${i}条`,
      branchId: null,
      targetId: null,
      before: null,
      after: null,
      requestId: 'r',
    }))
    await cloud.database.insertRaw('auditLog', entries)
    const seen: string[] = []
    let before: string | undefined
    for (;;) {
      const page: { entries: Array<{ id: string }>; nextBefore: string | null } = await asAdmin(cloud).ok(
        'admin',
        'audit.list',
        { kind: 'test.same', limit: 3, ...(before ? { before } : {}) },
      )
      seen.push(...page.entries.map((e) => e.id))
      if (!page.nextBefore) break
      before = page.nextBefore
    }
    expect(seen.sort()).toEqual(entries.map((e) => e._id).sort())
  })

  it('narrows by branch and by person (with a kind group too), and sends what it can be narrowed to', async () => {
    const at = cloud.clock.now()
    const row = (
      id: string,
      actorId: string | null,
      actorName: string,
      kind: string,
      branchId: string | null,
      i: number,
    ) => ({
      _id: id,
      at: at - i * 1000,
      actorOpenid: 'o',
      actorId,
      actorName,
      kind,
      summary: id,
      branchId,
      targetId: null,
      before: null,
      after: null,
      requestId: `r-${id}`,
    })
    await cloud.database.insertRaw('auditLog', [
      row('a-sec-leave', WORLD.secretaryA, '甲书记（旧名）', 'leave.decide', WORLD.branchA, 0),
      row('a-sec-notice', WORLD.secretaryA, '甲书记', 'notice.publish', WORLD.branchA, 1),
      row('a-office', WORLD.admin, '党委办', 'org.rename', WORLD.branchA, 2),
      row('b-sec', WORLD.secretaryB, '乙书记', 'leave.decide', WORLD.branchB, 3),
      row('timer', null, '系统', 'reminder.send', null, 4),
    ])
    const ids = async (input: {
      branchId?: string
      actorId?: string
      group?: string
      groups?: string[]
      before?: string
    }) => {
      const page = await asAdmin(cloud).ok('admin', 'audit.list', input as { branchId?: string })
      return page.entries.map((e) => e.id)
    }
    expect(await ids({ branchId: WORLD.branchA })).toEqual(['a-sec-leave', 'a-sec-notice', 'a-office'])
    expect(await ids({ actorId: WORLD.secretaryA })).toEqual(['a-sec-leave', 'a-sec-notice'])
    expect(await ids({ actorId: WORLD.secretaryA, branchId: WORLD.branchB })).toEqual([])
    expect(await ids({ branchId: WORLD.branchA, group: 'leave' })).toEqual(['a-sec-leave'])
    // Several groups ticked: entries of any of them, with the other narrowings as well.
    expect(await ids({ groups: ['leave', 'notice'] })).toEqual(['a-sec-leave', 'a-sec-notice', 'b-sec'])
    expect(await ids({ groups: ['roster', 'notice'], branchId: WORLD.branchA })).toEqual(['a-sec-notice', 'a-office'])
    expect(await ids({ groups: [] })).toHaveLength(5)

    const first = await asAdmin(cloud).ok('admin', 'audit.list', { limit: 1 })
    expect(first.choices?.branches.map((b) => b.name)).toEqual(
      ['第二支部', '第一支部'].sort((x, y) => x.localeCompare(y, 'zh')),
    )
    // Everyone who wrote to the log, by today's name; the timer's entries have no person.
    expect(first.choices?.people.map((p) => p.id).sort()).toEqual(
      [WORLD.admin, WORLD.secretaryA, WORLD.secretaryB].sort(),
    )
    expect(first.choices?.people.find((p) => p.id === WORLD.secretaryA)?.name).toBe('甲书记')
    const later = await asAdmin(cloud).ok('admin', 'audit.list', { limit: 1, before: first.nextBefore! })
    expect(later.choices).toBeNull()

    // Ids are checked before anything is read.
    for (const bad of [
      { branchId: 'org ta' },
      { actorId: '../m-ta-sec' },
      { actorId: '' },
      { groups: ['leave', 'nosuch'] },
      { groups: 'leave' },
    ]) {
      const env = await asAdmin(cloud).call('admin', 'audit.list', bad as { actorId?: string })
      expect(env.ok).toBe(false)
    }
  })

  it('filters by kind and pages newest first', async () => {
    const start = cloud.clock.now()
    for (let i = 0; i < 3; i++) {
      cloud.clock.set(start + i * 1000)
      await asAdmin(cloud).ok('admin', 'org.rename', { orgId: WORLD.branchB, name: `第二支部${i}` })
    }
    const first = await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'org.rename', limit: 2 })
    expect(first.entries.map((e) => e.after)).toEqual([{ name: '第二支部2' }, { name: '第二支部1' }])
    const second = await asAdmin(cloud).ok('admin', 'audit.list', {
      kind: 'org.rename',
      limit: 2,
      before: first.nextBefore ?? undefined,
    })
    expect(second.entries.map((e) => e.after)).toEqual([{ name: '第二支部0' }])
    expect(second.nextBefore).toBeNull()
  })
})
