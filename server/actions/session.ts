import type { Session } from '../../core/contract'
import type { OrgDoc } from '../model'
import { findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'

export async function whoami(_input: object, ctx: ActionContext): Promise<Session> {
  const { member, isAdmin } = ctx.caller
  const role = isAdmin ? 'admin' : member ? (member.role === 'member' ? 'member' : 'secretary') : null
  if (!member) return { bound: false, role, member: null }
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', member.branchId)
  return {
    bound: true,
    role,
    member: { id: member._id, name: member.name, branchId: member.branchId, branchName: branch?.name ?? '' },
  }
}
