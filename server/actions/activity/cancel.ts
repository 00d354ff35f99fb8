/** 取消活动: before it starts, with a reason; audited, and those already told get a correction. */
import type { ActivityAdminView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import type { ActionContext } from '../../runtime/types'
import { announceCancelled } from '../notify/activity-notices'
import { activityById, officerActivity } from './load'
import type { ActivityDoc } from './model'
import { adminView } from './views'

export async function cancelActivity(
  input: { activityId: string; reason: string },
  ctx: ActionContext,
): Promise<ActivityAdminView> {
  const activity = await officerActivity(ctx, input.activityId)
  const cancelKey = ctx.requestKey ? keyedId(ctx, 'cancel') : undefined
  if (activity.status === 'cancelled') {
    // A retry of the tap that cancelled it finishes what that try may have left undone.
    if (cancelKey && activity.cancelKey === cancelKey) await announce(ctx, activity, activity.publishedAt !== null)
    return adminView(activity)
  }
  if (activity.status === 'closed') throw new DomainError('ACTIVITY.CLOSED')
  const now = ctx.now()
  if (activity.status === 'published' && now >= activity.startAt) throw new DomainError('ACTIVITY.ALREADY_STARTED')
  // Members already told read the reason in the correction.
  if (activity.status === 'published') await checkContent(ctx, input.reason, 2)
  const claimed = await ctx.db
    .collection('activities')
    .where({ _id: activity._id, status: activity.status })
    .update({
      data: {
        status: 'cancelled',
        cancelledAt: now,
        cancelReason: input.reason,
        updatedAt: now,
        ...(cancelKey && { cancelKey }),
      },
    })
  const cancelled = await activityById(ctx, activity._id)
  if (claimed.stats.updated === 1) await announce(ctx, cancelled, activity.status === 'published')
  return adminView(cancelled)
}

/** The audit entry, and the correction to those already told (each written once, however often called). */
async function announce(ctx: ActionContext, cancelled: ActivityDoc, wasPublished: boolean): Promise<void> {
  const reason = cancelled.cancelReason ?? ''
  await audit(ctx, {
    kind: 'activity.cancel',
    summary: `取消活动“${cancelled.title}”：${reason}`,
    branchId: cancelled.branchId,
    targetId: cancelled._id,
    before: { status: wasPublished ? 'published' : 'planned' },
    after: { status: 'cancelled', reason },
  })
  if (wasPublished) await announceCancelled(ctx, cancelled, reason)
}
