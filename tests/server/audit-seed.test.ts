/** The demo bureau's audit log can be browsed by every filter an inspector uses. */
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())

it.each(['roster', 'dues', 'markPresent', 'leave', 'makeup', 'activity', 'notice', 'appraisal'])(
  'has entries under %s, newest first, each naming who did it',
  async (group) => {
    const page = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'audit.list', { group })
    expect(page.entries.length).toBeGreaterThan(0)
    const ats = page.entries.map((e) => e.at)
    expect([...ats].sort((a, b) => b - a)).toEqual(ats)
    for (const e of page.entries) expect(e.actorName).not.toBe('')
  },
)
