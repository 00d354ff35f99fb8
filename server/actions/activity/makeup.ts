/** 补学 for the member: my tasks, and submitting (or resubmitting) a short 心得 after a content check. */
import type { MakeupItem, MakeupView } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { checkContent } from '../../runtime/content-check'
import { keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ProxyMark } from '../proxy/model'
import { withUrls } from './materials'
import type { MakeupTaskDoc } from './model'
import { recordId } from './records'
import { makeupItem, makeupView } from './views'

const OPEN = ['due', 'returned', 'submitted']
const OPEN_ORDER: Record<string, number> = { returned: 0, due: 1, submitted: 2 }
const DONE_SHOWN = 20

/**
 * For the single call of 首页 and of 学习: my tasks still to do or under review, returned ones first,
 * and within a state the latest activity first (首页 shows the first three: the task a member
 * has just been told of must be among them).
 */
export async function openMakeupTasks(ctx: ActionContext, memberId: string): Promise<MakeupItem[]> {
  const open = await findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', { memberId, status: ctx.db.command.in(OPEN) })
  return open
    .sort((a, b) => OPEN_ORDER[a.status] - OPEN_ORDER[b.status] || b.activity.startAt - a.activity.startAt)
    .map(makeupItem)
}

export async function myMakeup(
  _input: object,
  ctx: ActionContext,
): Promise<{ open: MakeupItem[]; done: MakeupItem[] }> {
  const member = ctx.caller.member as MemberDoc
  const [open, done] = await Promise.all([
    openMakeupTasks(ctx, member._id),
    ctx.db
      .collection('makeupTasks')
      .where({ memberId: member._id, status: 'done' })
      .orderBy('updatedAt', 'desc')
      .limit(DONE_SHOWN)
      .get(),
  ])
  return { open, done: (done.data as MakeupTaskDoc[]).map(makeupItem) }
}

/** Whether a 心得 of this tap is in the task (a try of the same tap running at the same time). */
async function submittedBy(ctx: ActionContext, id: string, key: string | undefined): Promise<boolean> {
  if (key === undefined) return false
  const task = await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)
  return task?.submissions.some((s) => s.key === key) ?? false
}

export async function submitMakeup(
  input: { activityId: string; reflection: string },
  ctx: ActionContext,
  proxy?: ProxyMark,
): Promise<MakeupView> {
  const member = ctx.caller.member as MemberDoc
  const id = recordId(input.activityId, member._id)
  const task = await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)
  if (!task || task.status === 'cancelled') throw new DomainError('MAKEUP.NOT_FOUND')
  if (task.status === 'done') throw new DomainError('MAKEUP.ALREADY_DONE')
  const key = ctx.requestKey ? keyedId(ctx, 'makeup') : undefined
  // A retry of the same tap whose 心得 is in already: the member sees it, as after the first try.
  const retried = key !== undefined && task.submissions.some((s) => s.key === key)
  const verdict = retried ? null : await checkContent(ctx, input.reflection, 2)
  const now = ctx.now()
  const _ = ctx.db.command
  const saved = retried
    ? null
    : await ctx.db
        .collection('makeupTasks')
        .where({ _id: id, status: _.in(OPEN), ...(key && { 'submissions.key': _.neq(key) }) })
        .update({
          data: {
            status: 'submitted',
            reflection: input.reflection,
            reflectionVerdict: verdict,
            submittedAt: now,
            submissions: _.push({ at: now, text: input.reflection, ...(key && { key }), ...(proxy ? { proxy } : {}) }),
            updatedAt: now,
          },
        })
  if (saved && saved.stats.updated !== 1 && !(await submittedBy(ctx, id, key))) {
    throw new DomainError('MAKEUP.ALREADY_DONE')
  }
  const stored = (await findById<MakeupTaskDoc>(ctx.db, 'makeupTasks', id)) as MakeupTaskDoc
  const [materials] = await withUrls(ctx, [stored.materials])
  return makeupView(stored, materials)
}
