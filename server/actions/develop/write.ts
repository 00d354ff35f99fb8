/**
 * 党员发展's writes: a new applicant, the documents ticked, the 预备期 extended once, a person
 * archived with the reason — each refused with a code before anything is written, and audited.
 * The next step recorded (with the 支部大会's 表决 and the roster entry) is in ./step.ts.
 */
import type { DevelopPersonPage, DevelopPipeline } from '../../../core/contract/develop'
import { chinaDate, dayWords } from '../../../core/dates'
import { DEVELOP_DOC_LABELS } from '../../../core/develop/labels'
import { extensionProblem, probationEnd, stepProblem } from '../../../core/develop/rules'
import type { DevelopDoc } from '../../../core/develop/types'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import type { ActionContext } from '../../runtime/types'
import { branchOf } from '../activity/load'
import { recordOf, type DevelopCandidateDoc } from './model'
import { branchPipeline, CANDIDATES, personOf, personPage } from './page'
import { activeOnly, entry, refuse, reread, save } from './save'

export async function addPerson(
  input: { branchId?: string; name: string; day: string },
  ctx: ActionContext,
): Promise<DevelopPersonPage> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  await branchOf(ctx, branchId)
  refuse(
    stepProblem({ steps: {}, reviews: [], extensionMonths: null }, 'apply', input.day, chinaDate(ctx.now()), 'branch'),
  )
  await checkContent(ctx, input.name, 2)
  const now = ctx.now()
  const doc: DevelopCandidateDoc = {
    _id: `dev-${keyedId(ctx, 'develop-person')}`,
    name: input.name,
    branchId,
    status: 'active',
    steps: { apply: entry(ctx, input.day) },
    reviews: [],
    extension: null,
    docs: {},
    memberId: null,
    reminded: [],
    archived: null,
    createdAt: now,
    updatedAt: now,
  }
  // A retried tap meets its own record and adds nothing more; its audit entry is keyed alike.
  const { doc: stored } = await addOnce(ctx.db, CANDIDATES, doc)
  await audit(ctx, {
    kind: 'develop.add',
    summary: `党员发展：${input.name}递交入党申请书（${dayWords(input.day)}）`,
    branchId,
    targetId: stored._id,
    after: { name: input.name, day: input.day },
  })
  return personPage(ctx, stored)
}

export async function tickDoc(
  input: { personId: string; doc: DevelopDoc; done: boolean },
  ctx: ActionContext,
): Promise<DevelopPersonPage> {
  const doc = await personOf(ctx, input.personId)
  if (!!doc.docs[input.doc] === input.done) return personPage(ctx, doc)
  const _ = ctx.db.command
  await save(ctx, doc, {
    [`docs.${input.doc}`]: input.done ? { at: ctx.now(), byName: actorName(ctx) } : _.remove(),
  })
  await audit(ctx, {
    kind: 'develop.tick',
    summary: `党员发展：${doc.name}的材料“${DEVELOP_DOC_LABELS[input.doc]}”${input.done ? '已齐' : '改为未齐'}`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { document: DEVELOP_DOC_LABELS[input.doc], done: !input.done },
    after: { document: DEVELOP_DOC_LABELS[input.doc], done: input.done },
  })
  return personPage(ctx, await reread(ctx, doc._id))
}

export async function extendProbation(
  input: { personId: string; day: string; months: number },
  ctx: ActionContext,
): Promise<DevelopPersonPage> {
  const doc = await personOf(ctx, input.personId)
  activeOnly(doc)
  const record = recordOf(doc)
  refuse(extensionProblem(record, input.day, input.months, chinaDate(ctx.now())))
  const before = probationEnd(record)
  await save(ctx, doc, { extension: { months: input.months, day: input.day, at: ctx.now(), byName: actorName(ctx) } })
  const after = probationEnd({ ...record, extensionMonths: input.months })
  await audit(ctx, {
    kind: 'develop.extend',
    summary: `党员发展：${doc.name}延长预备期${input.months}个月，预备期至${dayWords(after!)}`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { probationEnd: before },
    after: { probationEnd: after, extendMonths: input.months, day: input.day },
  })
  return personPage(ctx, await reread(ctx, doc._id))
}

export async function archivePerson(
  input: { personId: string; reason: string },
  ctx: ActionContext,
): Promise<DevelopPipeline> {
  const doc = await personOf(ctx, input.personId)
  activeOnly(doc)
  await checkContent(ctx, input.reason, 2)
  await save(ctx, doc, {
    status: 'archived',
    archived: { reason: input.reason, at: ctx.now(), byName: actorName(ctx) },
  })
  await audit(ctx, {
    kind: 'develop.archive',
    summary: `党员发展：${doc.name}停止培养（${input.reason}），记录存档`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { status: 'active' },
    after: { status: 'archived', reason: input.reason },
  })
  return branchPipeline(ctx, doc.branchId)
}
