/**
 * 制度落实情况 beside the rules grid: each branch's 民主评议 (full members on the roll graded, of
 * how many; 预备党员 apart) and 谈心谈话 (share covered) of the year, in words, in the one answer
 * of `attendance.compliance` — read through every page, never stopping at a page's end.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { insertDocs } from '../helpers/activity-mothers'
import { anAppraisal, insertAppraisal, yearOf } from '../helpers/appraisal-mothers'
import { asAdmin, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aMember } from '../helpers/mothers'
import { testNow } from '../helpers/now'
import { aTalk, insertTalks } from '../helpers/talk-mothers'
import { makeProbationary } from '../helpers/vote-mothers'
import { anItem, insertItems, insertLifeMeeting } from '../helpers/orglife-mothers'
import { chinaDate, chinaDayStart } from '../../core/dates'
import { addDays } from '../../core/appraisal/rules'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(testNow())
})

const branch = async (name: string) => {
  const matrix = await asAdmin(cloud).ok('admin', 'attendance.compliance', { year: yearOf(cloud) })
  return matrix.branches.find((b) => b.name === name)!
}

it("gives each branch's 民主评议 and 谈心谈话 of the year in words and counts", async () => {
  await makeProbationary(cloud, [WORLD.unboundA])
  await insertAppraisal(cloud, { memberId: WORLD.memberA1, grade: 'excellent' })
  await insertAppraisal(cloud, { memberId: WORLD.memberA2, memberName: '甲党员二', grade: 'qualified' })
  // Last year's grade and another branch's do not count for this year's branch A.
  await insertAppraisal(cloud, { memberId: WORLD.secretaryA, year: yearOf(cloud) - 1 })
  await insertTalks(cloud, [aTalk(cloud), aTalk(cloud, { recorderId: WORLD.secretaryA, partnerId: WORLD.memberA1 })])

  const a = await branch('第一支部')
  // Full members of A: the secretary, A1, A2 and the office's own member; 甲未绑定 is 预备党员.
  expect(a.orgLife.appraisal).toEqual({
    evaluated: 4,
    graded: 2,
    probationary: 1,
    counts: { excellent: 1, qualified: 1, basic: 0, unqualified: 0 },
    words: '民主评议：已评定2/4人，还有2人未评定',
  })
  // The secretary (支委与党员, with A1) and A1 (with the secretary and A2) have every talk asked of them.
  expect(a.orgLife.talk).toEqual({
    counted: 5,
    covered: 2,
    talks: 2,
    share: '2/5人（40%）',
    words: '谈心谈话：已谈完2/5人（40%），还有3人未谈完',
  })

  const b = await branch('第二支部')
  expect(b.orgLife.appraisal.words).toBe('民主评议：尚未开展（正式党员2人均未评定）')
  expect(b.orgLife.talk).toMatchObject({
    covered: 0,
    counted: 2,
    talks: 0,
    words: '谈心谈话：已谈完0/2人（0%），还有2人未谈完',
  })
})

it("gives each branch's 整改事项 of the year's 组织生活会 held so far, overdue ones apart", async () => {
  const today = chinaDate(cloud.clock.now())
  expect((await branch('第一支部')).orgLife.rectify.words).toBe('整改事项：本年度组织生活会尚未召开')
  // Held today (from the day's start, so it has begun even at 00:10 on 1 January).
  await insertLifeMeeting(cloud, { date: today, month: today.slice(0, 7), startAt: chinaDayStart(today) })
  expect((await branch('第一支部')).orgLife.rectify.words).toBe('整改事项：组织生活会后尚未列出整改事项')
  await insertItems(cloud, [
    anItem({ _id: 'r1', dueOn: addDays(today, 30) }),
    anItem({ _id: 'r2', dueOn: addDays(today, -1), state: 'inProgress' }),
    anItem({ _id: 'r3', state: 'done', note: '已完成' }),
    anItem({ _id: 'r4', state: 'withdrawn', note: '重复' }),
  ])
  const a = await branch('第一支部')
  expect(a.orgLife.rectify).toEqual({
    meetings: 1,
    total: 3,
    done: 1,
    open: 2,
    overdue: 1,
    words: '整改事项：共3项，已完成1项，未完成2项，其中1项已逾期',
  })
  // A 组织生活会 that has not begun yet is not counted.
  await insertLifeMeeting(cloud, {
    _id: 'act-life-b',
    branchId: WORLD.branchB,
    date: today,
    month: today.slice(0, 7),
    startAt: cloud.clock.now() + 60_000,
  })
  expect((await branch('第二支部')).orgLife.rectify.meetings).toBe(0)
})

it('reads every page: a branch of more than a thousand members, nearly all graded', async () => {
  const extra: MemberDoc[] = Array.from({ length: 1100 }, (_, i) =>
    aMember({ _id: `m-big-${String(i).padStart(4, '0')}`, branchId: WORLD.branchB, name: `乙${i}` }),
  )
  await insertDocs(cloud, 'members', extra)
  await insertDocs(
    cloud,
    'appraisals',
    extra
      .slice(0, 1050)
      .map((m) => anAppraisal(cloud, { memberId: m._id, memberName: m.name, branchId: WORLD.branchB })),
  )
  const b = await branch('第二支部')
  expect(b.orgLife.appraisal).toMatchObject({ evaluated: 1102, graded: 1050 })
  expect(b.orgLife.appraisal.words).toBe('民主评议：已评定1050/1102人，还有52人未评定')
  expect(b.orgLife.talk.counted).toBe(1102)
})
