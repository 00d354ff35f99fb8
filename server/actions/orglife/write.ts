/**
 * The secretary's writes on a 组织生活会: the checklist's two ticks and the 整改清单's items —
 * add, change, close with a note, withdraw with a reason (never delete). Each refused with a code
 * before anything is written, audited, and answered with the page. Text the owner reads (the item,
 * its closing note, a withdrawal's reason) goes through the content check.
 */
import { dayWords } from '../../../core/dates'
import type { OpenRectifyState, OrglifePage } from '../../../core/contract/orglife'
import { DomainError } from '../../../core/errors'
import { dueOnProblem, isOpen } from '../../../core/orglife/rules'
import type { OrglifeTick } from '../../../core/orglife/types'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import type { OrglifeChecklistDoc, RectifyItemDoc } from './model'
import { emptyChecklist, lifeMeeting, meetingWords, orglifePage } from './page'

function opinionsWords(o: OrglifeChecklistDoc['opinions']): string {
  if (!o.done) return '未完成'
  return `已完成${o.date ? `（${dayWords(o.date)}）` : ''}${o.note ? `：${o.note}` : ''}`
}

export async function tickChecklist(
  input: { activityId: string; key: OrglifeTick; done: boolean; date?: string | null; note?: string },
  ctx: ActionContext,
): Promise<OrglifePage> {
  const activity = await lifeMeeting(ctx, input.activityId)
  const saved = await findById<OrglifeChecklistDoc>(ctx.db, 'orglifeChecklists', activity._id)
  const before = saved ?? { ...emptyChecklist(activity), _id: activity._id }
  const next = { opinions: { ...before.opinions }, materials: { ...before.materials } }
  if (input.key === 'opinions') {
    if (input.done && !input.date) throw new DomainError('ORGLIFE.OPINION_DATE')
    next.opinions = input.done
      ? { done: true, date: input.date ?? null, note: input.note ?? '' }
      : { done: false, date: null, note: '' }
  } else {
    next.materials = { done: input.done }
  }
  const changed = JSON.stringify(next) !== JSON.stringify({ opinions: before.opinions, materials: before.materials })
  if (changed) {
    const doc = {
      activityId: activity._id,
      branchId: activity.branchId,
      ...next,
      updatedAt: ctx.now(),
      updatedById: actorId(ctx),
      updatedByName: actorName(ctx),
    }
    if (saved) await ctx.db.collection('orglifeChecklists').doc(activity._id).update({ data: doc })
    else await ctx.db.collection('orglifeChecklists').doc(activity._id).set({ data: doc })
    const field = input.key === 'opinions' ? 'opinions' : 'checkMaterials'
    const words = (c: typeof next) => (input.key === 'opinions' ? opinionsWords(c.opinions) : c.materials.done)
    await audit(ctx, {
      kind: 'orglife.tick',
      summary: `${meetingWords(activity)}会前准备：${input.key === 'opinions' ? '征求意见' : '对照检查材料'}${input.done ? '已完成' : '改为未完成'}`,
      branchId: activity.branchId,
      targetId: activity._id,
      before: { [field]: words(before) },
      after: { [field]: words(next) },
    })
  }
  return orglifePage(ctx, activity)
}

/** The owner is on the meeting's branch's roll. */
async function ownerOf(ctx: ActionContext, activity: ActivityDoc, ownerId: string): Promise<MemberDoc> {
  const owner = await findById<MemberDoc>(ctx.db, 'members', ownerId)
  if (!owner || owner.branchId !== activity.branchId || owner.status !== 'active') {
    throw new DomainError('ORGLIFE.OWNER_NOT_IN_BRANCH')
  }
  return owner
}

function checkDue(activity: ActivityDoc, dueOn: string): void {
  const problem = dueOnProblem(dueOn, activity.date)
  if (problem) throw new DomainError(problem)
}

export async function addItem(
  input: { activityId: string; text: string; ownerId: string; dueOn: string },
  ctx: ActionContext,
): Promise<OrglifePage> {
  const activity = await lifeMeeting(ctx, input.activityId)
  const owner = await ownerOf(ctx, activity, input.ownerId)
  checkDue(activity, input.dueOn)
  const contentVerdict = await checkContent(ctx, input.text, 2)
  const now = ctx.now()
  const doc: RectifyItemDoc = {
    _id: `rect-${keyedId(ctx, 'rectify-item')}`,
    activityId: activity._id,
    branchId: activity.branchId,
    text: input.text,
    ownerId: owner._id,
    ownerName: owner.name,
    dueOn: input.dueOn,
    state: 'notStarted',
    note: '',
    contentVerdict,
    createdAt: now,
    createdById: actorId(ctx),
    updatedAt: now,
    closedAt: null,
    closedById: null,
    closedByName: '',
    overdueRemindedAt: null,
  }
  // A retried tap meets its own item and adds nothing more; its audit entry is keyed the same way.
  await addOnce(ctx.db, 'rectifyItems', doc)
  await audit(ctx, {
    kind: 'orglife.addItem',
    summary: `${meetingWords(activity)}整改清单新增：${input.text.slice(0, 30)}`,
    branchId: activity.branchId,
    targetId: doc._id,
    before: null,
    after: { item: doc.text, owner: owner.name, dueOn: doc.dueOn, status: doc.state },
  })
  return orglifePage(ctx, activity)
}

/** An item of the caller's branch (an admin's: any), with its meeting; another branch's is refused. */
async function itemOf(ctx: ActionContext, itemId: string): Promise<{ item: RectifyItemDoc; activity: ActivityDoc }> {
  const item = await findById<RectifyItemDoc>(ctx.db, 'rectifyItems', itemId)
  if (!item) throw new DomainError('ORGLIFE.ITEM_NOT_FOUND')
  scopeBranch(ctx.caller, item.branchId)
  const activity = await lifeMeeting(ctx, item.activityId)
  return { item, activity }
}

async function openItemOf(ctx: ActionContext, itemId: string) {
  const found = await itemOf(ctx, itemId)
  if (!isOpen(found.item.state)) throw new DomainError('ORGLIFE.ITEM_CLOSED')
  return found
}

export async function updateItem(
  input: { itemId: string; text: string; ownerId: string; dueOn: string; state: OpenRectifyState },
  ctx: ActionContext,
): Promise<OrglifePage> {
  const { item, activity } = await openItemOf(ctx, input.itemId)
  const owner = await ownerOf(ctx, activity, input.ownerId)
  checkDue(activity, input.dueOn)
  const before = { item: item.text, owner: item.ownerName, dueOn: item.dueOn, status: item.state }
  const after = { item: input.text, owner: owner.name, dueOn: input.dueOn, status: input.state }
  const changedKeys = (Object.keys(after) as Array<keyof typeof after>).filter((k) => before[k] !== after[k])
  if (changedKeys.length > 0) {
    const contentVerdict = input.text !== item.text ? await checkContent(ctx, input.text, 2) : item.contentVerdict
    await ctx.db
      .collection('rectifyItems')
      .doc(item._id)
      .update({
        data: {
          text: input.text,
          ownerId: owner._id,
          ownerName: owner.name,
          dueOn: input.dueOn,
          state: input.state,
          contentVerdict,
          // A new due day is a new promise: once it lapses, the owner and the secretary are told again.
          ...(input.dueOn !== item.dueOn ? { overdueRemindedAt: null } : {}),
          updatedAt: ctx.now(),
        },
      })
    await audit(ctx, {
      kind: 'orglife.updateItem',
      summary: `${meetingWords(activity)}整改事项修改：${input.text.slice(0, 30)}`,
      branchId: activity.branchId,
      targetId: item._id,
      before: Object.fromEntries(changedKeys.map((k) => [k, before[k]])),
      after: Object.fromEntries(changedKeys.map((k) => [k, after[k]])),
    })
  }
  return orglifePage(ctx, activity)
}

async function finish(
  ctx: ActionContext,
  itemId: string,
  state: 'done' | 'withdrawn',
  note: string,
): Promise<OrglifePage> {
  const { item, activity } = await openItemOf(ctx, itemId)
  const contentVerdict = await checkContent(ctx, note, 2)
  const now = ctx.now()
  await ctx.db
    .collection('rectifyItems')
    .where({ _id: item._id, state: item.state })
    .update({
      data: {
        state,
        note,
        contentVerdict: contentVerdict === 'review' ? 'review' : item.contentVerdict,
        closedAt: now,
        closedById: actorId(ctx),
        closedByName: actorName(ctx),
        updatedAt: now,
      },
    })
  await audit(ctx, {
    kind: state === 'done' ? 'orglife.closeItem' : 'orglife.withdrawItem',
    summary: `${meetingWords(activity)}整改事项${state === 'done' ? '完成' : '撤销'}：${item.text.slice(0, 30)}`,
    branchId: activity.branchId,
    targetId: item._id,
    before: { status: item.state },
    after: state === 'done' ? { status: state, closeNote: note } : { status: state, reason: note },
  })
  return orglifePage(ctx, activity)
}

export function closeItem(input: { itemId: string; note: string }, ctx: ActionContext): Promise<OrglifePage> {
  return finish(ctx, input.itemId, 'done', input.note)
}

export function withdrawItem(input: { itemId: string; reason: string }, ctx: ActionContext): Promise<OrglifePage> {
  return finish(ctx, input.itemId, 'withdrawn', input.reason)
}
