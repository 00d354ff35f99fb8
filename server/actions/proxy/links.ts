/**
 * The secretary's side of 代为记录: the branch's links, granting one at an elderly member's
 * request (family in the branch, or a 支委), and withdrawing it. Each change is audited.
 */
import type { BranchProxyLinks, ProxyLinkView, ProxyRelation } from '../../../core/contract/proxy'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { isOfficer, scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf } from '../activity/load'
import { linkId, type ProxyLinkDoc } from './model'

function view(link: ProxyLinkDoc, names: Map<string, MemberDoc>): ProxyLinkView {
  const elder = names.get(link.elderId)
  const proxy = names.get(link.proxyId)
  return {
    id: link._id,
    elder: { id: link.elderId, name: elder?.name ?? '' },
    proxy: { id: link.proxyId, name: proxy?.name ?? '', bound: !!proxy?.openid },
    relation: link.relation,
    note: link.note,
    reason: link.reason,
    grantedAt: link.grantedAt,
    grantedByName: link.grantedByName,
  }
}

export async function branchLinks(input: { branchId?: string }, ctx: ActionContext): Promise<BranchProxyLinks> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const [branch, members, links] = await Promise.all([
    branchOf(ctx, branchId),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    findAll<ProxyLinkDoc>(ctx.db, 'proxyLinks', { branchId, status: 'active' }),
  ])
  const byId = new Map(members.map((m) => [m._id, m]))
  return {
    branch: { id: branch._id, name: branch.name },
    links: links
      .filter((l) => byId.has(l.elderId) && byId.has(l.proxyId))
      .sort((a, b) => b.grantedAt - a.grantedAt)
      .map((l) => view(l, byId)),
    members: members
      .map((m) => ({ id: m._id, name: m.name, role: m.role, bound: !!m.openid }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
  }
}

async function branchMember(ctx: ActionContext, id: string): Promise<MemberDoc> {
  const member = await findById<MemberDoc>(ctx.db, 'members', id)
  if (!member || member.status !== 'active') throw new DomainError('MEMBER.NOT_FOUND')
  return member
}

export async function grantLink(
  input: { elderId: string; proxyId: string; relation: ProxyRelation; note: string; reason: string },
  ctx: ActionContext,
): Promise<ProxyLinkView> {
  if (input.elderId === input.proxyId) throw new DomainError('PROXY.SELF')
  const [elder, proxy] = await Promise.all([branchMember(ctx, input.elderId), branchMember(ctx, input.proxyId)])
  // A secretary may only link within their own branch; an admin within the elder's.
  const branchId = scopeBranch(ctx.caller, elder.branchId)
  if (proxy.branchId !== branchId) throw new DomainError('PROXY.NOT_IN_BRANCH')
  if (input.relation === 'committee' && !isOfficer(proxy)) throw new DomainError('PROXY.NOT_COMMITTEE')
  const id = linkId(elder._id, proxy._id)
  const existing = await findById<ProxyLinkDoc>(ctx.db, 'proxyLinks', id)
  const grantKey = ctx.requestKey ? keyedId(ctx, 'grant') : null
  const names = new Map([elder, proxy].map((m) => [m._id, m]))
  if (existing?.status === 'active' && existing.branchId === branchId) {
    // The same tap again (a lost answer retried): it is granted, as after the first try, and the
    // audit entry a killed try may not have written is written now (once: audit is keyed too).
    if (grantKey && existing.grantKey === grantKey) {
      const earlier = existing.history.at(-1)
      await auditGrant(ctx, existing, names, earlier ? { status: earlier.status } : null)
      return view(existing, names)
    }
    throw new DomainError('PROXY.ALREADY_LINKED')
  }
  // The note and the reason are shown to both members on 我的 → 代为记录.
  await checkContent(ctx, `${input.note}\n${input.reason}`, 2)
  const now = ctx.now()
  const terms = {
    branchId,
    elderId: elder._id,
    proxyId: proxy._id,
    relation: input.relation,
    note: input.note,
    reason: input.reason,
    status: 'active' as const,
    grantedAt: now,
    grantedById: ctx.caller.member?._id ?? null,
    grantedByName: actorName(ctx),
    endedAt: null,
    endedByName: null,
    endReason: null,
    grantKey,
  }
  const history = existing ? [...existing.history, omitHistory(existing)] : []
  await ctx.db
    .collection('proxyLinks')
    .doc(id)
    .set({ data: { ...terms, history } })
  const link = { _id: id, ...terms, history }
  await auditGrant(ctx, link, names, existing ? { status: existing.status } : null)
  return view(link, names)
}

async function auditGrant(
  ctx: ActionContext,
  link: ProxyLinkDoc,
  names: Map<string, MemberDoc>,
  before: { status: string } | null,
): Promise<void> {
  await audit(ctx, {
    kind: 'proxy.grant',
    summary: `允许${names.get(link.proxyId)?.name ?? ''}代${names.get(link.elderId)?.name ?? ''}记录签到、学习和补学心得：${link.reason}`,
    branchId: link.branchId,
    targetId: link._id,
    before,
    after: { status: 'active', relation: link.relation, note: link.note, reason: link.reason },
  })
}

function omitHistory(link: ProxyLinkDoc): Omit<ProxyLinkDoc, '_id' | 'history'> {
  const { _id: _omitId, history: _omitHistory, ...terms } = link
  return terms
}

export async function withdrawLink(
  input: { linkId: string; reason: string },
  ctx: ActionContext,
): Promise<{ id: string }> {
  const link = await findById<ProxyLinkDoc>(ctx.db, 'proxyLinks', input.linkId)
  if (!link || link.status !== 'active') throw new DomainError('PROXY.NOT_FOUND')
  scopeBranch(ctx.caller, link.branchId)
  const now = ctx.now()
  const res = await ctx.db
    .collection('proxyLinks')
    .where({ _id: link._id, status: 'active' })
    .update({ data: { status: 'withdrawn', endedAt: now, endedByName: actorName(ctx), endReason: input.reason } })
  if (res.stats.updated !== 1) throw new DomainError('PROXY.NOT_FOUND')
  const [elder, proxy] = await Promise.all([
    findById<MemberDoc>(ctx.db, 'members', link.elderId),
    findById<MemberDoc>(ctx.db, 'members', link.proxyId),
  ])
  await audit(ctx, {
    kind: 'proxy.withdraw',
    summary: `撤销${proxy?.name ?? ''}代${elder?.name ?? ''}记录的授权：${input.reason}`,
    branchId: link.branchId,
    targetId: link._id,
    before: { status: 'active' },
    after: { status: 'withdrawn', reason: input.reason },
  })
  return { id: link._id }
}

/**
 * A member left the party or moved branch: every link naming them ends at once (the gate in
 * access.ts refuses already; this keeps the secretary's list true). Audited as the roster change.
 */
export async function endLinksOf(ctx: ActionContext, member: MemberDoc, why: string): Promise<number> {
  const [asElder, asProxy] = await Promise.all([
    findAll<ProxyLinkDoc>(ctx.db, 'proxyLinks', { elderId: member._id, status: 'active' }),
    findAll<ProxyLinkDoc>(ctx.db, 'proxyLinks', { proxyId: member._id, status: 'active' }),
  ])
  const now = ctx.now()
  let ended = 0
  for (const link of [...asElder, ...asProxy]) {
    const res = await ctx.db
      .collection('proxyLinks')
      .where({ _id: link._id, status: 'active' })
      .update({ data: { status: 'ended', endedAt: now, endedByName: actorName(ctx), endReason: why } })
    if (res.stats.updated !== 1) continue
    ended++
    await audit(ctx, {
      kind: 'proxy.end',
      summary: `${member.name}${why}，代记授权随之结束`,
      branchId: link.branchId,
      targetId: link._id,
      before: { status: 'active' },
      after: { status: 'ended', reason: why },
    })
  }
  return ended
}
