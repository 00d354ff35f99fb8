/** 学习打卡 as a member: record, see the month, correct or withdraw on the same day. */
import type { LocalCloud } from '../../localcloud/server'
import type { StudyCheckinDoc } from '../../server/actions/study/model'
import { asMember, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aStudyItem, at, insertItems } from '../helpers/study-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  await insertItems(cloud, [
    aStudyItem({ _id: 'si-charter', title: '中国共产党章程', kind: 'regulation' }),
    aStudyItem({ _id: 'si-vol4', title: '《习近平谈治国理政》第四卷', period: { from: '2026-01', to: '2026-03' } }),
    aStudyItem({ _id: 'si-a', scope: 'branch', branchId: WORLD.branchA, title: '支部专题党课', kind: 'lecture' }),
    aStudyItem({ _id: 'si-b', scope: 'branch', branchId: WORLD.branchB, title: '乙支部书目' }),
    aStudyItem({ _id: 'si-old', title: '已停用书目', status: 'retired', retiredAt: at('2026-02-01 09:00') }),
  ])
  cloud.clock.set(at('2026-03-10 10:00'))
})

async function stored(id: string): Promise<StudyCheckinDoc> {
  return (await cloud.database.find('studyCheckins', { _id: id }))[0] as unknown as StudyCheckinDoc
}

describe('recording study', () => {
  it('records two check-ins and shows them on the calendar, the day and the reading list', async () => {
    const me = asMember(cloud)
    const fromList = await me.ok('member', 'study.checkIn', {
      itemId: 'si-vol4',
      minutes: 45,
      reflection: '学习了关于全面从严治党的论述',
    })
    expect(fromList).toMatchObject({
      day: '2026-03-10',
      late: false,
      itemId: 'si-vol4',
      title: '《习近平谈治国理政》第四卷',
      kind: 'book',
      minutes: 45,
      editable: true,
      corrected: false,
    })
    await me.ok('member', 'study.checkIn', { title: '学习强国每日答题' })

    const page = await me.ok('member', 'study.month', {})
    expect(page).toMatchObject({ today: '2026-03-10', month: '2026-03', day: '2026-03-10', studyDays: ['2026-03-10'] })
    expect(page.recordableDays).toEqual(['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-07'])
    expect(page.entries.map((e) => e.title)).toEqual(['《习近平谈治国理政》第四卷', '学习强国每日答题'])
    expect(page.items.map((i) => [i.id, i.finished])).toEqual([
      ['si-vol4', true],
      ['si-charter', false],
      ['si-a', false],
    ])
    expect(page.items[0]).toMatchObject({ scope: 'bureau', periodLabel: '2026年第一季度', current: true })
  })

  it('takes a late entry for the last 3 days, marked late, and refuses older or future days', async () => {
    const me = asMember(cloud)
    expect(await me.ok('member', 'study.checkIn', { day: '2026-03-07', title: '补记：学习党章' })).toMatchObject({
      day: '2026-03-07',
      late: true,
    })
    const tooLate = await me.call('member', 'study.checkIn', { day: '2026-03-06', title: '学习党章' })
    expect(tooLate).toEqual({ ok: false, error: { code: 'STUDY.TOO_LATE', message: '只能补记最近3天的学习' } })
    const future = await me.call('member', 'study.checkIn', { day: '2026-03-11', title: '学习党章' })
    expect(future).toMatchObject({ ok: false, error: { code: 'STUDY.FUTURE_DAY' } })
    expect((await me.ok('member', 'study.month', {})).studyDays).toEqual(['2026-03-07'])
  })

  it('records on the China day, not the UTC one', async () => {
    cloud.clock.set(at('2026-03-10 00:30')) // 2026-03-09 16:30 UTC
    expect((await asMember(cloud).ok('member', 'study.checkIn', { title: '晨读党章' })).day).toBe('2026-03-10')
  })

  it('refuses a retired item, another branch’s item and bad input in plain words', async () => {
    const me = asMember(cloud)
    expect(await me.call('member', 'study.checkIn', { itemId: 'si-old' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.ITEM_RETIRED' },
    })
    expect(await me.call('member', 'study.checkIn', { itemId: 'si-b' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.ITEM_NOT_FOUND' },
    })
    expect(await me.call('member', 'study.checkIn', { title: '党章', minutes: 601 })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', message: '学习时长最多600分钟', fields: { minutes: '学习时长最多600分钟' } },
    })
    expect(await cloud.database.find('studyCheckins')).toEqual([])
  })

  it('refuses a risky 心得 and keeps one for review with a flag', async () => {
    const me = asMember(cloud)
    const risky = await me.call('member', 'study.checkIn', { itemId: 'si-charter', reflection: '不要赌博' })
    expect(risky).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    expect(await cloud.database.find('studyCheckins')).toEqual([])
    const review = await me.ok('member', 'study.checkIn', { itemId: 'si-charter', reflection: '有问题加微信交流' })
    expect(await stored(review.id)).toMatchObject({ contentCheck: 'review', reflection: '有问题加微信交流' })
    const freeTitle = await me.call('member', 'study.checkIn', { title: '赌博的危害' })
    expect(freeTitle).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
  })

  it('takes several a day, up to 20', async () => {
    const me = asMember(cloud)
    for (let i = 1; i <= 20; i++) await me.ok('member', 'study.checkIn', { title: `第${i}节` })
    expect(await me.call('member', 'study.checkIn', { title: '第21节' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.DAY_FULL' },
    })
  })
})

describe('correcting and withdrawing', () => {
  it('corrects on the same day and keeps the previous version', async () => {
    const me = asMember(cloud)
    const entry = await me.ok('member', 'study.checkIn', { title: '学习党章', minutes: 20, reflection: '初稿' })
    const fixed = await me.ok('member', 'study.correct', {
      entryId: entry.id,
      itemId: 'si-charter',
      minutes: 30,
      reflection: '修改后的心得',
    })
    expect(fixed).toMatchObject({
      id: entry.id,
      itemId: 'si-charter',
      title: '中国共产党章程',
      minutes: 30,
      corrected: true,
    })
    const doc = await stored(entry.id)
    expect(doc).toMatchObject({ version: 2, reflection: '修改后的心得', day: '2026-03-10' })
    expect(doc.history).toEqual([
      expect.objectContaining({
        itemId: null,
        title: '学习党章',
        minutes: 20,
        reflection: '初稿',
        contentCheck: 'pass',
      }),
    ])
  })

  it('withdraws on the same day: gone from the calendar, kept in the database', async () => {
    const me = asMember(cloud)
    const keep = await me.ok('member', 'study.checkIn', { itemId: 'si-charter' })
    const drop = await me.ok('member', 'study.checkIn', { day: '2026-03-09', itemId: 'si-vol4' })
    const answer = await me.ok('member', 'study.withdraw', { entryId: drop.id })
    expect(answer).toMatchObject({ month: '2026-03', day: '2026-03-09', entries: [] })
    expect(answer.studyDays).toEqual(['2026-03-10'])
    const page = await me.ok('member', 'study.month', {})
    expect(page.studyDays).toEqual(['2026-03-10'])
    expect(page.items.find((i) => i.id === 'si-vol4')?.finished).toBe(false)
    expect((await me.ok('member', 'study.day', { day: '2026-03-09' })).entries).toEqual([])
    expect(await stored(drop.id)).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(Number) })
    expect(await me.call('member', 'study.withdraw', { entryId: drop.id })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.ENTRY_WITHDRAWN' },
    })
    expect(page.entries.map((e) => e.id)).toEqual([keep.id])
  })

  it('closes changes at China midnight, even for a late entry made that day', async () => {
    const me = asMember(cloud)
    const late = await me.ok('member', 'study.checkIn', { day: '2026-03-08', title: '补记' })
    expect(await me.ok('member', 'study.correct', { entryId: late.id, title: '补记：党章' })).toMatchObject({
      day: '2026-03-08',
      editable: true,
    })
    cloud.clock.set(at('2026-03-11 00:01'))
    expect((await me.ok('member', 'study.day', { day: '2026-03-08' })).entries[0].editable).toBe(false)
    for (const res of [
      await me.call('member', 'study.correct', { entryId: late.id, title: '再改' }),
      await me.call('member', 'study.withdraw', { entryId: late.id }),
    ]) {
      expect(res).toEqual({
        ok: false,
        error: { code: 'STUDY.EDIT_CLOSED', message: '学习记录只能在记录的当天修改或撤回' },
      })
    }
  })

  it('never lets anyone change another member’s entry', async () => {
    const entry = await asMember(cloud, WORLD.memberA1).ok('member', 'study.checkIn', { title: '学习党章' })
    const other = asMember(cloud, WORLD.memberA2)
    expect(await other.call('member', 'study.withdraw', { entryId: entry.id })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.ENTRY_NOT_FOUND' },
    })
    expect(await other.call('member', 'study.correct', { entryId: entry.id, title: '篡改' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.ENTRY_NOT_FOUND' },
    })
    expect(await stored(entry.id)).toMatchObject({ status: 'active', title: '学习党章', version: 1 })
  })
})

describe('the 学习 page', () => {
  it('shows a past month without a chosen day, a chosen day within it, and refuses a future month', async () => {
    const me = asMember(cloud)
    cloud.clock.set(at('2026-02-27 10:00'))
    await me.ok('member', 'study.checkIn', { itemId: 'si-charter', reflection: '二月的学习' })
    cloud.clock.set(at('2026-03-10 10:00'))
    expect(await me.ok('member', 'study.month', { month: '2026-02' })).toMatchObject({
      month: '2026-02',
      day: null,
      entries: [],
      studyDays: ['2026-02-27'],
    })
    const chosen = await me.ok('member', 'study.month', { day: '2026-02-27' })
    expect(chosen).toMatchObject({ month: '2026-02', day: '2026-02-27' })
    expect(chosen.entries).toEqual([expect.objectContaining({ reflection: '二月的学习', editable: false })])
    expect(chosen.items.find((i) => i.id === 'si-charter')?.finished).toBe(true)
    expect(await me.call('member', 'study.month', { month: '2026-04' })).toMatchObject({
      ok: false,
      error: { code: 'STUDY.FUTURE_MONTH' },
    })
    expect(await me.call('member', 'study.month', { month: '2026-03', day: '2026-02-27' })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID' },
    })
  })
})
