/**
 * 请假审批: the secretary approves, or refuses with a reason; a leave approved after closing
 * turns the member's absence into leave. Every decision stays in the history and is audited.
 */
import type { RosterView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, officerActivity } from './load'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc } from './model'
import { recordId, versionOf } from './records'
import { buildRoster } from './roster'

export async function decideLeave(
  input: { activityId: string; memberId: string; approve: boolean; reason?: string },
  ctx: ActionContext,
): Promise<RosterView> {
  const activity = await officerActivity(ctx, input.activityId)
  const id = recordId(activity._id, input.memberId)
  const leave = await findById<LeaveRequestDoc>(ctx.db, 'leaveRequests', id)
  if (!leave) throw new DomainError('LEAVE.NOT_FOUND')
  if (!input.approve && !input.reason) throw new DomainError('LEAVE.REASON_REQUIRED')
  const status = input.approve ? 'approved' : 'refused'
  if (leave.status === status) return buildRoster(ctx, activity)
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
  return buildRoster(ctx, activity)
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
