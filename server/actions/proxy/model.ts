/** 代为记录 documents as stored. Instants are epoch ms. */
import type { ProxyRelation } from '../../../core/contract/proxy'

/** Who made a record on a member's behalf: kept on the record itself (代记). */
export interface ProxyMark {
  id: string
  name: string
  linkId: string
}

/**
 * A secretary's grant: `proxyId` may record for `elderId`. `_id` = `${elderId}_${proxyId}`, so
 * there is one per pair; a withdrawn link granted again keeps its earlier terms in `history`.
 */
export interface ProxyLinkDoc {
  _id: string
  branchId: string
  elderId: string
  proxyId: string
  relation: ProxyRelation
  note: string
  reason: string
  /** `ended`: one of the two left the branch or the party (ended by the roster change). */
  status: 'active' | 'withdrawn' | 'ended'
  grantedAt: number
  grantedById: string | null
  grantedByName: string
  endedAt: number | null
  endedByName: string | null
  endReason: string | null
  /** The request of the tap that granted it (request-key.ts), so that a retry is answered, not refused. */
  grantKey?: string | null
  history: Array<Omit<ProxyLinkDoc, '_id' | 'history'>>
}

export const linkId = (elderId: string, proxyId: string): string => `${elderId}_${proxyId}`
