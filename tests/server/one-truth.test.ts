/**
 * One truth per figure: this month's dues of a branch read the same on 支部概览, the branch's 党费
 * page, the party office's 党费收缴 and its 出勤总览 — before the collection day (no rate anywhere,
 * never 100% on the 1st), after it, and at the run's TEST_NOW.
 */
import { chinaInstant, chinaMonth } from '../../core/dates'
import { seedDemoAt } from '../helpers/demo-seed'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'
import { testNow } from '../helpers/now'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const admin = () => actor(cloud, DEMO_ADMIN_OPENID)
const BRANCHES = ['org-b1', 'org-b2', 'org-b3', 'org-b4', 'org-b5', 'org-b6', 'org-b7', 'org-b8']

describe.each([
  ['the 3rd, before any collection day', chinaInstant('2026-03-03 10:00')],
  ['the 20th, after every collection day', chinaInstant('2026-03-20 10:00')],
  ['the run’s TEST_NOW', testNow()],
])('on %s', (_when, now) => {
  beforeAll(async () => {
    await cloud.reset()
    cloud.clock.set(now)
    await seedDemoAt(cloud.database, now)
    await fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
  })

  it('every screen counts this month’s dues of each branch the same way', async () => {
    const month = chinaMonth(now)
    const year = Number(month.slice(0, 4))
    const rates = await admin().ok('admin', 'dues.collection', { year })
    const column = rates.months.indexOf(month)
    for (const branchId of BRANCHES) {
      const overview = await admin().ok('secretary', 'overview.branch', { branchId })
      const page = await admin().ok('secretary', 'dues.branch', { branchId })
      expect(overview.dues).toEqual(page.thisMonth.collection)
      const c = page.thisMonth.collection
      const cell = rates.branches.find((b) => b.branchId === branchId)?.cells[column]
      expect(cell?.open).toBe(c.open)
      expect(cell?.ratePct).toBe(c.ratePct)
      const attendance = await admin().ok('secretary', 'attendance.branch', { branchId, year, month })
      const thisMonth = attendance.dues.byMonth[Number(month.slice(5)) - 1]
      if (c.open) {
        expect({ due: cell?.dueFen, paid: cell?.paidFen, members: cell?.billed, settled: cell?.paid }).toEqual({
          due: c.dueFen,
          paid: c.paidFen,
          members: c.members,
          settled: c.settled,
        })
        expect({ due: thisMonth.dueFen, paid: thisMonth.paidFen }).toEqual({ due: c.dueFen, paid: c.paidFen })
      } else {
        expect(c.ratePct).toBeNull()
        expect(thisMonth.ratePct).toBeNull()
      }
    }
  })
})
