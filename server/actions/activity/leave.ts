/**
 * 请假: a member asks before the start (again, with a new reason, after a refusal); the
 * secretary approves, or refuses with a reason. Every request and decision stays in the history.
 */
import type { LeaveQueueItem, MyActivity, RosterRow } from '../../../core/contract/activity'
import { leaveWindow } from '../../../core/activity/window'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, memberActivity, officerActivity } from './load'
import type { ActivityDoc, AttendanceDoc, LeaveEvent, LeaveRequestDoc } from './model'
import { recordsOf } from './member-records'
import { addOrGet, recordId, versionOf } from './records'
import { rosterRow } from './roster'
import { pendingLeave } from './waiting'
import { myActivity } from './views'

export async function requestLeave(
  input: { activityId: string; reason: string },
  ctx: ActionContext,
): Promise<MyActivity> {
  const { activity, member } = await memberActivity(ctx, input.activityId)
  if (!activity.expectedIds.includes(member._id)) throw new DomainError('ATTENDANCE.NOT_EXPECTED')
  const now = ctx.now()
  const window = leaveWindow(activity, now)
  if (!window.open) throw new DomainError('LEAVE.TOO_LATE', window.message)
  const records = await recordsOf(ctx.db, activity._id, member._id)
  if (records.attendance?.status === 'present') throw new DomainError('LEAVE.ALREADY_PRESENT')
  // The secretary reads the reason in 请假审批.
  await checkContent(ctx, input.reason, 2)
  const key = ctx.requestKey ? keyedId(ctx, 'leave') : undefined
  const event: LeaveEvent = {
    at: now,
    event: 'request',
    reason: input.reason,
    byName: member.name,
    ...(key && { key }),
  }
  const doc: LeaveRequestDoc = {
    _id: recordId(activity._id, member._id),
    activityId: activity._id,
    branchId: activity.branchId,
    memberId: member._id,
    status: 'pending',
    reason: input.reason,
    requestedAt: now,
    decidedAt: null,
    decidedById: null,
    decidedByName: null,
    decisionReason: null,
    history: [event],
  }
  const stored = records.leave ? { created: false, doc: records.leave } : await addOrGet(ctx.db, 'leaveRequests', doc)
  // A new reason for a pending request, or a new request after a refusal; an approved one stands;
  // a retry of the same tap (its event is in the history) changes nothing.
  const retried = key !== undefined && stored.doc.history.some((e) => e.key === key)
  if (!stored.created && stored.doc.status !== 'approved' && !retried) {
    const _ = ctx.db.command
    await ctx.db
      .collection('leaveRequests')
      .where({ _id: doc._id, status: stored.doc.status, ...(key && { 'history.key': _.neq(key) }) })
      .update({
        data: {
          status: 'pending',
          reason: input.reason,
          requestedAt: now,
          decidedAt: null,
          decidedById: null,
          decidedByName: null,
          decisionReason: null,
          history: ctx.db.command.push(event),
        },
      })
  }
  return myActivity(activity, member._id, await recordsOf(ctx.db, activity._id, member._id), now)
}

export async function decideLeave(
  input: { activityId: string; memberId: string; approve: boolean; reason?: string },
  ctx: ActionContext,
): Promise<RosterRow> {
  const activity = await officerActivity(ctx, input.activityId)
  const id = recordId(activity._id, input.memberId)
  const leave = await findById<LeaveRequestDoc>(ctx.db, 'leaveRequests', id)
  if (!leave) throw new DomainError('LEAVE.NOT_FOUND')
  if (!input.approve && !input.reason) throw new DomainError('LEAVE.REASON_REQUIRED')
  const status = input.approve ? 'approved' : 'refused'
  if (leave.status === status) return rosterRow(ctx, activity, input.memberId)
  if (leave.status !== 'pending') throw new DomainError('LEAVE.ALREADY_DECIDED')
  // The member reads the decision's reason on the activity's page.
  await checkContent(ctx, input.reason ?? '', 2)
  const now = ctx.now()
  const byName = actorName(ctx)
  const claimed = await ctx.db
    .collection('leaveRequests')
    .where({ _id: id, status: 'pending' })
    .update({
      data: {
        status,
        decidedAt: now,
        decidedById: actorId(ctx),
        decidedByName: byName,
        decisionReason: input.reason || null,
        history: ctx.db.command.push({
          at: now,
          event: input.approve ? 'approve' : 'refuse',
          reason: input.reason ?? '',
          byName,
        }),
      },
    })
  if (claimed.stats.updated !== 1) throw new DomainError('LEAVE.ALREADY_DECIDED')
  if (input.approve && activity.status === 'closed') await absentToLeave(ctx, activity, input.memberId, byName, now)
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  await audit(ctx, {
    kind: 'leave.decide',
    summary: `${input.approve ? '批准' : '不批准'}${member?.name ?? ''}“${activity.title}”的请假${input.reason ? `：${input.reason}` : ''}`,
    branchId: activity.branchId,
    targetId: id,
    before: { status: 'pending', reason: leave.reason },
    after: { status, decisionReason: input.reason || null },
  })
  return rosterRow(ctx, activity, input.memberId)
}

/** A leave approved after closing turns the fixed "absent" into "on leave" (history kept); the 补学 stays. */
async function absentToLeave(
  ctx: ActionContext,
  activity: ActivityDoc,
  memberId: string,
  byName: string,
  now: number,
): Promise<void> {
  const id = recordId(activity._id, memberId)
  const before = await findById<AttendanceDoc>(ctx.db, 'attendance', id)
  if (before?.status !== 'absent') return
  const _ = ctx.db.command
  await ctx.db
    .collection('attendance')
    .where({ _id: id, status: 'absent' })
    .update({
      data: {
        status: 'leave',
        at: now,
        byName,
        reason: '事后批准请假',
        updatedAt: now,
        history: _.push(versionOf(before, now)),
      },
    })
  await ctx.db
    .collection('makeupTasks')
    .where({ _id: id })
    .update({ data: { cause: 'leave', updatedAt: now } })
}

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
