/**
 * 代为记录: the secretary grants a link at an elderly member's request (family in the branch,
 * or a 支委), with a reason; audited.
 */
import type { ProxyLinkView, ProxyRelation } from '../../../core/contract/proxy'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { isOfficer, scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { linkId, type ProxyLinkDoc } from './model'
import { view } from './link-view'

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
