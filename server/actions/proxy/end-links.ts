/** 代为记录: a member who leaves or moves ends every link that names them. */
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { type ProxyLinkDoc } from './model'

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
