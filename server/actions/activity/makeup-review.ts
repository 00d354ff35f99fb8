/** 补学审核: submitted 心得 and who still owes 补学, by activity; confirm, or return with a comment (audited). */
import type { MakeupOwingItem, MakeupQueueGroup, MakeupQueueItem } from '../../../core/contract/activity'
import { offlineDayRange, owesMakeup } from '../../../core/activity/offline'
import { makeupFiguresOf } from '../../../core/attendance/figures'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, officerActivity } from './load'
import type { ActivityDoc, MakeupTaskDoc } from './model'
import { recordId } from './records'

function queueItem(t: MakeupTaskDoc, name: string): MakeupQueueItem {
  return {
    memberId: t.memberId,
    name,
    reflection: t.reflection ?? '',
    submittedAt: t.submittedAt ?? t.updatedAt,
    flagged: t.reflectionVerdict === 'review',
    reviews: t.reviews.map((r) => ({ at: r.at, byName: r.byName, decision: r.decision, comment: r.comment })),
  }
}

/** What the group lists as still owed (未交), unbound members first: they cannot do it in the app. */
function owingItem(t: MakeupTaskDoc, member: MemberDoc | undefined): MakeupOwingItem {
  return {
    memberId: t.memberId,
    name: member?.name ?? '',
    status: t.status === 'returned' ? 'returned' : 'due',
    bound: member?.openid != null,
  }
}

/**
 * 补学审核: per activity with any task still open, the 心得 waiting for review and the members
 * who still owe one (each can be recorded as done in person); the latest activity first.
 */
export async function makeupQueue(
  input: { branchId?: string },
  ctx: ActionContext,
): Promise<{ groups: MakeupQueueGroup[] }> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const _ = ctx.db.command
  const open = await findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', {
    branchId,
    status: _.in(['submitted', 'due', 'returned']),
  })
  if (open.length === 0) return { groups: [] }
  const activityIds = [...new Set(open.map((t) => t.activityId))]
  const [all, members, activities] = await Promise.all([
    findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', { activityId: _.in(activityIds) }),
    findAll<MemberDoc>(ctx.db, 'members', { _id: _.in([...new Set(open.map((t) => t.memberId))]) }),
    findAll<ActivityDoc>(ctx.db, 'activities', { _id: _.in(activityIds) }),
  ])
  const byId = new Map(members.map((m) => [m._id, m]))
  const endAt = new Map(activities.map((a) => [a._id, a.endAt]))
  const now = ctx.now()
  const groups = activityIds.map((activityId) => {
    const tasks = all.filter((t) => t.activityId === activityId)
    const first = tasks[0]
    return {
      activity: {
        id: activityId,
        title: first.activity.title,
        type: first.activity.type,
        startAt: first.activity.startAt,
      },
      submitted: tasks
        .filter((t) => t.status === 'submitted')
        .sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0))
        .map((t) => queueItem(t, byId.get(t.memberId)?.name ?? '')),
      owing: tasks
        .filter((t) => owesMakeup(t.status))
        .map((t) => owingItem(t, byId.get(t.memberId)))
        .sort((a, b) => Number(a.bound) - Number(b.bound) || a.name.localeCompare(b.name, 'zh-CN')),
      offlineDays: offlineDayRange(endAt.get(activityId) ?? first.activity.startAt, now),
      figures: makeupFiguresOf(tasks.map((t) => t.status)),
    }
  })
  return { groups: groups.sort((a, b) => b.activity.startAt - a.activity.startAt) }
}

export async function reviewMakeup(
  input: { activityId: string; memberId: string; decision: 'confirm' | 'return'; comment?: string },
  ctx: ActionContext,
): Promise<{ groups: MakeupQueueGroup[] }> {
  const activity = await officerActivity(ctx, input.activityId)
  const id = recordId(activity._id, input.memberId)
  const task = await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)
  if (!task || task.status === 'cancelled') throw new DomainError('MAKEUP.NOT_FOUND')
  if (input.decision === 'return' && !input.comment) throw new DomainError('MAKEUP.COMMENT_REQUIRED')
  if (task.status !== 'submitted') throw new DomainError('MAKEUP.NOT_SUBMITTED')
  // The member reads the comment beside their 心得.
  await checkContent(ctx, input.comment ?? '', 2)
  const now = ctx.now()
  const status = input.decision === 'confirm' ? 'done' : 'returned'
  const review = {
    at: now,
    byId: actorId(ctx),
    byName: actorName(ctx),
    decision: input.decision,
    comment: input.comment ?? '',
  }
  const claimed = await ctx.db
    .collection('makeupTasks')
    .where({ _id: id, status: 'submitted', submittedAt: task.submittedAt })
    .update({ data: { status, reviews: ctx.db.command.push(review), updatedAt: now } })
  if (claimed.stats.updated !== 1) throw new DomainError('MAKEUP.NOT_SUBMITTED')
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  await audit(ctx, {
    kind: 'makeup.review',
    summary: `${input.decision === 'confirm' ? '确认' : '退回'}${member?.name ?? ''}“${activity.title}”的补学心得${input.comment ? `：${input.comment}` : ''}`,
    branchId: activity.branchId,
    targetId: id,
    before: { status: 'submitted' },
    after: { status, comment: review.comment },
  })
  return makeupQueue({ branchId: activity.branchId }, ctx)
}
