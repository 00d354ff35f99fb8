/**
 * The role × action matrix: every action of every cloud function, called as each kind of
 * person, is allowed or denied exactly as declared. An action missing here fails the suite.
 */
import { contract, type ActionName, type FunctionName } from '../../core/contract'
import type { LocalCloud } from '../../localcloud/server'
import {
  asAdmin,
  asMember,
  asSecretary,
  asStranger,
  seedWorld,
  startTestCloud,
  WORLD,
  type Actor,
} from '../helpers/cloud'
import * as activity from './matrix/activity'
import * as attendance from './matrix/attendance'
import * as dues from './matrix/dues'
import * as home from './matrix/home'
import * as notify from './matrix/notify'
import * as org from './matrix/org'
import * as overview from './matrix/overview'
import * as proxy from './matrix/proxy'
import * as study from './matrix/study'
import { EVERYONE, type Cell, type Who } from './matrix/types'

type Matrix = { [F in FunctionName]: { [A in ActionName<F>]: Cell<F, A> } }

const MATRIX: Matrix = {
  member: {
    ...org.member,
    ...activity.member,
    ...study.member,
    ...dues.member,
    ...home.member,
    ...notify.member,
    ...proxy.member,
  },
  secretary: {
    ...org.secretary,
    ...activity.secretary,
    ...study.secretary,
    ...dues.secretary,
    ...overview.secretary,
    ...notify.secretary,
    ...attendance.secretary,
    ...proxy.secretary,
  },
  admin: { ...org.admin, ...activity.admin, ...study.admin, ...dues.admin, ...notify.admin, ...attendance.admin },
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
