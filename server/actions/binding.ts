/**
 * Binding a WeChat identity to a roster entry with a one-time code from the secretary:
 * 6 digits, 7 days, 5 wrong tries and it locks; a new code replaces the old one.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto'
import type { BranchRoster, Session } from '../../core/contract'
import { DomainError } from '../../core/errors'
import type { BindingCodeDoc, MemberDoc } from '../model'
import { audit } from '../runtime/audit'
import { scopeBranch } from '../runtime/access'
import { findAll, findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'
import { listBranchMembers } from './members'
import { whoami } from './session'

export const CODE_TTL_MS = 7 * 24 * 3600 * 1000
export const MAX_ATTEMPTS = 5

function hashCode(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('hex')
}

/** A member of the officer's branch (or any branch for an admin), still on the roster. */
export async function memberInScope(ctx: ActionContext, memberId: string): Promise<MemberDoc> {
  const member = await findById<MemberDoc>(ctx.db, 'members', memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  scopeBranch(ctx.caller, member.branchId)
  if (member.status !== 'active') throw new DomainError('MEMBER.LEFT')
  return member
}

/**
 * A new binding code for a roster entry (replacing any earlier one), audited; the code itself is
 * answered once and never stored. Also used by 党员发展 when an admission makes the entry.
 */
export async function newBindingCode(
  ctx: ActionContext,
  member: MemberDoc,
): Promise<{ code: string; expiresAt: number }> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const salt = randomBytes(8).toString('hex')
  const issuedAt = ctx.now()
  const doc: Omit<BindingCodeDoc, '_id'> = {
    memberId: member._id,
    branchId: member.branchId,
    salt,
    codeHash: hashCode(salt, code),
    issuedAt,
    issuedBy: ctx.caller.openid,
    expiresAt: issuedAt + CODE_TTL_MS,
    attempts: 0,
    status: 'active',
  }
  await ctx.db.collection('bindingCodes').doc(member._id).set({ data: doc })
  await audit(ctx, {
    kind: 'binding.issue',
    summary: `为${member.name}生成绑定码`,
    branchId: member.branchId,
    targetId: member._id,
    after: { expiresAt: doc.expiresAt },
  })
  return { code, expiresAt: doc.expiresAt }
}

export async function issueCode(
  input: { memberId: string },
  ctx: ActionContext,
): Promise<{ code: string; expiresAt: number; roster: BranchRoster }> {
  const member = await memberInScope(ctx, input.memberId)
  if (member.openid) throw new DomainError('BINDING.MEMBER_BOUND')
  const { code, expiresAt } = await newBindingCode(ctx, member)
  // The answer carries the 成员 page as it now reads (the member's code 有效), so one tap is one call.
  const roster = await listBranchMembers({ branchId: member.branchId }, ctx)
  return { code, expiresAt, roster }
}

export async function revokeBinding(
  input: { memberId: string; reason: string },
  ctx: ActionContext,
): Promise<{ memberId: string; roster: BranchRoster }> {
  const member = await memberInScope(ctx, input.memberId)
  const answer = async () => ({
    memberId: member._id,
    roster: await listBranchMembers({ branchId: member.branchId }, ctx),
  })
  if (!member.openid) return answer()
  await ctx.db
    .collection('members')
    .doc(member._id)
    .update({ data: { openid: null, boundAt: null, updatedAt: ctx.now() } })
  await audit(ctx, {
    kind: 'binding.revoke',
    summary: `解除${member.name}的微信绑定：${input.reason}`,
    branchId: member.branchId,
    targetId: member._id,
    before: { bound: true, boundAt: member.boundAt },
    after: { bound: false },
  })
  return answer()
}

/** Counts a wrong try; locks the code on the last one. Returns tries left. */
async function countFailure(ctx: ActionContext, code: BindingCodeDoc): Promise<number> {
  const _ = ctx.db.command
  const codes = ctx.db.collection('bindingCodes')
  await codes
    .where({ _id: code._id, status: 'active', attempts: _.lt(MAX_ATTEMPTS) })
    .update({ data: { attempts: _.inc(1) } })
  const after = await findById<BindingCodeDoc>(ctx.db, 'bindingCodes', code._id)
  const attempts = after?.attempts ?? MAX_ATTEMPTS
  if (attempts >= MAX_ATTEMPTS) {
    await codes.where({ _id: code._id, status: 'active' }).update({ data: { status: 'locked' } })
  }
  return MAX_ATTEMPTS - attempts
}

export async function bind(input: { name: string; code: string }, ctx: ActionContext): Promise<Session> {
  if (ctx.caller.member) throw new DomainError('BINDING.ALREADY_BOUND')
  const _ = ctx.db.command
  const candidates = await findAll<MemberDoc>(ctx.db, 'members', { name: input.name, status: 'active', openid: null })
  const ids = candidates.map((m) => m._id)
  if (ids.length === 0) throw new DomainError('BINDING.NO_MATCH')
  const found = await findAll<BindingCodeDoc>(ctx.db, 'bindingCodes', { _id: _.in(ids) })
  const codes = found.filter((c) => c.status !== 'used')
  if (codes.length === 0) throw new DomainError('BINDING.NO_MATCH')
  const now = ctx.now()
  const match = codes.find(
    (c) => c.status === 'active' && c.expiresAt > now && c.codeHash === hashCode(c.salt, input.code),
  )
  if (!match) {
    if (codes.every((c) => c.status === 'locked')) throw new DomainError('BINDING.LOCKED')
    const live = codes.filter((c) => c.status === 'active' && c.expiresAt > now)
    if (live.length === 0) throw new DomainError('BINDING.EXPIRED')
    const left = Math.max(...(await Promise.all(live.map((c) => countFailure(ctx, c)))))
    if (left <= 0) throw new DomainError('BINDING.LOCKED')
    throw new DomainError('BINDING.NO_MATCH', `姓名或绑定码不对，还可以再试${left}次`)
  }
  // A 换绑 (new phone, after 解除绑定) is the same person: their first binding stays.
  const firstBound = candidates.find((m) => m._id === match.memberId)?.firstBoundAt
  const claimed = await ctx.db
    .collection('members')
    .where({ _id: match.memberId, status: 'active', openid: null })
    .update({ data: { openid: ctx.caller.openid, boundAt: now, firstBoundAt: firstBound ?? now, updatedAt: now } })
  if (claimed.stats.updated !== 1) throw new DomainError('BINDING.MEMBER_BOUND')
  await ctx.db
    .collection('bindingCodes')
    .doc(match._id)
    .update({ data: { status: 'used' } })
  const member = await findById<MemberDoc>(ctx.db, 'members', match.memberId)
  return whoami({}, { ...ctx, caller: { ...ctx.caller, member } })
}
