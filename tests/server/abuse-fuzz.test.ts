/**
 * A few hundred generated bad payloads over every action and identity (the 10,000-payload run is
 * `npm run test:abuse`). The seed follows the run's TEST_NOW, so each instant of
 * `npm run test:dates` tries other payloads; ABUSE_SEED=<n> replays one run.
 */
import type { LocalCloud } from '../../localcloud/server'
import { fuzz } from '../abuse/fuzz'
import { startTestCloud } from '../helpers/cloud'
import { testNow } from '../helpers/now'

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
