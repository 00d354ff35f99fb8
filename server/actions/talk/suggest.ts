/**
 * For other work to call (组织关系转入, issue 26): whom a member new to the branch might first talk
 * with, in words — the branch's 书记, or failing one a 支委. It writes nothing; the caller decides
 * where to show it (a 待办, the newcomer's 首页).
 */
import { newcomerTalkSuggestion } from '../../../core/talk/coverage'
import type { MemberDoc } from '../../model'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchMembers } from './load'

export async function suggestTalkForNewMember(
  ctx: ActionContext,
  memberId: string,
): Promise<{ partnerId: string; partnerName: string; words: string } | null> {
  const member = await findById<MemberDoc>(ctx.db, 'members', memberId)
  if (!member || member.status !== 'active') return null
  const roster = await branchMembers(ctx, member.branchId)
  return newcomerTalkSuggestion(
    member._id,
    roster.map((m) => ({ id: m._id, name: m.name, role: m.role })),
  )
}
