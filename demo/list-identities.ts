import type { MemberDoc, OrgDoc } from '../server/model'
import type { LocalCloud } from '../localcloud/local-cloud'
import { DEMO_STRANGER_OPENID } from './identities'

export interface DemoIdentity {
  openid: string
  name: string
  role: 'member' | 'secretary' | 'admin' | 'stranger'
  branchName?: string
  duty?: string
}

/** Everyone the H5 identity switcher can be: bound members by role, admins, a stranger. */
export async function listIdentities(cloud: LocalCloud): Promise<DemoIdentity[]> {
  const [members, orgs] = await Promise.all([
    cloud.database.find('members', { status: 'active' }),
    cloud.database.find('orgs', {}),
  ])
  const orgName = new Map((orgs as unknown as OrgDoc[]).map((o) => [o._id, o.name]))
  const admins = new Set(cloud.config.adminOpenids)
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
