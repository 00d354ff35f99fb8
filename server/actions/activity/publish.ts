/** Publishing: the text passes the content check, who is expected is fixed, members see it. */
import type { ActivityAdminView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { keyedId } from '../../runtime/request-key'
import { announcePublished } from '../notify/activity-notices'
import type { ActionContext } from '../../runtime/types'
import type { ContentVerdict } from '../../runtime/content-check'
import { checkActivityText } from './content'
import { resolveExpected } from './expected'
import { activityById, actorId, officerActivity } from './load'
import type { ActivityDoc } from './model'
import { adminView } from './views'

/**
 * Idempotent: an activity already published or closed is returned as it is; a retry of the tap that
 * published it also finishes what that try may have left undone. `checked`: the verdict of its
 * text when the caller has just checked it.
 */
export async function publishActivity(
  ctx: ActionContext,
  activity: ActivityDoc,
  checked?: ContentVerdict,
): Promise<ActivityAdminView> {
  const publishKey = ctx.requestKey ? keyedId(ctx, 'publish') : undefined
  if (activity.status === 'published' || activity.status === 'closed') {
    if (publishKey && activity.publishKey === publishKey) await announce(ctx, activity)
    return adminView(activity)
  }
  if (activity.status === 'cancelled') throw new DomainError('ACTIVITY.CANCELLED')
  const verdict = checked ?? (await checkActivityText(ctx, activity))
  const expectedIds = await resolveExpected(ctx.db, activity.branchId, activity.expected)
  const now = ctx.now()
  const claimed = await ctx.db
    .collection('activities')
    .where({ _id: activity._id, status: 'planned' })
    .update({
      data: {
        status: 'published',
        expectedIds,
        contentVerdict: verdict,
        publishedAt: now,
        publishedById: actorId(ctx),
        updatedAt: now,
        ...(publishKey && { publishKey }),
      },
    })
  const published = await activityById(ctx, activity._id)
  if (claimed.stats.updated === 1) await announce(ctx, published)
  return adminView(published)
}

/** The audit entry and the notice to the expected members (each written once, however often called). */
async function announce(ctx: ActionContext, published: ActivityDoc): Promise<void> {
  await audit(ctx, {
    kind: 'activity.publish',
    summary: `发布活动“${published.title}”，应参加${published.expectedIds.length}人`,
    branchId: published.branchId,
    targetId: published._id,
    before: { status: 'planned' },
    after: {
      status: 'published',
      expectedCount: published.expectedIds.length,
      contentVerdict: published.contentVerdict,
    },
  })
  await announcePublished(ctx, published)
}

export async function publish(input: { activityId: string }, ctx: ActionContext): Promise<ActivityAdminView> {
  return publishActivity(ctx, await officerActivity(ctx, input.activityId))
}
