/**
 * What officers see of study: completeness, never performance. A secretary sees per member
 * only a record yes/no and the items done; an admin per branch only the share with a record.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { aMember } from '../helpers/mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aCheckin, aStudyItem, at, insertCheckins, insertItems } from '../helpers/study-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  await insertItems(cloud, [
    aStudyItem({ _id: 'si-charter', title: '中国共产党章程', kind: 'regulation' }),
    aStudyItem({ _id: 'si-a', scope: 'branch', branchId: WORLD.branchA, title: '支部专题党课', kind: 'lecture' }),
    aStudyItem({ _id: 'si-b', scope: 'branch', branchId: WORLD.branchB, title: '乙支部书目' }),
  ])
  cloud.clock.set(at('2026-03-10 10:00'))
})

/** Words that would mean a figure about a person's study crept into an officer's view. */
const RANKING_WORDS = /minute|count|total|rank|score|days|times|entries|last/i

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)])
  }
  return []
}

describe('the secretary’s 学习资料 page', () => {
  it('shows per member only a record yes/no and the items done, in name order, nothing that ranks', async () => {
    const a1 = asMember(cloud, WORLD.memberA1)
    await a1.ok('member', 'study.checkIn', { itemId: 'si-charter', minutes: 120, reflection: '认真学习' })
    await a1.ok('member', 'study.checkIn', { itemId: 'si-a', minutes: 90 })
    await a1.ok('member', 'study.checkIn', { title: '学习强国', minutes: 60 })
    const withdrawn = await asMember(cloud, WORLD.memberA2).ok('member', 'study.checkIn', { itemId: 'si-a' })
    await asMember(cloud, WORLD.memberA2).ok('member', 'study.withdraw', { entryId: withdrawn.id })

    const view = await asSecretary(cloud, 'A').ok('secretary', 'study.branch', {})
    expect(Object.keys(view).sort()).toEqual(['branch', 'items', 'members', 'month'])
    expect(view).toMatchObject({ branch: { id: WORLD.branchA, name: '第一支部' }, month: '2026-03' })
    for (const row of view.members)
      expect(Object.keys(row).sort()).toEqual(['doneItemIds', 'hasRecord', 'memberId', 'name'])
    expect(view.members.map((m) => m.name)).toEqual(['党委办', '甲党员二', '甲党员一', '甲书记', '甲未绑定'])
    const byId = Object.fromEntries(view.members.map((m) => [m.memberId, m]))
    expect(byId[WORLD.memberA1]).toEqual({
      memberId: WORLD.memberA1,
      name: '甲党员一',
      hasRecord: true,
      doneItemIds: ['si-charter', 'si-a'],
    })
    expect(byId[WORLD.memberA2]).toMatchObject({ hasRecord: false, doneItemIds: [] })
    expect(byId[WORLD.unboundA]).toMatchObject({ hasRecord: false, doneItemIds: [] })

    expect(view.items.map((i) => [i.id, i.editable])).toEqual([
      ['si-charter', false],
      ['si-a', true],
    ])
    for (const item of view.items) {
      expect(Object.keys(item).sort()).toEqual(
        ['current', 'editable', 'fileID', 'id', 'kind', 'link', 'period', 'periodLabel', 'scope', 'title'].sort(),
      )
    }
    expect(keysDeep(view).filter((k) => RANKING_WORDS.test(k))).toEqual([])
    expect(JSON.stringify(view)).not.toMatch(/认真学习|120|90/)
  })

  it('counts a month by the day studied; items done stay done', async () => {
    await insertCheckins(cloud, [
      aCheckin({
        _id: 'sc-feb',
        memberId: WORLD.memberA1,
        branchId: WORLD.branchA,
        day: '2026-02-26',
        itemId: 'si-charter',
      }),
      aCheckin({ _id: 'sc-mar', memberId: WORLD.memberA2, branchId: WORLD.branchA, day: '2026-03-01' }),
    ])
    const march = await asSecretary(cloud, 'A').ok('secretary', 'study.branch', {})
    const row = (view: typeof march, id: string) => view.members.find((m) => m.memberId === id)
    expect(row(march, WORLD.memberA1)).toMatchObject({ hasRecord: false, doneItemIds: ['si-charter'] })
    expect(row(march, WORLD.memberA2)).toMatchObject({ hasRecord: true })
    const feb = await asSecretary(cloud, 'A').ok('secretary', 'study.branch', { month: '2026-02' })
    expect(row(feb, WORLD.memberA1)).toMatchObject({ hasRecord: true })
    expect(await asSecretary(cloud, 'A').call('secretary', 'study.branch', { month: '2026-04' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.FUTURE_MONTH' },
    })
  })

  it('follows a member who moved branch: their records go with them', async () => {
    await asMember(cloud, WORLD.memberB1).ok('member', 'study.checkIn', { itemId: 'si-charter' })
    await asAdmin(cloud).ok('admin', 'member.move', {
      memberId: WORLD.memberB1,
      toBranchId: WORLD.branchA,
      reason: '工作调动',
    })
    const a = await asSecretary(cloud, 'A').ok('secretary', 'study.branch', {})
    expect(a.members.find((m) => m.memberId === WORLD.memberB1)).toMatchObject({
      hasRecord: true,
      doneItemIds: ['si-charter'],
    })
    const b = await asSecretary(cloud, 'B').ok('secretary', 'study.branch', {})
    expect(b.members.map((m) => m.memberId)).toEqual([WORLD.secretaryB])
  })

  it('lets an admin open any branch; a secretary only their own', async () => {
    const view = await asAdmin(cloud).ok('secretary', 'study.branch', { branchId: WORLD.branchB })
    expect(view.items.map((i) => i.id)).toEqual(['si-charter', 'si-b'])
    expect(await asSecretary(cloud, 'B').call('secretary', 'study.branch', { branchId: WORLD.branchA })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OTHER_BRANCH' },
    })
  })
})

describe('the admin’s overview', () => {
  it('shows per branch only the share of members with a record this month, in the organisation’s order', async () => {
    await asMember(cloud, WORLD.memberA1).ok('member', 'study.checkIn', { title: '学习党章', minutes: 300 })
    await asMember(cloud, WORLD.memberA1).ok('member', 'study.checkIn', { title: '再学党章', minutes: 300 })
    await asMember(cloud, WORLD.secretaryA).ok('member', 'study.checkIn', { itemId: 'si-a' })
    await asMember(cloud, WORLD.memberB1).ok('member', 'study.checkIn', { itemId: 'si-b' })

    const view = await asAdmin(cloud).ok('admin', 'study.overview', {})
    expect(Object.keys(view).sort()).toEqual(['branches', 'bureauSharePercent', 'items', 'month'])
    for (const row of view.branches) expect(Object.keys(row).sort()).toEqual(['branchId', 'branchName', 'sharePercent'])
    // A: 2 of 5 active members (secretary, 2 members, unbound, the office's own member); B: 1 of 2; 3 of 7 in all.
    expect(view).toMatchObject({
      month: '2026-03',
      bureauSharePercent: 43,
      branches: [
        { branchId: WORLD.branchA, branchName: '第一支部', sharePercent: 40 },
        { branchId: WORLD.branchB, branchName: '第二支部', sharePercent: 50 },
      ],
    })
    expect(view.items.map((i) => [i.id, i.scope, i.editable])).toEqual([['si-charter', 'bureau', true]])
    expect(keysDeep(view).filter((k) => RANKING_WORDS.test(k))).toEqual([])
  })

  it('reads every member of a large bureau, past any page or batch size', async () => {
    const many: MemberDoc[] = Array.from({ length: 250 }, (_unused, i) =>
      aMember({ _id: `m-big-${String(i).padStart(3, '0')}`, branchId: WORLD.branchB, openid: null, boundAt: null }),
    )
    await cloud.database.insertRaw('members', many as unknown as Record<string, unknown>[])
    await insertCheckins(
      cloud,
      many
        .filter((_m, i) => i % 2 === 0)
        .map((m) => aCheckin({ _id: `sc-${m._id}`, memberId: m._id, branchId: WORLD.branchB, day: '2026-03-02' })),
    )
    const view = await asAdmin(cloud).ok('admin', 'study.overview', { month: '2026-03' })
    // B: 125 of 252 with a record.
    expect(view.branches.find((b) => b.branchId === WORLD.branchB)?.sharePercent).toBe(50)
    const branch = await asAdmin(cloud).ok('secretary', 'study.branch', { branchId: WORLD.branchB })
    expect(branch.members).toHaveLength(252)
    expect(branch.members.filter((m) => m.hasRecord)).toHaveLength(125)
  })
})
