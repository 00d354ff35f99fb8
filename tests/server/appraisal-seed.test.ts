/** The demo bureau's 民主评议: last year complete everywhere, one 不合格 ending soon, this year under way — as the screens read it. */
import type { AppraisalSheet } from '../../core/contract/appraisal'
import { excellentCheck } from '../../core/appraisal/rules'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'
import { todayOf, yearOf } from '../helpers/appraisal-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())

const sheetOf = (secretaryId: string, year: number): Promise<AppraisalSheet> =>
  actor(cloud, demoOpenid(secretaryId)).ok('secretary', 'appraisal.sheet', { year })

it('has last year complete in every branch, 优秀 within a third, a few 基本合格 with reasons and one 不合格', async () => {
  const counts = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'appraisal.counts', { year: yearOf(cloud) - 1 })
  expect(counts.branches).toHaveLength(8)
  for (const b of counts.branches) {
    expect(b.recorded).toBe(b.members)
    expect(b.excellentOver).toBe(false)
    expect(b.counts.excellent).toBeGreaterThan(0)
  }
  expect(counts.totals.unqualified).toBe(1)
  expect(counts.totals.basic).toBeGreaterThan(1)
})

it('shows the 不合格 member’s 限期改正 ending soon on their row, and a correction kept', async () => {
  const b3 = await sheetOf('m-b3-01', yearOf(cloud) - 1)
  const row = b3.rows.find((r) => r.grade?.grade === 'unqualified')
  expect(row?.grade?.reason).not.toBe('')
  expect(row?.grade?.rectification).toMatchObject({ state: 'endingSoon', words: expect.stringContaining('还有17天') })
  const b2 = await sheetOf('m-b2-01', yearOf(cloud) - 1)
  expect(b2.rows.filter((r) => r.grade?.corrections.length)).toHaveLength(1)
})

it('has this year under way in 机关第一党支部, 优秀 exactly at one third, facts beside members', async () => {
  const b1 = await sheetOf('m-b1-01', yearOf(cloud))
  expect(b1.counts.pending).toBeGreaterThan(0)
  expect(b1.rows.some((r) => r.grade)).toBe(true)
  expect(b1.excellent).toEqual(excellentCheck(b1.excellent.limit, b1.excellent.evaluated))
  expect(b1.excellent.over).toBe(false)
  // Meetings missed this year, once the year has had some (not yet on New Year's Day).
  if (todayOf(cloud) >= `${yearOf(cloud)}-02-01`) expect(b1.rows.some((r) => r.missed.length > 0)).toBe(true)
  expect(b1.rows.some((r) => r.probationary)).toBe(true)
  const b5 = await sheetOf('m-b5-01', yearOf(cloud))
  expect(b5.rows.every((r) => r.grade === null)).toBe(true)
})

it('lets a member read their own grade', async () => {
  const b1 = await sheetOf('m-b1-01', yearOf(cloud) - 1)
  const graded = b1.rows.find((r) => r.memberId === 'm-b1-02')!
  const mine = await actor(cloud, demoOpenid(graded.memberId)).ok('member', 'appraisal.mine', {})
  expect(mine.grades.map((g) => g.year)).toEqual([yearOf(cloud), yearOf(cloud) - 1])
  expect(mine.grades[1]).toMatchObject({ label: graded.grade!.label })
})
