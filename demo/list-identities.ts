import type { MemberDoc, OrgDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { DEMO_STRANGER_OPENID } from './identities'

export interface DemoIdentity {
  openid: string
  name: string
  role: 'member' | 'secretary' | 'admin' | 'stranger'
  branchName?: string
  duty?: string
}

/**
 * Everyone the H5 identity switcher can be: bound members by role, admins (PARTY_ADMIN_OPENIDS
 * of the functions' environment), a stranger.
 */
export async function listIdentities(db: Database, functionEnv: Record<string, string>): Promise<DemoIdentity[]> {
  const [members, orgs] = await Promise.all([db.find('members', { status: 'active' }), db.find('orgs', {})])
  const orgName = new Map((orgs as unknown as OrgDoc[]).map((o) => [o._id, o.name]))
  const admins = new Set((functionEnv.PARTY_ADMIN_OPENIDS ?? '').split(',').filter(Boolean))
  const out: DemoIdentity[] = []
  for (const m of members as unknown as MemberDoc[]) {
    if (!m.openid) continue
    const role = admins.has(m.openid) ? 'admin' : m.role === 'member' ? 'member' : 'secretary'
    out.push({
      openid: m.openid,
      name: m.name,
      role,
      branchName: orgName.get(m.branchId),
      duty: m.duty ?? (m.role === 'secretary' ? '书记' : undefined),
    })
  }
  out.push({ openid: DEMO_STRANGER_OPENID, name: '未绑定的微信用户', role: 'stranger' })
  const order = { admin: 0, secretary: 1, member: 2, stranger: 3 }
  return out.sort(
    (a, b) => order[a.role] - order[b.role] || (a.branchName ?? '').localeCompare(b.branchName ?? '', 'zh'),
  )
}
