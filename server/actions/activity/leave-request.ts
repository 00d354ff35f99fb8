/**
 * 请假: a member asks before the start, again with a new reason after a refusal; every request
 * stays in the history. The secretary decides in leave-decide.ts.
 */
import type { MyActivity } from '../../../core/contract/activity'
import { leaveWindow } from '../../../core/activity/window'
import { DomainError } from '../../../core/errors'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import type { ActionContext } from '../../runtime/types'
import { memberActivity } from './load'
import type { LeaveEvent, LeaveRequestDoc } from './model'
import { recordsOf } from './member-records'
import { addOrGet, recordId } from './records'
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
  // What a request asks, first time or again: pending, this reason, nothing decided yet.
  const asked = {
    status: 'pending',
    reason: input.reason,
    requestedAt: now,
    decidedAt: null,
    decidedById: null,
    decidedByName: null,
    decisionReason: null,
  } as const
  const doc: LeaveRequestDoc = {
    _id: recordId(activity._id, member._id),
    activityId: activity._id,
    branchId: activity.branchId,
    memberId: member._id,
    ...asked,
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
        data: { ...asked, history: _.push(event) },
      })
  }
  return myActivity(activity, member._id, await recordsOf(ctx.db, activity._id, member._id), now)
}
