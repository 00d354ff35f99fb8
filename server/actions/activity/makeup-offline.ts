/**
 * 线下补学: a member studied the materials in person (in the branch office, often one without
 * WeChat) and handed in a paper 心得; an officer records the task as done with the day and a
 * note. Audited; a retry of the same tap answers as the first did.
 */
import { monthDayWords } from '../../../core/dates'
import type { MakeupQueueGroup } from '../../../core/contract/activity'
import type { MakeupStatus } from '../../../core/activity/types'
import { offlineDayProblem, offlineTaskProblem } from '../../../core/activity/offline'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, officerActivity } from './load'
import { makeupQueue } from './makeup-review'
import type { MakeupOfflineDoc, MakeupTaskDoc } from './model'
import { recordId } from './records'

/** Done already, in the secretary's words (recording, not handing in a 心得). */
const alreadyDone = () => new DomainError('MAKEUP.ALREADY_DONE', '这项补学已经完成，不需要再登记')

/** Why a task in this state cannot be recorded as done in person, or null when it can. */
function offlineRefusal(status: MakeupStatus | null): DomainError | null {
  const problem = offlineTaskProblem(status)
  if (problem === 'MAKEUP.ALREADY_DONE') return alreadyDone()
  return problem ? new DomainError(problem) : null
}

export async function recordOfflineMakeup(
  input: { activityId: string; memberId: string; on: string; note: string },
  ctx: ActionContext,
): Promise<{ groups: MakeupQueueGroup[] }> {
  const activity = await officerActivity(ctx, input.activityId)
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  if (member.branchId !== activity.branchId) throw new DomainError('AUTH.OTHER_BRANCH')
  const id = recordId(activity._id, member._id)
  const task = await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)
  const key = ctx.requestKey ? keyedId(ctx, 'makeup-offline') : undefined
  // A retry of a tap whose record is in: only the audit line, should the first try have died before it.
  const retried = key !== undefined && task?.offline?.key === key
  if (!retried) {
    const refused = offlineRefusal(task?.status ?? null)
    if (refused) throw refused
    const early = offlineDayProblem(input.on, activity.endAt, ctx.now())
    if (early) throw new DomainError(early)
    // The member reads the note beside their task.
    await checkContent(ctx, input.note, 2)
  }
  const offline: MakeupOfflineDoc = retried
    ? (task?.offline as MakeupOfflineDoc)
    : {
        on: input.on,
        note: input.note,
        byId: actorId(ctx),
        byName: actorName(ctx),
        at: ctx.now(),
        from: task?.status === 'returned' ? 'returned' : 'due',
        ...(key && { key }),
      }
  if (!retried) {
    const saved = await ctx.db
      .collection('makeupTasks')
      .where({ _id: id, status: ctx.db.command.in(['due', 'returned']) })
      .update({ data: { status: 'done', offline, updatedAt: offline.at } })
    if (saved.stats.updated !== 1) {
      const now = await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)
      if (!(key !== undefined && now?.offline?.key === key)) {
        // Another tap got there first: refused in the same words as had it been read before.
        throw offlineRefusal(now?.status ?? null) ?? alreadyDone()
      }
    }
  }
  await audit(ctx, {
    kind: 'makeup.offline',
    summary: `登记${member.name}“${activity.title}”的线下补学（${monthDayWords(offline.on)}）：${offline.note}`,
    branchId: activity.branchId,
    targetId: id,
    before: { status: offline.from },
    after: { status: 'done', day: offline.on, note: offline.note },
  })
  return makeupQueue({ branchId: activity.branchId }, ctx)
}
