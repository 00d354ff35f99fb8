/**
 * The role × action matrix: every action of every cloud function, called as each kind of
 * person, is allowed or denied exactly as declared. An action missing here fails the suite.
 */
import { contract, type ActionName, type FunctionName, type InputOf } from '../../core/contract'
import type { ErrorCode } from '../../core/errors'
import type { LocalCloud } from '../../localcloud/server'
import { asAdmin, asMember, asSecretary, asStranger, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'

type Who = 'stranger' | 'member' | 'otherSecretary' | 'secretary' | 'admin'
const EVERYONE: Who[] = ['stranger', 'member', 'otherSecretary', 'secretary', 'admin']
const MEMBERS: Who[] = ['member', 'otherSecretary', 'secretary', 'admin']
const BRANCH_OFFICERS: Who[] = ['secretary', 'admin']
const ADMINS: Who[] = ['admin']

interface Cell<F extends FunctionName, A extends ActionName<F>> {
  allowed: Who[]
  /** A valid input aimed at branch A's people, built after the world is seeded. */
  input: (cloud: LocalCloud) => Promise<InputOf<F, A>> | InputOf<F, A>
  /** Allowed callers whom the action itself turns away for a domain reason. */
  refused?: Partial<Record<Who, ErrorCode>>
}
type Matrix = { [F in FunctionName]: { [A in ActionName<F>]: Cell<F, A> } }

const ROSTER = '姓名,支部,入党日期\n新同志,第一支部,2020-07-01'

const MATRIX: Matrix = {
  member: {
    'session.whoami': { allowed: EVERYONE, input: () => ({}) },
    'binding.bind': {
      allowed: EVERYONE,
      input: async (cloud) => ({
        name: '甲未绑定',
        code: (await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })).code,
      }),
      refused: {
        member: 'BINDING.ALREADY_BOUND',
        otherSecretary: 'BINDING.ALREADY_BOUND',
        secretary: 'BINDING.ALREADY_BOUND',
        admin: 'BINDING.ALREADY_BOUND',
      },
    },
    'profile.get': { allowed: MEMBERS, input: () => ({}) },
  },
  secretary: {
    'members.list': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
    'binding.issue': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.unboundA }) },
    'binding.revoke': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.memberA2, reason: '更换手机' }) },
  },
  admin: {
    'org.tree': { allowed: ADMINS, input: () => ({}) },
    'org.create': { allowed: ADMINS, input: () => ({ kind: 'group', name: '新党小组', parentId: WORLD.branchA }) },
    'org.rename': { allowed: ADMINS, input: () => ({ orgId: WORLD.branchA, name: '第一党支部' }) },
    'roster.preview': { allowed: ADMINS, input: () => ({ text: ROSTER }) },
    'roster.import': { allowed: ADMINS, input: () => ({ text: ROSTER }) },
    'member.update': { allowed: ADMINS, input: () => ({ memberId: WORLD.memberA2, changes: { probationary: true } }) },
    'member.move': { allowed: ADMINS, input: () => ({ memberId: WORLD.memberA2, toBranchId: WORLD.branchB, reason: '工作调动' }) },
    'member.markLeft': { allowed: ADMINS, input: () => ({ memberId: WORLD.memberA2, leftDate: '2026-03-01', reason: '去世' }) },
    'audit.list': { allowed: ADMINS, input: () => ({}) },
  },
}

function actorFor(cloud: LocalCloud, who: Who): Actor {
  switch (who) {
    case 'stranger':
      return asStranger(cloud)
    case 'member':
      return asMember(cloud, WORLD.memberA1)
    case 'otherSecretary':
      return asSecretary(cloud, 'B')
    case 'secretary':
      return asSecretary(cloud, 'A')
    case 'admin':
      return asAdmin(cloud)
  }
}

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
