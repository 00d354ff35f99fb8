/**
 * Closing an activity fixes its attendance: every expected member without a record gets one
 * (on leave if their leave was approved, else absent), and every absent or on-leave member gets
 * a 补学 task carrying the materials. Ids are deterministic and writes add-or-keep, so closing
 * twice, concurrently, or after a crash half-way leaves exactly one of each.
 */
import type { LiveView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import { actorName, audit } from '../../runtime/audit'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { activityById, actorId, officerActivity } from './load'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from './model'
import { addManyOrGet, recordId } from './records'
import { buildRoster, liveViewOf } from './roster'

async function fixAttendance(ctx: ActionContext, activity: ActivityDoc, at: number): Promise<AttendanceDoc[]> {
  const [records, leaves] = await Promise.all([
    findAll<AttendanceDoc>(ctx.db, 'attendance', { activityId: activity._id }),
    findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', { activityId: activity._id, status: 'approved' }),
  ])
  const have = new Set(records.map((r) => r.memberId))
  const onLeave = new Set(leaves.map((l) => l.memberId))
  const byName = actorName(ctx)
  const missing: AttendanceDoc[] = activity.expectedIds
    .filter((id) => !have.has(id))
    .map((memberId) => ({
      _id: recordId(activity._id, memberId),
      activityId: activity._id,
      branchId: activity.branchId,
      memberId,
      month: activity.month,
      startAt: activity.startAt,
      status: onLeave.has(memberId) ? 'leave' : 'absent',
      method: null,
      at,
      source: 'close',
      byId: actorId(ctx),
      byName,
      reason: null,
      distanceM: null,
      history: [],
      createdAt: at,
      updatedAt: at,
    }))
  const written = await addManyOrGet(ctx.db, 'attendance', missing)
  return [...records, ...written.docs]
}

async function assignMakeup(
  ctx: ActionContext,
  activity: ActivityDoc,
  records: AttendanceDoc[],
  at: number,
): Promise<number> {
  const tasks = await findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', { activityId: activity._id })
  const have = new Set(tasks.map((t) => t.memberId))
  const missing: MakeupTaskDoc[] = records
    .filter((r) => r.status !== 'present' && !have.has(r.memberId) && activity.expectedIds.includes(r.memberId))
    .map((r) => ({
      _id: recordId(activity._id, r.memberId),
      activityId: activity._id,
      branchId: activity.branchId,
      memberId: r.memberId,
      cause: r.status === 'leave' ? 'leave' : 'absent',
      activity: { title: activity.title, type: activity.type, startAt: activity.startAt },
      materials: activity.materials,
      status: 'due',
      reflection: null,
      reflectionVerdict: null,
      submittedAt: null,
      submissions: [],
      reviews: [],
      cancelledAt: null,
      cancelReason: null,
      createdAt: at,
      updatedAt: at,
    }))
  return (await addManyOrGet(ctx.db, 'makeupTasks', missing)).created
}

/** 结束活动; answers with 活动现场 as it now reads (sign-in closed, the roster fixed). */
export async function closeActivity(input: { activityId: string }, ctx: ActionContext): Promise<LiveView> {
  const activity = await officerActivity(ctx, input.activityId)
  if (activity.status === 'planned') throw new DomainError('ACTIVITY.NOT_PUBLISHED')
  if (activity.status === 'cancelled') throw new DomainError('ACTIVITY.CANCELLED')
  const now = ctx.now()
  if (activity.status === 'published' && now < activity.startAt) throw new DomainError('ACTIVITY.NOT_STARTED')
  // Closed first, so that no sign-in lands after the records are fixed; the rest is idempotent.
  const claimed = await ctx.db
    .collection('activities')
    .where({ _id: activity._id, status: 'published' })
    .update({ data: { status: 'closed', closedAt: now, closedById: actorId(ctx), updatedAt: now } })
  const closed = await activityById(ctx, activity._id)
  const records = await fixAttendance(ctx, closed, closed.closedAt ?? now)
  const tasks = await assignMakeup(ctx, closed, records, now)
  const view = await buildRoster(ctx, closed)
  if (claimed.stats.updated === 1) {
    await audit(ctx, {
      kind: 'activity.close',
      summary: `结束活动“${closed.title}”：应到${view.counts.expected}人，签到${view.counts.present}人，请假${view.counts.onLeave}人，缺席${view.counts.absent}人，生成补学${tasks}项`,
      branchId: closed.branchId,
      targetId: closed._id,
      before: { status: 'published' },
      after: { status: 'closed', counts: view.counts },
    })
  }
  return liveViewOf(ctx, closed, view)
}
