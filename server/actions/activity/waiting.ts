/** For the secretary's overview (assembled elsewhere): how much of this domain waits for them. */
import type { ActionContext } from '../../runtime/types'

export async function officerWaiting(
  ctx: ActionContext,
  branchId: string,
): Promise<{ leavePending: number; makeupSubmitted: number }> {
  const _ = ctx.db.command
  const [leave, makeup] = await Promise.all([
    ctx.db
      .collection('leaveRequests')
      .where({ branchId, status: 'pending', startAt: _.gte(ctx.now()) })
      .count(),
    ctx.db.collection('makeupTasks').where({ branchId, status: 'submitted' }).count(),
  ])
  return { leavePending: leave.total, makeupSubmitted: makeup.total }
}
