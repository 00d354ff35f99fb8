/** The organisation tree: 机关党委 → (党总支) → 党支部 → (党小组). */
import type { OrgNode } from '../../core/contract'
import { DomainError } from '../../core/errors'
import type { MemberDoc, OrgDoc, OrgKind } from '../model'
import { audit } from '../runtime/audit'
import { addOnce, keyedId } from '../runtime/request-key'
import { findAll, findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'

/** Which kinds of node may sit under which. */
const ALLOWED_PARENTS: Record<Exclude<OrgKind, 'committee'>, OrgKind[]> = {
  generalBranch: ['committee'],
  branch: ['committee', 'generalBranch'],
  group: ['branch'],
}

function toNode(org: OrgDoc, counts: Map<string, { members: number; bound: number }>): OrgNode {
  const c = counts.get(org._id) ?? { members: 0, bound: 0 }
  return {
    id: org._id,
    kind: org.kind,
    name: org.name,
    parentId: org.parentId,
    memberCount: c.members,
    boundCount: c.bound,
  }
}

export async function orgTree(_input: object, ctx: ActionContext): Promise<{ nodes: OrgNode[] }> {
  const [orgs, members] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
  ])
  const counts = new Map<string, { members: number; bound: number }>()
  for (const m of members) {
    const c = counts.get(m.branchId) ?? { members: 0, bound: 0 }
    c.members += 1
    if (m.openid) c.bound += 1
    counts.set(m.branchId, c)
  }
  return { nodes: orgs.map((o) => toNode(o, counts)) }
}

async function assertUniqueName(ctx: ActionContext, parentId: string, name: string, exceptId?: string): Promise<void> {
  const siblings = await findAll<OrgDoc>(ctx.db, 'orgs', { parentId, name, status: 'active' })
  if (siblings.some((s) => s._id !== exceptId)) throw new DomainError('ORG.DUPLICATE_NAME')
}

export async function createOrg(
  input: { kind: Exclude<OrgKind, 'committee'>; name: string; parentId: string },
  ctx: ActionContext,
): Promise<OrgNode> {
  const id = `org-${keyedId(ctx, 'org')}`
  // A retry of the same tap meets the organisation the first try created (its name is taken by it now).
  const earlier = await findById<OrgDoc>(ctx.db, 'orgs', id)
  const parent = await findById<OrgDoc>(ctx.db, 'orgs', input.parentId)
  if (!parent || parent.status !== 'active') throw new DomainError('ORG.NOT_FOUND', '没有找到上级组织')
  if (!ALLOWED_PARENTS[input.kind].includes(parent.kind)) throw new DomainError('ORG.BAD_PARENT')
  // Its own id is no rival: a try of the same tap running at the same time may have written it.
  if (!earlier) await assertUniqueName(ctx, parent._id, input.name, id)
  const org: OrgDoc = earlier ?? {
    _id: id,
    kind: input.kind,
    name: input.name,
    parentId: parent._id,
    status: 'active',
    createdAt: ctx.now(),
  }
  if (!earlier) await addOnce(ctx.db, 'orgs', org)
  await audit(ctx, {
    kind: 'org.create',
    summary: `在${parent.name}下新建${input.name}`,
    branchId: input.kind === 'group' ? parent._id : input.kind === 'branch' ? org._id : null,
    targetId: org._id,
    after: org,
  })
  return toNode(org, new Map())
}

export async function renameOrg(input: { orgId: string; name: string }, ctx: ActionContext): Promise<OrgNode> {
  const org = await findById<OrgDoc>(ctx.db, 'orgs', input.orgId)
  if (!org || org.status !== 'active') throw new DomainError('ORG.NOT_FOUND')
  if (org.parentId) await assertUniqueName(ctx, org.parentId, input.name, org._id)
  await ctx.db
    .collection('orgs')
    .doc(org._id)
    .update({ data: { name: input.name } })
  await audit(ctx, {
    kind: 'org.rename',
    summary: `${org.name}更名为${input.name}`,
    branchId: org.kind === 'branch' ? org._id : null,
    targetId: org._id,
    before: { name: org.name },
    after: { name: input.name },
  })
  return toNode({ ...org, name: input.name }, new Map())
}
