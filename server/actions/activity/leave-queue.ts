/** 请假审批's list: what waits for the secretary, read through the live activities. */
import type { LeaveQueueItem } from '../../../core/contract/activity'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { pendingLeave } from './waiting'

/** Leave waiting for a decision (pendingLeave), the soonest activity first. */
export async function leaveQueue(
  input: { branchId?: string },
  ctx: ActionContext,
): Promise<{ items: LeaveQueueItem[] }> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const pending = await pendingLeave(ctx, branchId)
  if (pending.length === 0) return { items: [] }
  const _ = ctx.db.command
  const memberIds = [...new Set(pending.map((p) => p.request.memberId))]
  const members = await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(memberIds) })
  const name = new Map(members.map((m) => [m._id, m.name]))
  const items = pending
    .map(({ request, activity }) => ({
      activityId: activity._id,
      activityTitle: activity.title,
      startAt: activity.startAt,
      memberId: request.memberId,
      name: name.get(request.memberId) ?? '',
      reason: request.reason,
      requestedAt: request.requestedAt,
    }))
    .sort((a, b) => a.startAt - b.startAt || a.requestedAt - b.requestedAt)
  return { items }
}
