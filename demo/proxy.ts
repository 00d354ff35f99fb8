/**
 * Demo 代为记录: in 离退休干部党支部 a 支委 records for an elderly member, and in 机关第一党支部 a
 * family member in the branch does; the 支委 has already written down today's study for the
 * elder (the elder's 学习 shows it as 代记). Each grant has its audit entry, as a real one would.
 */
import { chinaDate, chinaDayStart } from '../core/dates'
import type { ProxyLinkDoc } from '../server/actions/proxy/model'
import { linkId } from '../server/actions/proxy/model'
import type { StudyCheckinDoc } from '../server/actions/study/model'
import type { AuditDoc, MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import type { DemoWorld } from './world'

/** The elderly member of 离退休干部党支部 with a 支委 recording for them (browser tests use it). */
export const DEMO_PROXY = { elderId: 'm-b5-12', proxyId: 'm-b5-02', branchId: 'org-b5' } as const

const DAY_MS = 24 * 3600_000

function link(
  elder: MemberDoc,
  proxy: MemberDoc,
  secretary: MemberDoc,
  terms: Pick<ProxyLinkDoc, 'relation' | 'note' | 'reason'>,
  at: number,
): ProxyLinkDoc {
  return {
    _id: linkId(elder._id, proxy._id),
    branchId: elder.branchId,
    elderId: elder._id,
    proxyId: proxy._id,
    ...terms,
    status: 'active',
    grantedAt: at,
    grantedById: secretary._id,
    grantedByName: secretary.name,
    endedAt: null,
    endedByName: null,
    endReason: null,
    history: [],
  }
}

function grantAudit(l: ProxyLinkDoc, elder: MemberDoc, proxy: MemberDoc, secretary: MemberDoc): AuditDoc {
  return {
    _id: `audit-${l._id}`,
    at: l.grantedAt,
    actorOpenid: secretary.openid ?? '',
    actorId: secretary._id,
    actorName: secretary.name,
    kind: 'proxy.grant',
    summary: `允许${proxy.name}代${elder.name}记录签到、学习和补学心得：${l.reason}`,
    branchId: l.branchId,
    targetId: l._id,
    before: null,
    after: { status: 'active', relation: l.relation, note: l.note, reason: l.reason },
    requestId: 'demo-seed',
  }
}

export async function seed(db: Database, now: number, { members }: DemoWorld): Promise<void> {
  const byId = new Map(members.map((m) => [m._id, m]))
  const sec = (branchId: string) => members.find((m) => m.branchId === branchId && m.role === 'secretary')
  const elder = byId.get(DEMO_PROXY.elderId)
  const committee = byId.get(DEMO_PROXY.proxyId)
  const b5Secretary = sec(DEMO_PROXY.branchId)
  const b1Elder = byId.get('m-b1-16')
  const family = members.find((m) => m.branchId === 'org-b1' && m.role === 'member' && m.openid && m._id !== 'm-b1-16')
  const b1Secretary = sec('org-b1')
  if (!elder || !committee || !b5Secretary || !b1Elder || !family || !b1Secretary) return
  const links: Array<[ProxyLinkDoc, MemberDoc, MemberDoc, MemberDoc]> = [
    [
      link(
        elder,
        committee,
        b5Secretary,
        {
          relation: 'committee',
          note: committee.duty ?? '支委',
          reason: '本人年过八旬、视力不好，提出请支委代为签到和记录学习',
        },
        now - 40 * DAY_MS,
      ),
      elder,
      committee,
      b5Secretary,
    ],
    [
      link(
        b1Elder,
        family,
        b1Secretary,
        { relation: 'family', note: '女儿', reason: '本人手术后行动不便，提出请同在本支部的女儿代为记录' },
        now - 12 * DAY_MS,
      ),
      b1Elder,
      family,
      b1Secretary,
    ],
  ]
  await db.insertRaw('proxyLinks', links.map(([l]) => l) as unknown as Record<string, unknown>[])
  await db.insertRaw(
    'auditLog',
    links.map(([l, e, p, s]) => grantAudit(l, e, p, s)) as unknown as Record<string, unknown>[],
  )
  const day = chinaDate(now)
  const recordedAt = Math.max(chinaDayStart(day), now - 30 * 60_000)
  const entry: StudyCheckinDoc = {
    _id: 'sc-demo-proxy-1',
    memberId: elder._id,
    branchId: elder.branchId,
    day,
    month: day.slice(0, 7),
    late: false,
    itemId: null,
    title: '收听党课录音《永远跟党走》',
    kind: null,
    minutes: 30,
    reflection: '老人口述：听了党课很受教育，要继续发挥余热。',
    contentCheck: 'pass',
    status: 'active',
    createdAt: recordedAt,
    updatedAt: recordedAt,
    withdrawnAt: null,
    version: 1,
    history: [],
    proxy: { id: committee._id, name: committee.name, linkId: linkId(elder._id, committee._id) },
  }
  await db.insertRaw('studyCheckins', [entry as unknown as Record<string, unknown>])
}
