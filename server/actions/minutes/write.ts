/**
 * Writing 会议记录: drafts are kept as they stand on the form; confirming fixes them once the
 * meeting is closed; a later change is an amendment — dated, with its reason and what each field
 * held before — audited like every officer's write. Text others will read is content-checked.
 */
import type { MinutesInput, MinutesPage } from '../../../core/contract/minutes'
import { MINUTES_FIELDS } from '../../../core/minutes/types'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { actorName, audit } from '../../runtime/audit'
import { addOnce } from '../../runtime/request-key'
import { checkLongContent } from '../../runtime/content-check'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import type { MinutesContent, MinutesDoc } from './model'
import { hasStarted, meetingFor, minutesPage, missingForConfirm } from './page'

function contentOf(input: MinutesInput): MinutesContent {
  return {
    hostId: input.hostId,
    recorderId: input.recorderId,
    topics: input.topics,
    summary: input.summary,
    resolutions: input.resolutions,
    photos: input.photos,
    attachments: input.attachments,
  }
}

/** 主持人 and 记录人 are members of the meeting's branch. */
async function checkPeople(ctx: ActionContext, activity: ActivityDoc, content: MinutesContent): Promise<void> {
  const ids = [content.hostId, content.recorderId].filter((id): id is string => id !== null)
  if (ids.length === 0) return
  const _ = ctx.db.command
  const found = await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(ids), branchId: activity.branchId })
  if (ids.some((id) => !found.some((m) => m._id === id))) throw new DomainError('MINUTES.NOT_IN_BRANCH')
}

/** Members will read it: the written parts (and an amendment's reason) go through WeChat's content check. */
function checkText(ctx: ActionContext, content: MinutesContent, reason = '') {
  const text = [
    content.topics,
    content.summary,
    content.resolutions,
    ...content.attachments.map((a) => a.title),
    reason,
  ]
  return checkLongContent(ctx, text.filter((t) => t !== '').join('\n'), 1)
}

async function started(ctx: ActionContext, activityId: string): Promise<ActivityDoc> {
  const activity = await meetingFor(ctx, activityId)
  if (!hasStarted(activity, ctx.now())) throw new DomainError('MINUTES.NOT_STARTED')
  return activity
}

export async function saveMinutes(
  input: MinutesInput & { activityId: string },
  ctx: ActionContext,
): Promise<MinutesPage> {
  const activity = await started(ctx, input.activityId)
  const content = contentOf(input)
  await checkPeople(ctx, activity, content)
  const existing = await findById<MinutesDoc>(ctx.db, 'minutes', activity._id)
  if (existing?.status === 'confirmed') throw new DomainError('MINUTES.CONFIRMED')
  const contentVerdict = await checkText(ctx, content)
  const now = ctx.now()
  const stamp = { updatedAt: now, updatedById: actorId(ctx), updatedByName: actorName(ctx), contentVerdict }
  const first: MinutesDoc | null = existing
    ? null
    : {
        _id: activity._id,
        activityId: activity._id,
        branchId: activity.branchId,
        status: 'draft',
        ...content,
        createdAt: now,
        createdById: actorId(ctx),
        ...stamp,
        confirmedAt: null,
        confirmedById: null,
        confirmedByName: null,
        amendments: [],
      }
  // Of two first saves at once, the later one writes over the earlier draft, as a second save would.
  if (!first || !(await addOnce(ctx.db, 'minutes', first)).created) {
    // Only a draft is written over: a confirmation that landed meanwhile wins.
    const res = await ctx.db
      .collection('minutes')
      .where({ _id: activity._id, status: 'draft' })
      .update({ data: { ...content, ...stamp } })
    if (res.stats.updated !== 1) throw new DomainError('MINUTES.CONFIRMED')
  }
  await audit(ctx, {
    kind: 'minutes.save',
    summary: `保存“${activity.title}”的会议记录草稿`,
    branchId: activity.branchId,
    targetId: activity._id,
    after: { 议题: content.topics, 照片: content.photos.length, 附件: content.attachments.length },
  })
  return minutesPage(ctx, activity)
}

export async function confirmMinutes(input: { activityId: string }, ctx: ActionContext): Promise<MinutesPage> {
  const activity = await started(ctx, input.activityId)
  const doc = await findById<MinutesDoc>(ctx.db, 'minutes', activity._id)
  if (doc?.status === 'confirmed') throw new DomainError('MINUTES.CONFIRMED')
  if (activity.status !== 'closed') throw new DomainError('MINUTES.NOT_CLOSED')
  const missing = missingForConfirm(activity, doc)
  if (missing || !doc) throw new DomainError('MINUTES.INCOMPLETE', `会议记录还不完整：${missing ?? ''}`)
  const now = ctx.now()
  const res = await ctx.db
    .collection('minutes')
    .where({ _id: doc._id, status: 'draft' })
    .update({
      data: { status: 'confirmed', confirmedAt: now, confirmedById: actorId(ctx), confirmedByName: actorName(ctx) },
    })
  if (res.stats.updated === 1) {
    await audit(ctx, {
      kind: 'minutes.confirm',
      summary: `确认“${activity.title}”的会议记录`,
      branchId: activity.branchId,
      targetId: activity._id,
    })
  }
  return minutesPage(ctx, activity)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export async function amendMinutes(
  input: MinutesInput & { activityId: string; reason: string },
  ctx: ActionContext,
): Promise<MinutesPage> {
  const activity = await meetingFor(ctx, input.activityId)
  const doc = await findById<MinutesDoc>(ctx.db, 'minutes', activity._id)
  if (!doc) throw new DomainError('MINUTES.NOT_FOUND')
  if (doc.status !== 'confirmed') throw new DomainError('MINUTES.NOT_CONFIRMED')
  const content = contentOf(input)
  const fields = MINUTES_FIELDS.filter((f) => !same(doc[f], content[f]))
  if (fields.length === 0) throw new DomainError('MINUTES.NOTHING_CHANGED')
  await checkPeople(ctx, activity, content)
  const contentVerdict = await checkText(ctx, content, input.reason)
  const before = Object.fromEntries(fields.map((f) => [f, doc[f]])) as Partial<MinutesContent>
  const after = Object.fromEntries(fields.map((f) => [f, content[f]])) as Partial<MinutesContent>
  const now = ctx.now()
  const _ = ctx.db.command
  // Against the version read: an amendment made meanwhile is not silently undone.
  const res = await ctx.db
    .collection('minutes')
    .where({ _id: doc._id, updatedAt: doc.updatedAt })
    .update({
      data: {
        ...after,
        updatedAt: now,
        updatedById: actorId(ctx),
        updatedByName: actorName(ctx),
        contentVerdict,
        amendments: _.push({
          at: now,
          byId: actorId(ctx),
          byName: actorName(ctx),
          reason: input.reason,
          before,
          fields,
        }),
      },
    })
  if (res.stats.updated !== 1) throw new DomainError('MINUTES.CHANGED_MEANWHILE')
  await audit(ctx, {
    kind: 'minutes.amend',
    summary: `修改“${activity.title}”的会议记录：${input.reason}`,
    branchId: activity.branchId,
    targetId: activity._id,
    before: before as Record<string, unknown>,
    after: after as Record<string, unknown>,
  })
  return minutesPage(ctx, activity)
}
