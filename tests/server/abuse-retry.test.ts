/**
 * A retry of the same tap never doubles what it wrote: every action that creates something, sent
 * again with the same request key after its answer, three times at once, and after its function
 * instance was killed in the middle (kill points chosen by the run's seed; `npm run test:abuse`
 * tries seven per action).
 */
import type { LocalCloud } from '../../localcloud/server'
import type { Snapshot } from '../abuse/answers'
import { RETRY_CASES } from '../abuse/retries'
import { retryCase } from '../abuse/retry-run'
import { seedWorld, startTestCloud } from '../helpers/cloud'
import { testNow, runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
let world: Snapshot
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
  world = await cloud.database.exportAll()
})
afterAll(() => cloud.close())

jest.setTimeout(120_000)

const DELAYS = [10, 30, 60, 100, 150]

it.each(RETRY_CASES.map((c, i) => [c.name, c, DELAYS[(i + Math.floor(testNow() / 60_000)) % DELAYS.length]] as const))(
  '%s: written once however often the same tap is sent',
  async (_name, c, delay) => {
    const outcome = await retryCase(cloud, world, c, [delay])
    expect(outcome.problems).toEqual([])
  },
)
