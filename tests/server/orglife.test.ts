/**
 * 组织生活会 (issue 24 part 4): the checklist reads talk coverage in the run-up and the notice's days ahead and
 * keeps the secretary's ticks; the 整改清单's items are refused with codes (nothing written) when
 * wrong, closed with a note, withdrawn with a reason and never deleted; overdue items remind the
 * owner and the secretary once; the office sees counts, a member their own items.
 */
import { addDays } from '../../core/appraisal/rules'
import { chinaDate, chinaInstant } from '../../core/dates'
import type { FunctionName } from '../../core/contract'
import type { LocalCloud } from '../../localcloud/server'
import type { OutboxDoc } from '../../server/actions/notify/model'
import type { RectifyItemDoc } from '../../server/actions/orglife/model'
import type { AuditDoc } from '../../server/model'
import { docs, insertActivity } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { anItem, insertItems, insertLifeMeeting } from '../helpers/orglife-mothers'
import { aTalk, insertTalks } from '../helpers/talk-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const secretary = () => asSecretary(cloud)
const today = () => chinaDate(cloud.clock.now())
async function fails(actor: Actor, fn: FunctionName, action: string, input: object, code: string) {
  const answer = await actor.call(fn, action as never, input as never)
  expect(answer).toMatchObject({ ok: false, error: { code } })
}

describe('the checklist before the meeting', () => {
  it('reads talk coverage and the notice in words, and keeps the ticks (audited)', async () => {
    const date = addDays(today(), 20)
    await insertLifeMeeting(cloud, {
      date,
      status: 'published',
      startAt: chinaInstant(`${date} 14:30`),
      endAt: chinaInstant(`${date} 17:00`),
      publishedAt: chinaInstant(`${addDays(date, -10)} 08:00`),
    })
    await insertTalks(cloud, [aTalk(cloud)])
    const page = await secretary().ok('secretary', 'orglife.page', { activityId: 'act-life' })
    const line = (k: string) => page.checklist.find((l) => l.key === k)!
    expect(line('talks')).toMatchObject({ done: false, tickable: false })
    expect(line('talks')).toMatchObject({ label: '会前谈心谈话' })
    expect(line('talks').words).toMatch(/^已谈0人，未谈5人（自\d+月\d+日以来）$/)
    expect(line('notice')).toMatchObject({ done: true, words: '提前10天发布通知' })
    expect(line('opinions')).toMatchObject({ done: false, words: '尚未征求意见', tickable: true })

    await fails(
      secretary(),
      'secretary',
      'orglife.tick',
      { activityId: 'act-life', key: 'opinions', done: true },
      'ORGLIFE.OPINION_DATE',
    )
    const ticked = await secretary().ok('secretary', 'orglife.tick', {
      activityId: 'act-life',
      key: 'opinions',
      done: true,
      date: today(),
      note: '发放征求意见表20份',
    })
    expect(ticked.checklist.find((l) => l.key === 'opinions')).toMatchObject({ done: true })
    expect(ticked.checklist.find((l) => l.key === 'opinions')!.words).toContain('发放征求意见表20份')
    const withMaterials = await secretary().ok('secretary', 'orglife.tick', {
      activityId: 'act-life',
      key: 'materials',
      done: true,
    })
    expect(withMaterials.checklist.find((l) => l.key === 'materials')).toMatchObject({
      done: true,
      words: '对照检查材料已准备',
    })
    const audits = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'orglife.tick' })
    expect(audits).toHaveLength(2)
  })

  it('says a late notice in days, refusing nothing', async () => {
    const date = addDays(today(), 5)
    await insertLifeMeeting(cloud, {
      date,
      status: 'published',
      startAt: chinaInstant(`${date} 14:30`),
      publishedAt: chinaInstant(`${addDays(date, -9)} 08:00`),
    })
    const page = await secretary().ok('secretary', 'orglife.page', { activityId: 'act-life' })
    expect(page.checklist.find((l) => l.key === 'notice')).toMatchObject({
      done: false,
      words: '只提前9天发布通知，不足10天',
    })
  })
})

describe('the 整改清单', () => {
  const add = (o: object = {}) => ({
    activityId: 'act-life',
    text: '理论学习不够系统',
    ownerId: WORLD.memberA1,
    dueOn: addDays(today(), 30),
    ...o,
  })

  it('refuses wrong input with codes and writes nothing', async () => {
    const meeting = await insertLifeMeeting(cloud)
    await insertActivity(cloud, { _id: 'act-day', type: 'activityDay' })
    await insertActivity(cloud, { _id: 'act-b-life', type: 'lifeMeeting', branchId: WORLD.branchB })
    await fails(secretary(), 'secretary', 'orglife.addItem', add({ activityId: 'act-day' }), 'ORGLIFE.NOT_LIFE_MEETING')
    await fails(secretary(), 'secretary', 'orglife.addItem', add({ activityId: 'act-b-life' }), 'AUTH.OTHER_BRANCH')
    await fails(
      secretary(),
      'secretary',
      'orglife.addItem',
      add({ ownerId: WORLD.memberB1 }),
      'ORGLIFE.OWNER_NOT_IN_BRANCH',
    )
    await fails(
      secretary(),
      'secretary',
      'orglife.addItem',
      add({ dueOn: addDays(meeting.date, -1) }),
      'ORGLIFE.DUE_BEFORE_MEETING',
    )
    await fails(secretary(), 'secretary', 'orglife.addItem', add({ text: '长'.repeat(201) }), 'REQUEST.INVALID')
    expect(await docs(cloud, 'rectifyItems', {})).toEqual([])
    expect(await docs(cloud, 'auditLog', {})).toEqual([])
    // Due on the meeting's own day is fine.
    const page = await secretary().ok('secretary', 'orglife.addItem', add({ dueOn: meeting.date }))
    expect(page.items).toHaveLength(1)
  })

  it('adds, changes, closes with a note and withdraws with a reason, keeping every record', async () => {
    await insertLifeMeeting(cloud)
    let page = await secretary().ok('secretary', 'orglife.addItem', add())
    page = await secretary().ok(
      'secretary',
      'orglife.addItem',
      add({ text: '联系群众不够紧密', ownerId: WORLD.memberA2 }),
    )
    const [first, second] = [
      page.items.find((i) => i.ownerId === WORLD.memberA1)!,
      page.items.find((i) => i.ownerId === WORLD.memberA2)!,
    ]
    expect(first).toMatchObject({ stateLabel: '未开始', overdue: false, open: true, ownerName: '甲党员一' })

    page = await secretary().ok('secretary', 'orglife.updateItem', {
      itemId: first.id,
      text: first.text,
      ownerId: WORLD.memberA1,
      dueOn: first.dueOn,
      state: 'inProgress',
    })
    expect(page.items.find((i) => i.id === first.id)).toMatchObject({ stateLabel: '整改中' })
    await fails(secretary(), 'secretary', 'orglife.closeItem', { itemId: first.id, note: '' }, 'REQUEST.INVALID')
    page = await secretary().ok('secretary', 'orglife.closeItem', {
      itemId: first.id,
      note: '已制定学习计划并按月落实',
    })
    expect(page.items.find((i) => i.id === first.id)).toMatchObject({
      state: 'done',
      note: '已制定学习计划并按月落实',
      open: false,
    })
    await fails(
      secretary(),
      'secretary',
      'orglife.closeItem',
      { itemId: first.id, note: '再关一次' },
      'ORGLIFE.ITEM_CLOSED',
    )

    page = await secretary().ok('secretary', 'orglife.withdrawItem', { itemId: second.id, reason: '与另一条重复' })
    expect(page.items).toHaveLength(2)
    expect(page.items.find((i) => i.id === second.id)).toMatchObject({ stateLabel: '已撤销', note: '与另一条重复' })
    expect(page.figures).toMatchObject({ total: 1, open: 0, done: 1, withdrawn: 1 })
    const kinds = (await docs<AuditDoc>(cloud, 'auditLog', {})).map((a) => a.kind).sort()
    expect(kinds).toEqual([
      'orglife.addItem',
      'orglife.addItem',
      'orglife.closeItem',
      'orglife.updateItem',
      'orglife.withdrawItem',
    ])
  })

  it('another branch’s item is refused', async () => {
    await insertLifeMeeting(cloud)
    await insertItems(cloud, [anItem()])
    await fails(
      asSecretary(cloud, 'B'),
      'secretary',
      'orglife.closeItem',
      { itemId: 'rect-a1', note: '已完成' },
      'AUTH.OTHER_BRANCH',
    )
  })
})

describe('overdue items', () => {
  it('show as 逾期 from the day after the due day and remind the owner and secretary once', async () => {
    cloud.clock.set(chinaInstant(`${today()} 10:00`))
    await insertLifeMeeting(cloud, { date: addDays(today(), -60) })
    await insertItems(cloud, [
      anItem({ _id: 'rect-late', dueOn: addDays(today(), -1) }),
      anItem({ _id: 'rect-today', dueOn: today(), ownerId: WORLD.memberA2, ownerName: '甲党员二' }),
    ])
    const page = await secretary().ok('secretary', 'orglife.page', { activityId: 'act-life' })
    expect(page.items.map((i) => [i.id, i.overdue])).toEqual([
      ['rect-late', true],
      ['rect-today', false],
    ])

    const fire = () => fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
    await Promise.all([fire(), fire()])
    await fire()
    const pushes = (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('orglife:'))
    expect(pushes.map((p) => [p.memberId, p.page]).sort()).toEqual([
      [WORLD.memberA1, 'packageMember/pages/orglife/index'],
      [WORLD.secretaryA, 'packageSecretary/pages/orglife/index?id=act-life'],
    ])
    cloud.clock.set(chinaInstant(`${addDays(today(), 1)} 09:30`))
    await fire()
    const again = (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('orglife:'))
    // The next morning the item due “today” is overdue too: told once; the first is not told again.
    expect(again.filter((p) => p.key.startsWith('orglife:rect-late:'))).toHaveLength(2)
    expect(again.filter((p) => p.key.startsWith('orglife:rect-today:'))).toHaveLength(2)
    const items = await docs<RectifyItemDoc>(cloud, 'rectifyItems', {})
    expect(items.every((i) => i.overdueRemindedAt !== null)).toBe(true)
  })

  it('are told again when a due day moved later lapses too, and not when the day stays', async () => {
    cloud.clock.set(chinaInstant(`${today()} 10:00`))
    await insertLifeMeeting(cloud, { date: addDays(today(), -60) })
    await insertItems(cloud, [anItem({ _id: 'rect-late', dueOn: addDays(today(), -1) })])
    const fire = () => fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
    const told = async () =>
      (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('orglife:rect-late:')).length
    await fire()
    expect(await told()).toBe(2)
    const item = {
      itemId: 'rect-late',
      text: '理论学习不够系统',
      ownerId: WORLD.memberA1,
      state: 'inProgress' as const,
    }
    // Only the state changes: the lapsed day stays told.
    await secretary().ok('secretary', 'orglife.updateItem', { ...item, dueOn: addDays(today(), -1) })
    cloud.clock.set(chinaInstant(`${addDays(today(), 1)} 09:30`))
    await fire()
    expect(await told()).toBe(2)
    // Given two more days, which then pass: told once more, on the morning after the new day.
    const newDue = addDays(today(), 2)
    await secretary().ok('secretary', 'orglife.updateItem', { ...item, dueOn: newDue })
    cloud.clock.set(chinaInstant(`${newDue} 09:30`))
    await fire()
    expect(await told()).toBe(2)
    cloud.clock.set(chinaInstant(`${addDays(newDue, 1)} 09:30`))
    await Promise.all([fire(), fire()])
    expect(await told()).toBe(4)
  })
})

describe('who sees what', () => {
  it('the office sees counts per branch in the organisation’s order; a member their own items', async () => {
    await insertLifeMeeting(cloud, { date: addDays(today(), -60) })
    await insertItems(cloud, [
      anItem({ _id: 'r1', dueOn: addDays(today(), -1) }),
      anItem({ _id: 'r2', ownerId: WORLD.memberA2, ownerName: '甲党员二' }),
      anItem({ _id: 'r3', state: 'done', note: '已完成' }),
      anItem({ _id: 'r4', state: 'withdrawn', note: '重复' }),
    ])
    const counts = await asAdmin(cloud).ok('admin', 'orglife.counts', {})
    expect(counts.branches.map((b) => b.branchId)).toEqual([WORLD.branchA, WORLD.branchB])
    expect(counts.branches[0]).toMatchObject({ total: 3, open: 2, overdue: 1, done: 1, activityId: 'act-life' })
    expect(counts.branches[1]).toMatchObject({ total: 0, open: 0, overdue: 0, activityId: null })

    const mine = await asMember(cloud, WORLD.memberA1).ok('member', 'orglife.mine', {})
    expect(mine.items.map((i) => i.id)).toEqual(['r1', 'r3'])
    expect(mine.items[0]).toMatchObject({ overdue: true, meeting: expect.stringContaining('年度组织生活会') })
    const other = await asMember(cloud, WORLD.memberB1).ok('member', 'orglife.mine', {})
    expect(other.items).toEqual([])
  })
})
