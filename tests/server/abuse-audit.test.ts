/**
 * 100% of officers' writes are audited (PRODUCT.md: every change by a secretary or admin, who,
 * what, before/after, when). Walks every action of the secretary and admin functions, calls it
 * with the matrix's valid input as each officer allowed to, and fails for a call that changed the
 * store without adding an audit entry. A write is whatever changes the store: nothing is declared,
 * so a new write action cannot go unaudited.
 */
import { contract, type FunctionName } from '../../core/contract'
import type { LocalCloud } from '../../localcloud/server'
import { COLLECTIONS } from '../../server/collections'
import type { AuditDoc } from '../../server/model'
import { restore, type Snapshot } from '../abuse/answers'
import { plantRecords } from '../abuse/foreign'
import { seedWorld, startTestCloud } from '../helpers/cloud'
import { actorFor, cellOf } from './matrix/index'
import type { Who } from './matrix/types'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
let world: Snapshot
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
  await plantRecords(cloud)
  world = await cloud.database.exportAll()
})
afterAll(() => cloud.close())

jest.setTimeout(120_000)

const OFFICERS: Who[] = ['secretary', 'admin']
const CJK = /[\u4e00-\u9fff]/

/** Collections that record nothing anyone did (a cache the functions make again on demand). */
const DERIVED = new Set(COLLECTIONS.filter((c) => c.derived).map((c) => c.name))

/** The store without the audit log and the derived collections, to tell whether a call wrote a record. */
async function records(): Promise<string> {
  const { auditLog: _log, ...rest } = await cloud.database.exportAll()
  return JSON.stringify(Object.entries(rest).filter(([name]) => !DERIVED.has(name)))
}

const calls = (['secretary', 'admin'] as FunctionName[]).flatMap((fn) =>
  Object.keys(contract[fn]).flatMap((action) =>
    OFFICERS.filter((who) => cellOf(fn, action).allowed.includes(who) && !cellOf(fn, action).refused?.[who]).map(
      (who) => ({ fn, action, who }),
    ),
  ),
)

it('finds the officers’ write actions by what they change', async () => {
  const writes: string[] = []
  const unaudited: string[] = []
  for (const { fn, action, who } of calls) {
    await restore(cloud, world)
    const input: unknown = await cellOf(fn, action).input(cloud)
    const before = await records()
    const logBefore = (await cloud.database.find('auditLog')).length
    const actor = actorFor(cloud, who)
    const res = await actor.call(fn, action as never, input as never)
    expect([`${fn}/${action} as ${who}`, res.ok]).toEqual([`${fn}/${action} as ${who}`, true])
    if ((await records()) === before) continue
    writes.push(`${fn}/${action}`)
    const entries = ((await cloud.database.find('auditLog')) as unknown as AuditDoc[]).slice(logBefore)
    const complete = entries.filter(
      (e) => e.kind && CJK.test(e.summary) && e.actorOpenid === actor.openid && e.requestId,
    )
    if (complete.length === 0) unaudited.push(`${fn}/${action} as ${who}`)
  }
  expect(unaudited).toEqual([])
  // The walk really met the writes: roster, binding, activities, leave, 补学, dues, notices, study items.
  expect(new Set(writes).size).toBeGreaterThanOrEqual(30)
})
