/** The demo bureau's 会议记录: confirmed, amended, draft and still to write, each readable as the screens read it. */
import type { BranchHistory } from '../../core/contract/activity-officer-views'
import type { MinutesPage, MinutesReading } from '../../core/contract/minutes'
import { takesMinutes } from '../../core/minutes/types'
import { inChina } from '../../core/china-dayjs'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
const pages: MinutesPage[] = []
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
  const secretary = actor(cloud, demoOpenid('m-b1-01'))
  const year = inChina(cloud.clock.now()).year()
  for (const y of [year, year - 1]) {
    const history: BranchHistory = await secretary.ok('secretary', 'activity.branchHistory', { year: y })
    const held = history.months
      .flatMap((m) => m.activities)
      .filter((a) => a.status === 'closed' && takesMinutes(a.type))
    for (const a of held) pages.push(await secretary.ok('secretary', 'minutes.get', { activityId: a.id }))
  }
})
afterAll(() => cloud.close())

it('keeps confirmed minutes, one amended with its reason, a draft and a meeting still to write up', () => {
  const confirmed = pages.filter((p) => p.minutes?.status === 'confirmed')
  expect(confirmed.length).toBeGreaterThan(5)
  const amended = confirmed.filter((p) => p.minutes!.amendments.length > 0)
  expect(amended).toHaveLength(1)
  expect(amended[0].minutes!.amendments[0]).toMatchObject({ reason: expect.any(String), fields: ['决议事项'] })
  const drafts = pages.filter((p) => p.minutes?.status === 'draft')
  expect(drafts).toHaveLength(1)
  expect(drafts[0].can.confirm).toBe(true)
  const unwritten = pages.filter((p) => p.minutes === null)
  expect(unwritten.length).toBeGreaterThan(0)
  expect(unwritten[0].activity.type).not.toBe('committeeMeeting')
  for (const p of confirmed) {
    expect(p.minutes!.host).not.toBeNull()
    expect(p.minutes!.recorder).not.toBeNull()
    expect(p.minutes!.topics).not.toBe('')
  }
})

it('lets a member expected at the amended meeting read it', async () => {
  const amended = pages.find((p) => (p.minutes?.amendments.length ?? 0) > 0)!
  const reading: MinutesReading = await actor(cloud, demoOpenid('m-b1-02')).ok('member', 'minutes.read', {
    activityId: amended.activity.id,
  })
  expect(reading.minutes?.status).toBe('confirmed')
  expect(reading.attendance.present.length).toBeGreaterThan(0)
})
