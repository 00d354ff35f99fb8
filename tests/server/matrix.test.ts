/**
 * The role × action matrix: every action of every cloud function, called as each kind of
 * person, is allowed or denied exactly as declared. An action missing here fails the suite.
 */
import { contract, type FunctionName } from '../../core/contract'
import type { LocalCloud } from '../../localcloud/server'
import { startTestCloud, seedWorld } from '../helpers/cloud'
import { actorFor, MATRIX } from './matrix/index'
import { EVERYONE, type Cell } from './matrix/types'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

it('covers every action of the contract', () => {
  for (const fn of Object.keys(contract) as FunctionName[]) {
    expect(Object.keys(MATRIX[fn]).sort()).toEqual(Object.keys(contract[fn]).sort())
  }
})

const cells = (Object.keys(MATRIX) as FunctionName[]).flatMap((fn) =>
  Object.entries(MATRIX[fn] as Record<string, Cell<FunctionName, never>>).flatMap(([action, cell]) =>
    EVERYONE.map((who) => ({ fn, action, who, cell, allowed: cell.allowed.includes(who) })),
  ),
)

describe.each(cells)('$fn/$action as $who', ({ fn, action, who, cell, allowed }) => {
  it(allowed ? 'is allowed' : 'is denied, and changes nothing', async () => {
    await seedWorld(cloud)
    const input = await cell.input(cloud)
    const before = await cloud.database.exportAll()
    const res = await actorFor(cloud, who).call(fn, action as never, input as never)
    const refusal = cell.refused?.[who]
    if (allowed && refusal) {
      expect(res).toMatchObject({ ok: false, error: { code: refusal } })
    } else if (allowed) {
      expect(res).toMatchObject({ ok: true })
    } else {
      expect(res.ok).toBe(false)
      if (!res.ok) expect(res.error.code).toMatch(/^AUTH\./)
      expect(await cloud.database.exportAll()).toEqual(before)
    }
  })
})
