/**
 * Keeping the reading list: admins keep the bureau-wide list (admin function), secretaries
 * and 支委 their branch's own (secretary function; admins too, naming the branch). Items are
 * edited or retired, never deleted, and every change is audited.
 */
import type { ManagedReadingItem, StudyItemKind, StudyPeriod } from '../../../core/contract/study'
import { chinaMonth } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { StudyItemDoc } from './model'
import { toManagedItem } from './views'

type Scope = StudyItemDoc['scope']

export interface ItemFields {
  title: string
  kind: StudyItemKind
  link: string | null
  fileID: string | null
  period: StudyPeriod | null
}

export interface ItemChanges {
  title?: string
  kind?: StudyItemKind
  link?: string | null
  fileID?: string | null
  period?: StudyPeriod | null
}

const SCOPE_NAME: Record<Scope, string> = { bureau: '全局', branch: '支部' }

function view(ctx: ActionContext, doc: StudyItemDoc): ManagedReadingItem {
  return toManagedItem(doc, chinaMonth(ctx.now()), true)
}

async function addItem(
  ctx: ActionContext,
  scope: Scope,
  branchId: string | null,
  fields: ItemFields,
): Promise<ManagedReadingItem> {
  const id = `si-${keyedId(ctx, 'item')}`
  // A retry of the same tap meets the item the first try added, and only makes sure it is audited.
  const earlier = await findById<StudyItemDoc>(ctx.db, 'studyItems', id)
  // Every member of the list's branch (or bureau) reads the title.
  if (!earlier) await checkContent(ctx, fields.title, 1)
  const now = ctx.now()
  const doc: StudyItemDoc = earlier ?? {
    _id: id,
    scope,
    branchId,
    ...fields,
    status: 'active',
    createdAt: now,
    createdBy: ctx.caller.member?._id ?? null,
    updatedAt: now,
    retiredAt: null,
  }
  if (!earlier) await addOnce(ctx.db, 'studyItems', doc)
  await audit(ctx, {
    kind: 'studyItem.add',
    summary: `新增${SCOPE_NAME[scope]}学习资料“${doc.title}”`,
    branchId,
    targetId: doc._id,
    after: fields,
  })
  return view(ctx, doc)
}

/** An active item this caller may change through this function: `scope` says which list. */
async function changeableItem(ctx: ActionContext, scope: Scope, itemId: string): Promise<StudyItemDoc> {
  const item = await findById<StudyItemDoc>(ctx.db, 'studyItems', itemId)
  if (!item) throw new DomainError('STUDY.ITEM_NOT_FOUND')
  if (item.scope !== scope) throw new DomainError(item.scope === 'bureau' ? 'STUDY.BUREAU_ITEM' : 'STUDY.BRANCH_ITEM')
  if (scope === 'branch') scopeBranch(ctx.caller, item.branchId ?? undefined)
  if (item.status !== 'active') throw new DomainError('STUDY.ITEM_RETIRED')
  return item
}

async function editItem(
  ctx: ActionContext,
  scope: Scope,
  input: { itemId: string; changes: ItemChanges; reason?: string },
): Promise<ManagedReadingItem> {
  const item = await changeableItem(ctx, scope, input.itemId)
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input.changes) as Array<[keyof ItemChanges, unknown]>) {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(item[key])) continue
    before[key] = item[key]
    after[key] = value
  }
  if (Object.keys(after).length === 0) throw new DomainError('REQUEST.INVALID', '没有要修改的内容')
  if (typeof after.title === 'string') await checkContent(ctx, after.title, 1)
  const now = ctx.now()
  const res = await ctx.db
    .collection('studyItems')
    .where({ _id: item._id, status: 'active' })
    .update({ data: { ...after, updatedAt: now } })
  if (res.stats.updated !== 1) throw new DomainError('STUDY.ITEM_RETIRED')
  await audit(ctx, {
    kind: 'studyItem.edit',
    summary: `修改学习资料“${item.title}”${input.reason ? `：${input.reason}` : ''}`,
    branchId: item.branchId,
    targetId: item._id,
    before,
    after,
  })
  return view(ctx, { ...item, ...(after as Partial<StudyItemDoc>), updatedAt: now })
}

async function retireItem(
  ctx: ActionContext,
  scope: Scope,
  input: { itemId: string; reason?: string },
): Promise<{ itemId: string }> {
  const item = await changeableItem(ctx, scope, input.itemId)
  const now = ctx.now()
  const res = await ctx.db
    .collection('studyItems')
    .where({ _id: item._id, status: 'active' })
    .update({ data: { status: 'retired', retiredAt: now, updatedAt: now } })
  if (res.stats.updated !== 1) throw new DomainError('STUDY.ITEM_RETIRED')
  await audit(ctx, {
    kind: 'studyItem.retire',
    summary: `停用学习资料“${item.title}”${input.reason ? `：${input.reason}` : ''}`,
    branchId: item.branchId,
    targetId: item._id,
    before: { status: 'active' },
    after: { status: 'retired' },
  })
  return { itemId: item._id }
}

/** Secretary function: the branch's own list. */
export async function addBranchItem(
  input: ItemFields & { branchId?: string },
  ctx: ActionContext,
): Promise<ManagedReadingItem> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch' || branch.status !== 'active') throw new DomainError('ORG.NOT_FOUND')
  const { title, kind, link, fileID, period } = input
  return addItem(ctx, 'branch', branchId, { title, kind, link, fileID, period })
}
export const editBranchItem = (input: { itemId: string; changes: ItemChanges; reason?: string }, ctx: ActionContext) =>
  editItem(ctx, 'branch', input)
export const retireBranchItem = (input: { itemId: string; reason?: string }, ctx: ActionContext) =>
  retireItem(ctx, 'branch', input)

/** Admin function: the bureau-wide list. */
export const addBureauItem = (input: ItemFields, ctx: ActionContext) => addItem(ctx, 'bureau', null, input)
export const editBureauItem = (input: { itemId: string; changes: ItemChanges; reason?: string }, ctx: ActionContext) =>
  editItem(ctx, 'bureau', input)
export const retireBureauItem = (input: { itemId: string; reason?: string }, ctx: ActionContext) =>
  retireItem(ctx, 'bureau', input)
