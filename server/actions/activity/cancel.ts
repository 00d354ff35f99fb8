/** 取消活动: before it starts, with a reason; audited, and those already told get a correction. */
import type { ActivityAdminView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import { announceCancelled } from '../notify/activity-notices'
import { activityById, officerActivity } from './load'
import { adminView } from './views'

export async function cancelActivity(
  input: { activityId: string; reason: string },
  ctx: ActionContext,
): Promise<ActivityAdminView> {
  const activity = await officerActivity(ctx, input.activityId)
  if (activity.status === 'cancelled') return adminView(activity)
  if (activity.status === 'closed') throw new DomainError('ACTIVITY.CLOSED')
  const now = ctx.now()
  if (activity.status === 'published' && now >= activity.startAt) throw new DomainError('ACTIVITY.ALREADY_STARTED')
  // Members already told read the reason in the correction.
  if (activity.status === 'published') await checkContent(ctx, input.reason, 2)
  const claimed = await ctx.db
    .collection('activities')
    .where({ _id: activity._id, status: activity.status })
    .update({ data: { status: 'cancelled', cancelledAt: now, cancelReason: input.reason, updatedAt: now } })
  const cancelled = await activityById(ctx, activity._id)
  if (claimed.stats.updated !== 1) return adminView(cancelled)
  await audit(ctx, {
    kind: 'activity.cancel',
    summary: `取消活动“${activity.title}”：${input.reason}`,
    branchId: activity.branchId,
    targetId: activity._id,
    before: { status: activity.status },
    after: { status: 'cancelled', reason: input.reason },
  })
  if (activity.status === 'published') await announceCancelled(ctx, cancelled, input.reason)
  return adminView(cancelled)
}
