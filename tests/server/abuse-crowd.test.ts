/**
 * Leave requests and payment reports (each tapped twice) from a crowd at once: exact counts.
 * 150 members here; `npm run test:abuse` sends 500 of each.
 */
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { crowd } from '../abuse/crowd'
import { testCloudConfig } from '../helpers/cloud'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud(testCloudConfig({ maxInstances: 8 }))
})
afterAll(() => cloud.close())

jest.setTimeout(240_000)

it('a crowd asking for leave and reporting dues twice each, at once: one of each per member', async () => {
  const report = await crowd(cloud, 150)
  expect(report.failures).toEqual([])
  expect(report).toMatchObject({
    leaveAnswered: 150,
    leaveRequests: 150,
    leaveDoubled: 0,
    reportsAccepted: 150,
    secondTapsRefused: 150,
    payments: 150,
    billsAmiss: 0,
  })
})
