/**
 * Every query the cloud functions make is served by an index declared in server/collections/
 * (the ones `npm run deploy` creates). The local cloud records the shape of each query it
 * serves (fields and sort, no values) while this file drives the functions the way people and
 * timers do: every action of the role × action matrix as an allowed caller, then the timers
 * over the demo bureau at several instants. See tests/helpers/index-coverage.ts for the rule.
 *
 * Recorded rather than read from the source: filters are built from variables and helpers
 * (findAll's paging, spread conditions), and only the database sees them whole, already in the
 * dotted form the SDK sends.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contract, type FunctionName } from '../../core/contract'
import { seedDemoAt } from '../helpers/demo-seed'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { COLLECTIONS } from '../../server/collections'
import {
  asAdmin,
  asMember,
  asSecretary,
  asStranger,
  seedWorld,
  testCloudConfig,
  WORLD,
  type Actor,
} from '../helpers/cloud'
import { describeShape, uncoveredQueries } from '../helpers/index-coverage'
import type { Cell, Who } from './matrix/types'

const DAY_MS = 24 * 60 * 60 * 1000

type AnyCell = Cell<FunctionName, never>
type Part = Partial<Record<FunctionName, Record<string, AnyCell>>>

/** The natural caller of an action first: a member's own screens, then officers, then the rest. */
const PREFERENCE: Who[] = ['member', 'secretary', 'admin', 'otherSecretary', 'stranger']

/**
 * Collections small enough to read whole: a bureau has tens of orgs, one dues setting and at
 * most two activity rules per branch. Any other whole read needs an index that pages it.
 */
const READ_WHOLE: ReadonlySet<string> = new Set(['orgs', 'duesSettings', 'activitySchedules'])

async function matrixCells(): Promise<Array<{ fn: FunctionName; action: string; cell: AnyCell }>> {
  const dir = join(__dirname, 'matrix')
  const parts: Part[] = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
      .map((f) => import(join(dir, f)) as Promise<Part>),
  )
  return (Object.keys(contract) as FunctionName[]).flatMap((fn) =>
    Object.keys(contract[fn]).flatMap((action) => {
      const cell = parts.map((p) => p[fn]?.[action]).find((c) => c !== undefined)
      return cell ? [{ fn, action, cell }] : []
    }),
  )
}

function actorFor(cloud: LocalCloud, who: Who): Actor {
  if (who === 'member') return asMember(cloud, WORLD.memberA1)
  if (who === 'secretary') return asSecretary(cloud, 'A')
  if (who === 'otherSecretary') return asSecretary(cloud, 'B')
  if (who === 'admin') return asAdmin(cloud)
  return asStranger(cloud)
}

/** Functions with a timer trigger in their config.json, fired as WeChat would. */
function timerFunctions(): string[] {
  const root = join(__dirname, '..', '..', 'cloudfunctions')
  return readdirSync(root).filter((name) => {
    try {
      const config = JSON.parse(readFileSync(join(root, name, 'config.json'), 'utf8')) as { triggers?: unknown[] }
      return Array.isArray(config.triggers) && config.triggers.length > 0
    } catch {
      return false
    }
  })
}

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud(testCloudConfig({ recordQueries: true }))
})
afterAll(() => cloud.close())

it('drives every action and timer, and each query has an index', async () => {
  let called = 0
  for (const { fn, action, cell } of await matrixCells()) {
    const who = PREFERENCE.find((w) => cell.allowed.includes(w) && cell.refused?.[w] === undefined)
    if (!who) continue
    await seedWorld(cloud)
    const input = await cell.input(cloud)
    const res = await actorFor(cloud, who).call(fn, action as never, input as never)
    expect({ fn, action, ok: res.ok }).toEqual({ fn, action, ok: true })
    called += 1
  }
  expect(called).toBeGreaterThan(50)

  const start = cloud.clock.now()
  await cloud.reset()
  await seedDemoAt(cloud.database, start)
  for (const offset of [0, 1, 13, 32]) {
    cloud.clock.set(start + offset * DAY_MS)
    for (const name of timerFunctions()) {
      const res = await fetch(`${cloud.url}/_admin/timers/${name}`, { method: 'POST' })
      expect(res.status).toBe(200)
    }
  }

  const shapes = cloud.database.queryShapes()
  expect(shapes.length).toBeGreaterThan(20)
  const uncovered = uncoveredQueries(shapes, COLLECTIONS, READ_WHOLE)
  expect(uncovered.map((f) => `${describeShape(f.shape)}：${f.reason}`)).toEqual([])
})
