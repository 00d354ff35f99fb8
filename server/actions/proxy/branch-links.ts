/** 代为记录: the branch's links and the members a link may name, for the secretary. */
import type { BranchProxyLinks } from '../../../core/contract/proxy'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf } from '../activity/load'
import { type ProxyLinkDoc } from './model'
import { view } from './link-view'

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
