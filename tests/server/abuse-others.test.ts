/**
 * Other people's records. A member naming another member's or another branch's record by any id
 * they could guess or copy, a secretary of branch B on every branch-A action, a secretary on
 * every admin-only action: each is refused, changes nothing and shows nothing. The actions that
 * take an id are found from the contract's schemas, so a new one is tested the day it is added.
 */
import { contract, type FunctionName } from '../../core/contract'
import type { ActionSpec } from '../../core/contract/define'
import type { LocalCloud } from '../../localcloud/server'
import { postRaw, restore, storeText, type Snapshot } from '../abuse/answers'
import { foreignToMemberA1, plantRecords, SECRET_A, SECRET_B, SECRET_PEER, type Planted } from '../abuse/foreign'
import { MORE_INPUTS } from '../abuse/id-inputs'
import { allIdFields, idVariants } from '../abuse/id-variants'
import { readField } from '../abuse/schema'
import type { ForeignIds } from '../abuse/values'
import { asMember, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { cellOf } from './matrix/index'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
let planted: Planted
let world: Snapshot
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
  planted = await plantRecords(cloud)
  world = await cloud.database.exportAll()
})
afterAll(() => cloud.close())

jest.setTimeout(120_000)

const actions = (fn: FunctionName) =>
  Object.entries(contract[fn] as Record<string, ActionSpec>).map(([action, spec]) => ({ fn, action, spec }))

interface Outcome {
  ok: boolean
  code: string | null
  text: string
  changed: boolean
}

async function attempt(who: Actor, fn: FunctionName, action: string, input: unknown): Promise<Outcome> {
  const before = await storeText(cloud)
  const answer = await postRaw(cloud, fn, JSON.stringify({ action, input }), who.openid)
  const body = JSON.parse(answer.text) as { ok: boolean; error?: { code: string } }
  return {
    ok: body.ok,
    code: body.error?.code ?? null,
    text: answer.text,
    changed: (await storeText(cloud)) !== before,
  }
}

/** What a refusal must look like: a code about who may see what, no trace in the store, no secret shown. */
function refusedQuietly(outcome: Outcome, secrets: string[]): string | null {
  if (outcome.ok) return `allowed: ${outcome.text.slice(0, 200)}`
  if (!outcome.code || outcome.code === 'INTERNAL' || outcome.code.startsWith('REQUEST.')) {
    return `refused for the wrong reason: ${outcome.text.slice(0, 200)}`
  }
  if (outcome.changed) return `refused with ${outcome.code} but changed the store`
  const shown = secrets.find((s) => outcome.text.includes(s))
  return shown ? `refused with ${outcome.code} but showed ${shown}` : null
}

/**
 * Answers that are not refusals yet show and change nothing: a preview names the problem in the
 * row (这名党员不在本支部) and leaves the member's name and id out.
 */
const PROBLEM_IN_ROW: Record<string, string> = { 'secretary/dues.amounts.preview': '这名党员不在本支部' }

/** The matrix cell's valid input, and the ones that use the id fields it leaves out. */
async function inputsOf(fn: FunctionName, action: string): Promise<unknown[]> {
  const base = (await cellOf(fn, action).input(cloud)) as Record<string, unknown>
  return [base, ...(MORE_INPUTS[`${fn}/${action}`] ?? []).map((more) => ({ ...base, ...more }))]
}

/** Every (action, id field, foreign id) for callers of one function. */
async function tryEveryId(fn: FunctionName, who: () => Actor, own: ForeignIds, foreign: ForeignIds, secrets: string[]) {
  const problems: string[] = []
  const covered = new Set<string>()
  let tried = 0
  for (const { action, spec } of actions(fn)) {
    const shape = readField(spec.input).shape
    await restore(cloud, world)
    for (const input of await inputsOf(fn, action)) {
      for (const variant of idVariants(shape, input, own, foreign)) {
        tried++
        covered.add(`${fn}/${action} ${variant.field}`)
        const outcome = await attempt(who(), fn, action, variant.input)
        const inRow = PROBLEM_IN_ROW[`${fn}/${action}`]
        const quiet =
          inRow && outcome.ok && outcome.text.includes(inRow) && !outcome.changed && !outcome.text.includes(variant.id)
        const problem = quiet ? null : refusedQuietly(outcome, [...secrets, variant.id])
        if (problem) problems.push(`${fn}/${action} ${variant.field}=${variant.id}: ${problem}`)
      }
    }
    for (const field of allIdFields(shape)) {
      if (!covered.has(`${fn}/${action} ${field}`))
        problems.push(`${fn}/${action} ${field}: no input uses it (tests/abuse/id-inputs.ts)`)
    }
  }
  return { problems, tried }
}

describe('every action that takes an id', () => {
  it('knows which actions take ids, from the schemas', () => {
    const withIds = (fn: FunctionName) =>
      actions(fn).filter(({ spec }) => allIdFields(readField(spec.input).shape).length > 0).length
    expect(withIds('member')).toBeGreaterThanOrEqual(8)
    expect(withIds('secretary')).toBeGreaterThanOrEqual(30)
  })

  it("refuses member A1 another member's or another branch's record by any id, and shows nothing", async () => {
    const { problems, tried } = await tryEveryId(
      'member',
      () => asMember(cloud, WORLD.memberA1),
      planted.memberA1,
      foreignToMemberA1(planted),
      [SECRET_B, SECRET_PEER],
    )
    expect(problems).toEqual([])
    expect(tried).toBeGreaterThanOrEqual(15)
  })

  it("refuses branch B's secretary every branch-A record by any id, even beside B's own ids, and shows nothing", async () => {
    const { problems, tried } = await tryEveryId(
      'secretary',
      () => asSecretary(cloud, 'B'),
      planted.branchB,
      planted.branchA,
      [SECRET_A, SECRET_PEER, '甲党员', '甲书记'],
    )
    expect(problems).toEqual([])
    expect(tried).toBeGreaterThanOrEqual(50)
  })
})

it("refuses branch B's secretary every action of the secretary function aimed at branch A", async () => {
  const problems: string[] = []
  for (const { action } of actions('secretary')) {
    await restore(cloud, world)
    const input: unknown = await cellOf('secretary', action).input(cloud)
    const problem = refusedQuietly(await attempt(asSecretary(cloud, 'B'), 'secretary', action, input), [
      SECRET_A,
      SECRET_PEER,
      '甲党员',
    ])
    if (problem) problems.push(`secretary/${action}: ${problem}`)
  }
  expect(problems).toEqual([])
})

it('refuses a secretary every admin-only action with AUTH.FORBIDDEN', async () => {
  const problems: string[] = []
  for (const { action } of actions('admin')) {
    await restore(cloud, world)
    const input: unknown = await cellOf('admin', action).input(cloud)
    for (const branch of ['A', 'B'] as const) {
      const outcome = await attempt(asSecretary(cloud, branch), 'admin', action, input)
      if (outcome.code !== 'AUTH.FORBIDDEN' || outcome.changed)
        problems.push(`admin/${action} as ${branch}: ${outcome.text}`)
    }
  }
  expect(problems).toEqual([])
})

it("never shows member A1 another member's records, whatever identity fields the input adds", async () => {
  const problems: string[] = []
  const extras = {
    memberId: WORLD.memberA2,
    member: WORLD.memberA2,
    openid: asMember(cloud, WORLD.memberA2).openid,
    branchId: WORLD.branchB,
    _id: WORLD.memberA2,
  }
  for (const { action } of actions('member')) {
    await restore(cloud, world)
    const base = (await cellOf('member', action).input(cloud)) as Record<string, unknown>
    const outcome = await attempt(asMember(cloud, WORLD.memberA1), 'member', action, { ...base, ...extras })
    const shown = [SECRET_B, SECRET_PEER].find((s) => outcome.text.includes(s))
    if (shown) problems.push(`member/${action} showed ${shown}`)
  }
  expect(problems).toEqual([])
})
