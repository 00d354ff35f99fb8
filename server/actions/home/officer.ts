/**
 * 首页's 支部待办 for a 书记 or 支委: their own branch's queues, counted by the very functions
 * 支部管理 uses (one definition of "waiting" each), so a figure reads the same on both screens.
 */
import type { OfficerTodo } from '../../../core/contract/home'
import type { MemberDoc } from '../../model'
import { isOfficer } from '../../runtime/access'
import type { ActionContext } from '../../runtime/types'
import { officerWaiting } from '../activity'
import { branchDevelopFigure } from '../develop/due'
import { paymentsWaiting } from '../dues/waiting'
import { branchRoll } from '../overview'
import { officerTalkNudge } from '../talk/sheet'

export async function officerTodo(ctx: ActionContext, member: MemberDoc): Promise<OfficerTodo | null> {
  if (!isOfficer(member)) return null
  const branchId = member.branchId
  const [waiting, paymentsReported, roll, talkNudge, develop] = await Promise.all([
    officerWaiting(ctx, branchId),
    paymentsWaiting(ctx, branchId),
    branchRoll(ctx, branchId),
    officerTalkNudge(ctx, branchId),
    branchDevelopFigure(ctx, branchId),
  ])
  const todo: OfficerTodo = {
    branchId,
    ...waiting,
    paymentsReported,
    unbound: roll.total - roll.bound,
    developDue: develop.due,
  }
  return talkNudge ? { ...todo, talkNudge } : todo
}
