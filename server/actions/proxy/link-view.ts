/** A 代为记录 link as the secretary's screens show it. */
import type { ProxyLinkView } from '../../../core/contract/proxy'
import type { MemberDoc } from '../../model'
import { type ProxyLinkDoc } from './model'

export function view(link: ProxyLinkDoc, names: Map<string, MemberDoc>): ProxyLinkView {
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
