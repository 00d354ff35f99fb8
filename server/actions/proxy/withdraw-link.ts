/** 代为记录: the secretary withdraws a link, with a reason; records made stay as they are. Audited. */
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ProxyLinkDoc } from './model'

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
