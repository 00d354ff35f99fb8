/** The demo bureau's study records obey the domain's own rules and fill every study screen. */
import { chinaDate } from '../../core/dates'
import { judgeEntryDay } from '../../core/study'
import { seedDemoAt } from '../helpers/demo-seed'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import type { StudyCheckinDoc } from '../../server/actions/study/model'
import type { MemberDoc } from '../../server/model'
import { actor, startTestCloud } from '../helpers/cloud'
import { at } from '../helpers/study-mothers'

let cloud: LocalCloud
let checkins: StudyCheckinDoc[]
const NOW = at('2026-03-18 09:30')

beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.reset()
  cloud.clock.set(NOW)
  await seedDemoAt(cloud.database, NOW)
  checkins = (await cloud.database.find('studyCheckins')) as unknown as StudyCheckinDoc[]
})
afterAll(() => cloud.close())

it('records only what a member could have recorded: nothing ahead of now, late entries at most 3 days back', () => {
  expect(checkins.length).toBeGreaterThan(200)
  for (const c of checkins) {
    expect(c.day <= '2026-03-18' && c.createdAt < NOW).toBe(true)
    expect(c.month).toBe(c.day.slice(0, 7))
    expect(judgeEntryDay(c.day, chinaDate(c.createdAt))).toEqual({ ok: true, late: c.late })
  }
})

it('has some early risers who studied this morning, and most who have not yet', () => {
  const today = new Set(checkins.filter((c) => c.day === '2026-03-18').map((c) => c.memberId))
  const anyone = new Set(checkins.map((c) => c.memberId))
  expect(today.size).toBeGreaterThan(5)
  expect(today.size).toBeLessThan(anyone.size / 2)
})

it('leaves some bound members without a record this month', async () => {
  const members = (await cloud.database.find('members', { status: 'active' })) as unknown as MemberDoc[]
  const withRecord = new Set(
    checkins.filter((c) => c.month === '2026-03' && c.status === 'active').map((c) => c.memberId),
  )
  const bound = members.filter((m) => m.openid)
  expect(bound.filter((m) => !withRecord.has(m._id)).length).toBeGreaterThan(5)
  expect(bound.filter((m) => withRecord.has(m._id)).length).toBeGreaterThan(bound.length / 2)
})

it('fills the admin’s overview and a secretary’s page', async () => {
  const overview = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'study.overview', {})
  expect(overview.branches).toHaveLength(8)
  for (const b of overview.branches) expect(b.sharePercent).toEqual(expect.any(Number))
  expect(overview.items.map((i) => i.title)).toContain('中国共产党章程')
  const b1 = await actor(cloud, DEMO_ADMIN_OPENID).ok('secretary', 'study.branch', { branchId: 'org-b1' })
  expect(b1.items.some((i) => i.scope === 'branch')).toBe(true)
  expect(b1.members.some((m) => m.hasRecord)).toBe(true)
  expect(b1.members.some((m) => m.doneItemIds.length > 0)).toBe(true)
})
