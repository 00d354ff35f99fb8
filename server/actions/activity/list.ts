/** 活动 tab and the 首页 card: my branch's published activities where I am expected, with my standing. */
import type { ActivityListItem } from '../../../core/contract/activity'
import type { MemberDoc } from '../../model'
import type { Filter } from '../../runtime/sdk'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from './model'
import { recordsFor } from './member-records'
import { myActivity, summaryView } from './views'

function filterFor(ctx: ActionContext, member: MemberDoc, scope: 'upcoming' | 'past'): Filter {
  const _ = ctx.db.command
  const now = ctx.now()
  const memberId = member._id
  // What is still to come is only my present branch's (a member who moved keeps the past only).
  if (scope === 'upcoming')
    return { expectedIds: memberId, status: 'published', endAt: _.gte(now), branchId: member.branchId }
  return _.and([{ expectedIds: memberId }, _.or([{ status: 'closed' }, { status: 'published', endAt: _.lt(now) }])])
}

async function withMe(ctx: ActionContext, memberId: string, docs: ActivityDoc[]): Promise<ActivityListItem[]> {
  const records = await recordsFor(
    ctx.db,
    docs.map((d) => d._id),
    memberId,
  )
  const now = ctx.now()
  return docs.map((d) => {
    const { status, makeup, makeupOffline, can } = myActivity(d, memberId, records.get(d._id)!, now)
    return { ...summaryView(d), me: { status, makeup, ...(makeupOffline ? { makeupOffline } : {}), can } }
  })
}

export async function listActivities(
  input: { scope?: 'upcoming' | 'past'; cursor?: number; limit?: number },
  ctx: ActionContext,
): Promise<{ items: ActivityListItem[]; nextCursor: number | null }> {
  const member = ctx.caller.member as MemberDoc
  const scope = input.scope ?? 'upcoming'
  const limit = input.limit ?? 20
  const skip = input.cursor ?? 0
  const res = await ctx.db
    .collection('activities')
    .where(filterFor(ctx, member, scope))
    .orderBy('startAt', scope === 'upcoming' ? 'asc' : 'desc')
    .orderBy('_id', 'asc')
    .skip(skip)
    .limit(limit + 1)
    .get()
  const docs = res.data as ActivityDoc[]
  const page = docs.slice(0, limit)
  return { items: await withMe(ctx, member._id, page), nextCursor: docs.length > limit ? skip + limit : null }
}

/** For the home screen's single call: my next activity (one under way first), or null. */
export async function nextActivityFor(ctx: ActionContext, member: MemberDoc): Promise<ActivityListItem | null> {
  const res = await ctx.db
    .collection('activities')
    .where(filterFor(ctx, member, 'upcoming'))
    .orderBy('startAt', 'asc')
    .limit(1)
    .get()
  const [item] = await withMe(ctx, member._id, res.data as ActivityDoc[])
  return item ?? null
}
