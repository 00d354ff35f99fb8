/**
 * The demo bureau seeded at an instant, as the admin and a secretary see it: 总览 has every
 * earlier month to chart, the rules matrix shows held, missing, under way and not yet due, and
 * 水环境管理处党支部 misses the 党员大会 of the last quarter that has ended — through the real
 * actions. Shared by attendance-seed.test.ts (the run's now, so at each of test:dates' instants)
 * and attendance-seed-edges.test.ts (two fixed edges of the calendar, run once).
 */
import { chinaMonth } from '../../core/dates'
import { seedDemoAt } from '../helpers/demo-seed'
import { lastEndedQuarter } from '../../demo/meetings'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'

export function describeSeededAt(cases: Array<[string, () => number]>): void {
  let cloud: LocalCloud
  beforeAll(async () => {
    cloud = await startTestCloud()
  })
  afterAll(() => cloud.close())

  const admin = () => actor(cloud, DEMO_ADMIN_OPENID)

  describe.each(cases)('seeded at %s', (_when, nowOf) => {
    let now = 0
    beforeAll(async () => {
      now = nowOf()
      await cloud.reset()
      cloud.clock.set(now)
      await seedDemoAt(cloud.database, now)
    })

    it('shows a missing 党员大会 in the last quarter that has ended, and the other states', async () => {
      const quarterStart = lastEndedQuarter(chinaMonth(now))
      const year = Number(quarterStart.slice(0, 4))
      const matrix = await admin().ok('admin', 'attendance.compliance', { year })
      const b3 = matrix.branches.find((b) => b.name === '水环境管理处党支部')!
      const general = b3.checks.find((c) => c.rule === 'generalMeeting')!
      const q = Math.ceil(Number(quarterStart.slice(5)) / 3)
      expect(general.periods[q - 1]).toMatchObject({ state: 'missing', heldDates: [] })
      expect(general.state).toBe('missing')
      expect(b3.missed).toContain(`${general.periods[q - 1].label}未召开党员大会`)
      const others = matrix.branches.filter((b) => b.name !== '水环境管理处党支部')
      for (const b of others)
        expect(b.checks.find((c) => c.rule === 'generalMeeting')!.periods[q - 1].state).toBe('held')
      const states = new Set(matrix.branches.flatMap((b) => b.checks.flatMap((c) => c.periods.map((p) => p.state))))
      expect(states.has('held') && states.has('missing')).toBe(true)
      const group = matrix.branches
        .find((b) => b.name === '机关第二党支部')!
        .checks.find((c) => c.rule === 'groupMeeting')
      expect(group?.state).toBe('notApplicable')
    })

    it('charts every month so far this year and last year, each branch with dues and study beside', async () => {
      const year = Number(chinaMonth(now).slice(0, 4))
      const last = await admin().ok('admin', 'attendance.bureau', { year: year - 1 })
      expect(last.branches).toHaveLength(8)
      for (const b of last.branches) {
        expect(b.byMonth.every((f) => f.expected > 0 && f.ratePct !== null)).toBe(true)
        expect(b.total.makeup.assigned).toBeGreaterThan(0)
      }
      const thisYear = await admin().ok('admin', 'attendance.bureau', { year })
      const ended = thisYear.months.filter((m) => m < chinaMonth(now))
      for (const m of ended) expect(thisYear.bureau.byMonth[thisYear.months.indexOf(m)].expected).toBeGreaterThan(0)
    })

    it('tells the secretary what the branch still has to hold this period, in words', async () => {
      const overview = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'attendance.branch', {})
      expect(overview.compliance.checks).toHaveLength(8)
      for (const line of overview.compliance.toHold) expect(line).toMatch(/^(本月|本季度|今年)还需(召开|开展|确认)/)
    })
  })
}
