/** Admins edit a member, move them between branches (组织关系转接), or mark them as left. */
import type { MemberRow } from '../../core/contract'
import type { LeaveKind } from '../../core/transfer/types'
import { DomainError } from '../../core/errors'
import type { BindingCodeDoc, MemberDoc, OrgDoc } from '../model'
import { audit } from '../runtime/audit'
import { findAll, findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'
import { toMemberRow } from './members'
import { endLinksOf } from './proxy/end-links'

type Changes = Partial<
  Pick<MemberDoc, 'name' | 'role' | 'duty' | 'joinDate' | 'probationary' | 'duesCategory' | 'duesBaseFen' | 'groupId'>
>

async function activeMember(ctx: ActionContext, id: string): Promise<MemberDoc> {
  const member = await findById<MemberDoc>(ctx.db, 'members', id)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  if (member.status !== 'active') throw new DomainError('MEMBER.LEFT')
  return member
}

async function rowOf(ctx: ActionContext, id: string): Promise<MemberRow> {
  const member = (await findById<MemberDoc>(ctx.db, 'members', id)) as MemberDoc
  const [group, code] = await Promise.all([
    member.groupId ? findById<OrgDoc>(ctx.db, 'orgs', member.groupId) : Promise.resolve(null),
    findById<BindingCodeDoc>(ctx.db, 'bindingCodes', id),
  ])
  const names = new Map(group ? [[group._id, group.name]] : [])
  return toMemberRow(member, names, code ?? undefined, ctx.now())
}

function pick(member: MemberDoc, keys: string[]): Record<string, unknown> {
  const record = member as unknown as Record<string, unknown>
  return Object.fromEntries(keys.map((k) => [k, record[k] ?? null]))
}

export async function updateMember(
  input: { memberId: string; changes: Changes; reason?: string },
  ctx: ActionContext,
): Promise<MemberRow> {
  const member = await activeMember(ctx, input.memberId)
  const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as Changes
  const keys = Object.keys(changes)
  if (keys.length === 0) throw new DomainError('REQUEST.INVALID', '没有要修改的内容')
  if (changes.name && changes.name !== member.name) {
    const same = await findAll<MemberDoc>(ctx.db, 'members', {
      branchId: member.branchId,
      name: changes.name,
      status: 'active',
    })
    if (same.length > 0) throw new DomainError('MEMBER.DUPLICATE_NAME')
  }
  if (changes.groupId) {
    const group = await findById<OrgDoc>(ctx.db, 'orgs', changes.groupId)
    if (!group || group.kind !== 'group' || group.parentId !== member.branchId)
      throw new DomainError('ORG.NOT_FOUND', '本支部没有这个党小组')
  }
  if (changes.role === 'secretary' && member.role !== 'secretary') {
    const previous = await findAll<MemberDoc>(ctx.db, 'members', {
      branchId: member.branchId,
      role: 'secretary',
      status: 'active',
    })
    for (const p of previous) {
      await ctx.db
        .collection('members')
        .doc(p._id)
        .update({ data: { role: 'committee', updatedAt: ctx.now() } })
      await audit(ctx, {
        kind: 'member.appoint',
        summary: `${p.name}不再担任书记（改任支委）`,
        branchId: p.branchId,
        targetId: p._id,
        before: { role: 'secretary' },
        after: { role: 'committee' },
      })
    }
  }
  await ctx.db
    .collection('members')
    .doc(member._id)
    .update({ data: { ...changes, updatedAt: ctx.now() } })
  await audit(ctx, {
    kind: changes.role ? 'member.appoint' : 'member.update',
    summary: `修改${member.name}的信息${input.reason ? `：${input.reason}` : ''}`,
    branchId: member.branchId,
    targetId: member._id,
    before: pick(member, keys),
    after: changes,
  })
  return rowOf(ctx, member._id)
}

export async function moveMember(
  input: { memberId: string; toBranchId: string; reason: string },
  ctx: ActionContext,
): Promise<MemberRow> {
  const member = await activeMember(ctx, input.memberId)
  const [from, to] = await Promise.all([
    findById<OrgDoc>(ctx.db, 'orgs', member.branchId),
    findById<OrgDoc>(ctx.db, 'orgs', input.toBranchId),
  ])
  if (!to || to.kind !== 'branch' || to.status !== 'active')
    throw new DomainError('ORG.NOT_FOUND', '没有找到转入的支部')
  if (to._id === member.branchId) throw new DomainError('REQUEST.INVALID', '已经在这个支部了')
  const same = await findAll<MemberDoc>(ctx.db, 'members', { branchId: to._id, name: member.name, status: 'active' })
  if (same.length > 0) throw new DomainError('MEMBER.DUPLICATE_NAME', `${to.name}已有同名党员`)
  const at = ctx.now()
  const transfer = { at, fromBranchId: member.branchId, toBranchId: to._id, reason: input.reason }
  await ctx.db
    .collection('members')
    .doc(member._id)
    .update({
      data: {
        branchId: to._id,
        groupId: null,
        role: 'member',
        duty: null,
        transfers: ctx.db.command.push(transfer),
        updatedAt: at,
      },
    })
  await ctx.db
    .collection('bindingCodes')
    .where({ memberId: member._id })
    .update({ data: { branchId: to._id } })
  await endLinksOf(ctx, member, `转入${to.name}`)
  await audit(ctx, {
    kind: 'member.move',
    summary: `${member.name}的组织关系由${from?.name ?? '原支部'}转入${to.name}：${input.reason}`,
    branchId: member.branchId,
    targetId: member._id,
    before: { branchId: member.branchId, role: member.role, groupId: member.groupId },
    after: { branchId: to._id, role: 'member', groupId: null },
  })
  return rowOf(ctx, member._id)
}

/**
 * Takes a member off the roll: their records stay archived exactly as they are, their access ends
 * (the caller is resolved from active members only) and their 代为记录 links end. Used by
 * member.markLeft and by a 转出 whose 回执 came back.
 */
export async function leaveRoll(
  ctx: ActionContext,
  member: MemberDoc,
  left: { date: string; reason: string; kind?: LeaveKind },
  summary: string,
): Promise<void> {
  const stored = { ...left, at: ctx.now() }
  await ctx.db
    .collection('members')
    .doc(member._id)
    .update({ data: { status: 'left', left: stored, updatedAt: stored.at } })
  await endLinksOf(ctx, member, '已离开')
  await audit(ctx, {
    kind: 'member.left',
    summary,
    branchId: member.branchId,
    targetId: member._id,
    before: { status: 'active' },
    after: { status: 'left', ...stored },
  })
}

export async function markLeft(
  input: { memberId: string; leftDate: string; reason: string; kind?: LeaveKind },
  ctx: ActionContext,
): Promise<{ memberId: string }> {
  const member = await activeMember(ctx, input.memberId)
  const left = { date: input.leftDate, reason: input.reason, ...(input.kind ? { kind: input.kind } : {}) }
  await leaveRoll(ctx, member, left, `${member.name}标记为已离开：${input.reason}`)
  return { memberId: member._id }
}
