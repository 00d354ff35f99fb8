/** Keeping the reading list: admins the bureau-wide one, secretaries their branch's; edits and retirements audited. */
import type { LocalCloud } from '../../localcloud/server'
import type { StudyItemDoc } from '../../server/actions/study/model'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { at } from '../helpers/study-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-10 10:00'))
})

async function stored(id: string): Promise<StudyItemDoc> {
  return (await cloud.database.find('studyItems', { _id: id }))[0] as unknown as StudyItemDoc
}

const itemIds = async (memberId: string) =>
  (await asMember(cloud, memberId).ok('member', 'study.month', {})).items.map((i) => i.id)

describe('the bureau-wide list', () => {
  it('is kept by admins, seen by every branch, with a link and a period', async () => {
    const item = await asAdmin(cloud).ok('admin', 'studyItems.add', {
      title: '学习强国：学习贯彻党的二十届四中全会精神',
      kind: 'xuexi',
      link: 'https://www.xuexi.cn/',
      period: { from: '2026-01', to: '2026-03' },
    })
    expect(item).toMatchObject({
      scope: 'bureau',
      kind: 'xuexi',
      link: 'https://www.xuexi.cn/',
      fileID: null,
      periodLabel: '2026年第一季度',
      current: true,
      editable: true,
    })
    expect(await itemIds(WORLD.memberA1)).toEqual([item.id])
    expect(await itemIds(WORLD.memberB1)).toEqual([item.id])
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'studyItem.add' })).entries
    expect(entry).toMatchObject({ targetId: item.id, branchId: null, actorName: '党委办' })
  })

  it('cannot be changed by a secretary; the admin function does not touch a branch’s own items', async () => {
    const bureau = await asAdmin(cloud).ok('admin', 'studyItems.add', { title: '中国共产党章程', kind: 'regulation' })
    const branch = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', { title: '支部书目', kind: 'book' })
    expect(
      await asSecretary(cloud, 'A').call('secretary', 'studyItems.edit', {
        itemId: bureau.id,
        changes: { title: '改' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'STUDY.BUREAU_ITEM' } })
    expect(await asSecretary(cloud, 'A').call('secretary', 'studyItems.retire', { itemId: bureau.id })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.BUREAU_ITEM' },
    })
    expect(await asAdmin(cloud).call('admin', 'studyItems.retire', { itemId: branch.id })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.BRANCH_ITEM' },
    })
  })
})

describe('a branch’s own list', () => {
  it('is added by the secretary with a recording, seen by the branch only', async () => {
    const item = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', {
      title: '专题党课：以学铸魂',
      kind: 'lecture',
      fileID: 'cloud://local.env/study/lecture.mp4',
    })
    expect(item).toMatchObject({ scope: 'branch', fileID: 'cloud://local.env/study/lecture.mp4', editable: true })
    expect(await stored(item.id)).toMatchObject({ branchId: WORLD.branchA, createdBy: WORLD.secretaryA })
    expect(await itemIds(WORLD.memberA1)).toEqual([item.id])
    expect(await itemIds(WORLD.memberB1)).toEqual([])
  })

  it('is edited with before and after in the audit log; an edit that changes nothing is refused', async () => {
    const item = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', { title: '第四卷', kind: 'book' })
    const edited = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.edit', {
      itemId: item.id,
      changes: { title: '《习近平谈治国理政》第四卷', kind: 'book', period: { from: '2026-03', to: '2026-03' } },
      reason: '写全书名',
    })
    expect(edited).toMatchObject({ title: '《习近平谈治国理政》第四卷', periodLabel: '2026年3月' })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'studyItem.edit' })).entries
    expect(entry).toMatchObject({
      branchId: WORLD.branchA,
      summary: '修改学习资料“第四卷”：写全书名',
      before: { title: '第四卷', period: null },
      after: { title: '《习近平谈治国理政》第四卷', period: { from: '2026-03', to: '2026-03' } },
    })
    const cleared = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.edit', {
      itemId: item.id,
      changes: { period: null },
    })
    expect(cleared).toMatchObject({ period: null, periodLabel: null })
    expect(
      await asSecretary(cloud, 'A').call('secretary', 'studyItems.edit', {
        itemId: item.id,
        changes: { kind: 'book' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID', message: '没有要修改的内容' } })
  })

  it('is out of reach of another branch’s secretary; an admin may act on it naming the branch', async () => {
    const item = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', { title: '支部书目', kind: 'book' })
    expect(
      await asSecretary(cloud, 'B').call('secretary', 'studyItems.edit', { itemId: item.id, changes: { title: '改' } }),
    ).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
    const added = await asAdmin(cloud).ok('secretary', 'studyItems.add', {
      branchId: WORLD.branchB,
      title: '乙支部书目',
      kind: 'material',
    })
    expect(await itemIds(WORLD.memberB1)).toEqual([added.id])
    expect(await asAdmin(cloud).ok('secretary', 'studyItems.retire', { itemId: item.id })).toEqual({ itemId: item.id })
  })
})

describe('retiring an item', () => {
  it('takes it off the lists, keeps it and the check-ins on it, audited; it cannot be changed after', async () => {
    const item = await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', { title: '上季度专题', kind: 'xuexi' })
    const entry = await asMember(cloud).ok('member', 'study.checkIn', { itemId: item.id, reflection: '收获很大' })
    await asSecretary(cloud, 'A').ok('secretary', 'studyItems.retire', { itemId: item.id, reason: '专题结束' })
    expect(await itemIds(WORLD.memberA1)).toEqual([])
    expect((await asSecretary(cloud, 'A').ok('secretary', 'study.branch', {})).items).toEqual([])
    expect(await stored(item.id)).toMatchObject({ status: 'retired', retiredAt: expect.any(Number) })
    expect((await asMember(cloud).ok('member', 'study.month', {})).entries).toEqual([
      expect.objectContaining({ id: entry.id, title: '上季度专题', kind: 'xuexi' }),
    ])
    const [audited] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'studyItem.retire' })).entries
    expect(audited).toMatchObject({
      summary: '停用学习资料“上季度专题”：专题结束',
      before: { status: 'active' },
      after: { status: 'retired' },
    })
    for (const res of [
      await asSecretary(cloud, 'A').call('secretary', 'studyItems.retire', { itemId: item.id }),
      await asSecretary(cloud, 'A').call('secretary', 'studyItems.edit', {
        itemId: item.id,
        changes: { title: '复用' },
      }),
      await asMember(cloud).call('member', 'study.checkIn', { itemId: item.id }),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: 'STUDY.ITEM_RETIRED' } })
    }
  })
})
