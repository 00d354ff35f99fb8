/** The demo bureau's 谈心谈话: a lived-in year, some branches done and some not, read as the screens read it. */
import type { CoverageSheet, MyTalks, TalkShares } from '../../core/contract/talk'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())

it('shows the office some branches done and some part of the way, in the organisation’s order', async () => {
  const shares: TalkShares = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'talk.shares', {})
  const byName = new Map(shares.branches.map((b) => [b.name, b]))
  expect(shares.branches).toHaveLength(8)
  const done = byName.get('机关第一党支部')!
  expect(done.covered).toBe(done.counted)
  expect(byName.get('水环境管理处党支部')!.covered).toBe(byName.get('水环境管理处党支部')!.counted)
  const retirees = byName.get('离退休干部党支部')!
  expect(retirees.covered).toBeLessThan(retirees.counted)
  expect(shares.branches.filter((b) => b.covered < b.counted).length).toBeGreaterThanOrEqual(4)
  expect(shares.total.talks).toBeGreaterThan(100)
  const lastYear: TalkShares = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'talk.shares', {
    year: shares.year - 1,
  })
  expect(lastYear.total.talks).toBeGreaterThan(100)
})

it('gives a secretary per member words and figures, with no notes', async () => {
  const sheet: CoverageSheet = await actor(cloud, demoOpenid('m-b4-01')).ok('secretary', 'talk.coverage', {})
  expect(sheet.branchName).toBe('大气环境处党支部')
  expect(sheet.rows.some((r) => !r.covered && r.missing !== '')).toBe(true)
  expect(sheet.rows.some((r) => r.covered)).toBe(true)
  expect(JSON.stringify(sheet)).not.toMatch(/交流了|谈了/)
})

it('lets a member of 机关第一党支部 read their talks with notes, and see a correction and a withdrawal', async () => {
  const pages: MyTalks[] = []
  const bound = ((await cloud.database.find('members', { branchId: 'org-b1' })) as unknown as MemberDoc[]).filter(
    (m) => m.openid !== null,
  )
  for (const m of bound) pages.push(await actor(cloud, m.openid!).ok('member', 'talk.mine', {}))
  const talks = pages.flatMap((p) => p.talks)
  expect(talks.length).toBeGreaterThan(8)
  expect(talks.some((t) => t.notes !== '')).toBe(true)
  expect(talks.some((t) => t.changes.some((c) => c.what === '更正'))).toBe(true)
  expect(talks.some((t) => t.status === 'withdrawn')).toBe(true)
  expect(pages.every((p) => p.me.covered)).toBe(true)
})
