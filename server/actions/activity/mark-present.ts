/**
 * A secretary signs a member in by hand — afterwards, or when a phone failed — only with a
 * written reason. An existing "absent" or "on leave" record is corrected, never replaced: its old
 * version goes into the history, the change is audited, and an open 补学 task is cancelled.
 */
import type { RosterView } from '../../../core/contract/activity'
import { shortDateTime } from '../../../core/activity/clock'
import { SIGN_IN_LEAD_MS } from '../../../core/activity/window'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, officerActivity } from './load'
import type { AttendanceDoc } from './model'
import { addOrGet, recordId, versionOf } from './records'
import { buildRoster } from './roster'

export async function markPresent(
  input: { activityId: string; memberId: string; reason: string },
  ctx: ActionContext,
): Promise<RosterView> {
  const activity = await officerActivity(ctx, input.activityId)
  if (activity.status === 'planned') throw new DomainError('ACTIVITY.NOT_PUBLISHED')
  if (activity.status === 'cancelled') throw new DomainError('ACTIVITY.CANCELLED')
  const now = ctx.now()
  const opensAt = activity.startAt - SIGN_IN_LEAD_MS
  if (now < opensAt)
    throw new DomainError('ATTENDANCE.WINDOW_NOT_OPEN', `补签要等签到开始后（${shortDateTime(opensAt)}起）`)
  if (!activity.expectedIds.includes(input.memberId)) {
    throw new DomainError('ATTENDANCE.NOT_EXPECTED', '这名党员不在这次活动的参加人员中')
  }
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  const byName = actorName(ctx)
  const present = {
    status: 'present' as const,
    method: 'manual' as const,
    at: now,
    source: 'officer' as const,
    byId: actorId(ctx),
    byName,
    reason: input.reason,
    distanceM: null,
    updatedAt: now,
  }
  const doc: AttendanceDoc = {
    _id: recordId(activity._id, member._id),
    activityId: activity._id,
    branchId: activity.branchId,
    memberId: member._id,
    month: activity.month,
    startAt: activity.startAt,
    ...present,
    history: [],
    createdAt: now,
  }
  const stored = await addOrGet(ctx.db, 'attendance', doc)
  const before = stored.created ? null : stored.doc
  if (before?.status === 'present') return buildRoster(ctx, activity)
  if (before) {
    const _ = ctx.db.command
    const corrected = await ctx.db
      .collection('attendance')
      .where({ _id: doc._id, status: before.status })
      .update({ data: { ...present, history: _.push(versionOf(before, now)) } })
    if (corrected.stats.updated !== 1) return buildRoster(ctx, activity)
    await ctx.db
      .collection('makeupTasks')
      .where({ _id: doc._id, status: _.in(['due', 'submitted', 'returned']) })
      .update({
        data: { status: 'cancelled', cancelledAt: now, cancelReason: `书记补签：${input.reason}`, updatedAt: now },
      })
  }
  await audit(ctx, {
    kind: 'attendance.markPresent',
    summary: `为${member.name}补签“${activity.title}”：${input.reason}`,
    branchId: activity.branchId,
    targetId: doc._id,
    before: before ? { status: before.status, method: before.method, at: before.at } : null,
    after: { status: 'present', method: 'manual', at: now, reason: input.reason },
  })
  return buildRoster(ctx, activity)
}
