/** What of this domain waits for a branch's officers: one definition for every screen. */
import type { ActionContext } from '../../runtime/types'
import { findAll } from '../../runtime/store'
import type { ActivityDoc, LeaveRequestDoc } from './model'

export interface PendingLeave {
  request: LeaveRequestDoc
  /** The activity as it is now (moved, retitled), never a copy made when the request came. */
  activity: ActivityDoc
}

/**
 * Leave waiting for a decision: pending requests for the branch's published activities that have
 * not ended. Read through the live activities, so that a request follows its activity when it
 * is moved, and an activity cancelled or ended takes its requests off the list.
 */
export async function pendingLeave(ctx: ActionContext, branchId: string): Promise<PendingLeave[]> {
  const _ = ctx.db.command
  const open = await findAll<ActivityDoc>(ctx.db, 'activities', {
    branchId,
    status: 'published',
    endAt: _.gte(ctx.now()),
  })
  if (open.length === 0) return []
  const byId = new Map(open.map((a) => [a._id, a]))
  const requests = await findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', {
    activityId: _.in([...byId.keys()]),
    status: 'pending',
  })
  return requests.map((request) => ({ request, activity: byId.get(request.activityId) as ActivityDoc }))
}

export async function officerWaiting(
  ctx: ActionContext,
  branchId: string,
): Promise<{ leavePending: number; makeupSubmitted: number }> {
  const [leave, makeup] = await Promise.all([
    pendingLeave(ctx, branchId),
    ctx.db.collection('makeupTasks').where({ branchId, status: 'submitted' }).count(),
  ])
  return { leavePending: leave.length, makeupSubmitted: makeup.total }
}
