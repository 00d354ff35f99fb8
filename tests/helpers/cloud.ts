/**
 * Tests that act as someone against the real local cloud: the same function bundles, the
 * real wx-server-sdk in each instance, an in-memory store. Modelled on Firebase's
 * rules-unit-testing: `asStranger()`, `asMember(id)`, `asSecretary(branch)`, `asAdmin()`.
 */
import { configFromEnv, type LocalCloudConfig } from '../../localcloud/config'
import project from '../../localcloud.config'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { DEMO_ADMIN_OPENID, DEMO_STRANGER_OPENID, demoOpenid } from '../../demo/identities'
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../core/contract'
import type { Envelope } from '../../core/envelope'
import type { MemberDoc, OrgDoc } from '../../server/model'
import { aMember, anOrg } from './mothers'
import { clockStart } from './now'

export interface Actor {
  openid: string
  /** The raw envelope, for asserting failures. */
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: InputOf<F, A>,
  ): Promise<Envelope<OutputOf<F, A>>>
  /** The data of a successful call; throws with the error code otherwise. */
  ok<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, input: InputOf<F, A>): Promise<OutputOf<F, A>>
}

/** A cloud for one test file: in memory, on a free port, its clock starting at the run's TEST_NOW. */
export function testCloudConfig(overrides: Partial<LocalCloudConfig> = {}): LocalCloudConfig {
  return {
    ...configFromEnv(project, {}),
    port: 0,
    dataDir: null,
    staticDir: null,
    realTimers: false,
    maxInstances: 4,
    startAt: clockStart(),
    ...overrides,
  }
}

export async function startTestCloud(): Promise<LocalCloud> {
  return startLocalCloud(testCloudConfig())
}

/** POSTs raw JSON to the front door, as the H5 app does. */
export async function post(
  cloud: LocalCloud,
  path: string,
  body: string,
  openid?: string,
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (openid !== undefined) headers['x-wx-openid'] = openid
  const res = await fetch(cloud.url + path, { method: 'POST', headers, body })
  return { status: res.status, json: (await res.json()) as unknown }
}

export function actor(cloud: LocalCloud, openid: string): Actor {
  const call = async <F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, input: InputOf<F, A>) =>
    (await post(cloud, `/fn/${fn}`, JSON.stringify({ action, input }), openid)).json as Envelope<OutputOf<F, A>>
  return {
    openid,
    call,
    async ok(fn, action, input) {
      const env = await call(fn, action, input)
      if (!env.ok) throw new Error(`${fn}/${action} failed: ${env.error.code} ${env.error.message}`)
      return env.data
    },
  }
}

/**
 * A small bureau for tests: two branches (A, B), a secretary and two members in A, a
 * secretary and a member in B, an unbound roster entry in A, and the configured admin.
 */
export const WORLD = {
  branchA: 'org-ta',
  branchB: 'org-tb',
  secretaryA: 'm-ta-sec',
  memberA1: 'm-ta-1',
  memberA2: 'm-ta-2',
  unboundA: 'm-ta-unbound',
  secretaryB: 'm-tb-sec',
  memberB1: 'm-tb-1',
  admin: 'm-office',
} as const

export async function seedWorld(cloud: LocalCloud): Promise<void> {
  await cloud.reset()
  const orgs: OrgDoc[] = [
    anOrg({ _id: 'org-committee', kind: 'committee', name: '测试机关党委', parentId: null }),
    anOrg({ _id: WORLD.branchA, name: '第一支部' }),
    anOrg({ _id: WORLD.branchB, name: '第二支部' }),
  ]
  const members: MemberDoc[] = [
    aMember({ _id: WORLD.secretaryA, branchId: WORLD.branchA, role: 'secretary', name: '甲书记' }),
    aMember({ _id: WORLD.memberA1, branchId: WORLD.branchA, name: '甲党员一' }),
    aMember({ _id: WORLD.memberA2, branchId: WORLD.branchA, name: '甲党员二' }),
    aMember({ _id: WORLD.unboundA, branchId: WORLD.branchA, name: '甲未绑定', openid: null, boundAt: null }),
    aMember({ _id: WORLD.secretaryB, branchId: WORLD.branchB, role: 'secretary', name: '乙书记' }),
    aMember({ _id: WORLD.memberB1, branchId: WORLD.branchB, name: '乙党员一' }),
    aMember({ _id: WORLD.admin, branchId: WORLD.branchA, name: '党委办', openid: DEMO_ADMIN_OPENID }),
  ]
  await cloud.database.insertRaw('orgs', orgs as unknown as Record<string, unknown>[])
  await cloud.database.insertRaw('members', members as unknown as Record<string, unknown>[])
}

export const asStranger = (cloud: LocalCloud): Actor => actor(cloud, DEMO_STRANGER_OPENID)
export const asMember = (cloud: LocalCloud, id: string = WORLD.memberA1): Actor => actor(cloud, demoOpenid(id))
export const asSecretary = (cloud: LocalCloud, branch: 'A' | 'B' = 'A'): Actor =>
  actor(cloud, demoOpenid(branch === 'A' ? WORLD.secretaryA : WORLD.secretaryB))
export const asAdmin = (cloud: LocalCloud): Actor => actor(cloud, DEMO_ADMIN_OPENID)
