/**
 * Every timer job, killed mid-run and then fired three times at once, at the moments the jobs have
 * work: the same records as when each fired once, and no member sent the same message twice.
 */
import type { LocalCloud } from '../../localcloud/server'
import { abuseTimers } from '../abuse/timers'
import { startTestCloud } from '../helpers/cloud'
import { testNow } from '../helpers/now'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

jest.setTimeout(180_000)

it('writes no duplicate record, bill or message when timers fire three times at once and after a crash', async () => {
  const report = await abuseTimers(cloud, testNow(), [60, 200])
  expect(report.differences).toEqual([])
  expect(report.duplicates).toEqual([])
  expect(report.killsLanded).toBeGreaterThan(0)
  expect(report.messagesSentOnce).toBeGreaterThan(0)
})
