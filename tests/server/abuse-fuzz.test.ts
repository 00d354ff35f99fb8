/**
 * A few hundred generated bad payloads over every action and identity (the 10,000-payload run is
 * `npm run test:abuse`, whose seed follows the run's TEST_NOW). Robustness is not about the
 * calendar: this file runs at a fixed instant with the seed that follows from it, once rather than
 * at each of `npm run test:dates`' instants; ABUSE_SEED=<n> tries other payloads.
 */
import type { LocalCloud } from '../../localcloud/server'
import { fuzz } from '../abuse/fuzz'
import { startTestCloud } from '../helpers/cloud'
import { testNow, runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

jest.setTimeout(120_000)

const seed = Number(process.env.ABUSE_SEED ?? testNow() % 2_147_483_647)

it(`answers every generated payload with a documented code or a success, and refusals change nothing (seed ${seed})`, async () => {
  const report = await fuzz(cloud, { seed, budget: 300 })
  expect(report.tried).toBeGreaterThanOrEqual(250)
  expect(report.violations).toEqual([])
  expect(report.crashes).toBe(0)
})
