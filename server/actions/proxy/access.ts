/**
 * The one gate of every proxy action: the caller must hold an active link to the member they
 * name, both must still be active members of the branch that granted it (a move or leaving
 * ends it at once), and the action then runs as that member — their records, their rules —
 * with the caller's mark on what is written.
 */
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { linkId, type ProxyLinkDoc, type ProxyMark } from './model'

export interface Linked {
  link: ProxyLinkDoc
  elder: MemberDoc
  /** The caller (the proxy). */
  proxy: MemberDoc
  /** The same request, acting as the elder: for the member use cases, which read `caller.member`. */
  asElder: ActionContext
  mark: ProxyMark
}

/** Everything "not linked" reads the same, so that nobody learns who exists elsewhere. */
export async function linkedElder(ctx: ActionContext, elderId: string): Promise<Linked> {
  const proxy = ctx.caller.member as MemberDoc
  const link = await findById<ProxyLinkDoc>(ctx.db, 'proxyLinks', linkId(elderId, proxy._id))
  if (!link || link.status !== 'active' || proxy.branchId !== link.branchId) throw new DomainError('PROXY.NOT_LINKED')
  const elder = await findById<MemberDoc>(ctx.db, 'members', elderId)
  if (!elder || elder.status !== 'active' || elder.branchId !== link.branchId) throw new DomainError('PROXY.NOT_LINKED')
  return {
    link,
    elder,
    proxy,
    asElder: { ...ctx, caller: { ...ctx.caller, member: elder, isAdmin: false } },
    mark: { id: proxy._id, name: proxy.name, linkId: link._id },
  }
}
