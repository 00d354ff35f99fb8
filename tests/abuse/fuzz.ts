/**
 * Generated bad input against every action of the contract, as each of the five identities of
 * the matrix. Walks core/contract (a new action is covered at once), starts from the matrix
 * cell's valid input, mutates it (payloads.ts), and judges every answer (answers.ts). Identities
 * allowed to call an action get four times the payloads of those who are not, since only they
 * reach the action's own code.
 */
import { contract, type FunctionName } from '../../core/contract'
import type { ActionSpec } from '../../core/contract/define'
import type { LocalCloud } from '../../localcloud/server'
import { seedWorld } from '../helpers/cloud'
import { actorFor, cellOf } from '../server/matrix/index'
import { EVERYONE, type Who } from '../server/matrix/types'
import { crashes, judge, postRaw, restore, storeText, type Snapshot } from './answers'
import { foreignToMemberA1, plantRecords } from './foreign'
import { samplePayloads, payloads, subSeed } from './payloads'
import { readField } from './schema'

export interface Violation {
  call: string
  who: Who
  mutations: string[]
  problem: string
  answer: string
}

export interface FuzzReport {
  seed: number
  tried: number
  succeeded: number
  refusedByCode: Record<string, number>
  crashes: number
  changedByRefusal: number
  violations: Violation[]
}

/**
 * Refusals that write by design: a wrong binding code counts a try (five wrong tries lock it,
 * PRODUCT.md §1). Nothing else may leave a trace when it is refused.
 */
const WRITES_WHEN_REFUSED: Record<string, string[]> = {
  'member/binding.bind': ['BINDING.NO_MATCH', 'BINDING.LOCKED'],
}

export interface FuzzOptions {
  seed: number
  /** Payloads in all, spread over every (action, identity). */
  budget: number
  /** Only actions whose `fn/action` contains this text. */
  only?: string
  progress?: (line: string) => void
}

interface Target {
  fn: FunctionName
  action: string
  spec: ActionSpec
}

export function targets(only?: string): Target[] {
  return (Object.keys(contract) as FunctionName[]).flatMap((fn) =>
    Object.entries(contract[fn] as Record<string, ActionSpec>)
      .map(([action, spec]) => ({ fn, action, spec }))
      .filter((t) => !only || `${t.fn}/${t.action}`.includes(only)),
  )
}

/** How many payloads each identity gets: the budget split 4 : 1 between allowed and not, rounded up (never under the budget). */
function counts(list: Target[], budget: number): Map<string, number> {
  const weight = (t: Target, who: Who) => (cellOf(t.fn, t.action).allowed.includes(who) ? 4 : 1)
  const total = list.reduce((sum, t) => sum + EVERYONE.reduce((s, who) => s + weight(t, who), 0), 0)
  const out = new Map<string, number>()
  for (const t of list) {
    for (const who of EVERYONE) {
      const exact = (weight(t, who) * budget) / total
      out.set(`${t.fn}/${t.action}/${who}`, Math.ceil(exact))
    }
  }
  return out
}

export async function fuzz(cloud: LocalCloud, options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = {
    seed: options.seed,
    tried: 0,
    succeeded: 0,
    refusedByCode: {},
    crashes: 0,
    changedByRefusal: 0,
    violations: [],
  }
  const list = targets(options.only)
  const perIdentity = counts(list, options.budget)
  const crashesAtStart = crashes(cloud)
  await seedWorld(cloud)
  const foreign = foreignToMemberA1(await plantRecords(cloud))
  const world: Snapshot = await cloud.database.exportAll()

  for (const t of list) {
    const call = `${t.fn}/${t.action}`
    await restore(cloud, world)
    const cell = cellOf(t.fn, t.action)
    const base: unknown = await cell.input(cloud)
    const shape = readField(t.spec.input).shape
    const arb = payloads(shape, base, foreign)
    let before = await storeText(cloud)
    for (const who of EVERYONE) {
      const n = perIdentity.get(`${call}/${who}`) ?? 0
      const openid = actorFor(cloud, who).openid
      for (const payload of samplePayloads(arb, subSeed(options.seed, `${call}/${who}`), n)) {
        const crashesBefore = crashes(cloud)
        const answer = await postRaw(cloud, t.fn, JSON.stringify({ action: t.action, input: payload.input }), openid)
        const verdict = judge(answer)
        report.tried++
        const after = await storeText(cloud)
        const problems: string[] = []
        if ('problem' in verdict) problems.push(verdict.problem)
        if (crashes(cloud) > crashesBefore) problems.push('a function instance crashed')
        if ('ok' in verdict && verdict.ok) report.succeeded++
        else if (verdict.code) {
          report.refusedByCode[verdict.code] = (report.refusedByCode[verdict.code] ?? 0) + 1
          if (after !== before && !WRITES_WHEN_REFUSED[call]?.includes(verdict.code)) {
            report.changedByRefusal++
            problems.push(`refused with ${verdict.code} but changed the store`)
          }
        }
        if (problems.length > 0) {
          report.violations.push({
            call,
            who,
            mutations: payload.mutations,
            problem: problems.join('; '),
            answer: answer.text.slice(0, 300),
          })
        }
        before = after
      }
    }
    options.progress?.(`${call}: ${report.tried} payloads so far`)
  }
  report.crashes = crashes(cloud) - crashesAtStart
  return report
}
