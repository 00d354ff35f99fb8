/**
 * Recording 民主评议 grades: the branch's decision for a member of its own roll, once a year; a
 * reason for 基本合格 / 不合格; 不合格 starts 限期改正. A later change is a correction with its
 * reason, keeping what the record held. Both audited; the reason (which the member reads) is
 * content-checked. 优秀 beyond a third is a warning on the sheet, never a refusal.
 */
import { APPRAISAL_GRADE_LABELS } from '../../../core/appraisal/labels'
import { decidedOnProblem, rectificationEnd } from '../../../core/appraisal/rules'
import { needsReason, startsRectification, type AppraisalGrade } from '../../../core/appraisal/types'
import type { AppraisalSheet } from '../../../core/contract/appraisal'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import { appraisalId, type AppraisalContent, type AppraisalDoc } from './model'
import { appraisalSheet, checkedYear } from './sheet'

interface GradeInput {
  year: number
  memberId: string
  grade: AppraisalGrade
  reason: string
  decidedOn: string
}

/** The member, on the caller's branch's roll and gradable; the content as it will be kept. */
async function checked(ctx: ActionContext, input: GradeInput) {
  const year = checkedYear(ctx, input.year)
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  // A secretary of another branch is refused here, before anything about the member is told.
  const branchId = scopeBranch(ctx.caller, member.branchId)
  if (member.status !== 'active') throw new DomainError('APPRAISAL.NOT_APPRAISED')
  if (member.probationary) throw new DomainError('APPRAISAL.PROBATIONARY')
  const reason = needsReason(input.grade) ? input.reason : ''
  if (needsReason(input.grade) && reason === '') {
    throw new DomainError('APPRAISAL.REASON_REQUIRED', undefined, { reason: '请填写评定理由' })
  }
  const dateProblem = decidedOnProblem(input.decidedOn, year, chinaDate(ctx.now()))
  if (dateProblem) throw new DomainError('APPRAISAL.BAD_DATE', dateProblem, { decidedOn: dateProblem })
  const content: AppraisalContent = { grade: input.grade, reason, decidedOn: input.decidedOn }
  return { year, member, branchId, content }
}

function rectificationOf(content: AppraisalContent, before: AppraisalDoc | null): AppraisalDoc['rectification'] {
  if (!startsRectification(content.grade)) return null
  const endsOn = rectificationEnd(content.decidedOn)
  // The same period as before keeps its reminder: a correction of the wording does not remind twice.
  const kept = before?.rectification?.endsOn === endsOn ? before.rectification.remindedAt : null
  return { endsOn, remindedAt: kept }
}

const words = (c: AppraisalContent) => ({
  等次: APPRAISAL_GRADE_LABELS[c.grade],
  ...(c.reason ? { 评定理由: c.reason } : {}),
  评定日期: c.decidedOn,
})

export async function recordGrade(input: GradeInput, ctx: ActionContext): Promise<AppraisalSheet> {
  const { year, member, branchId, content } = await checked(ctx, input)
  const id = appraisalId(year, member._id)
  const recordKey = ctx.requestKey ? keyedId(ctx, 'appraisal') : undefined
  const mine = (d: AppraisalDoc | null) => d !== null && recordKey !== undefined && d.recordKey === recordKey
  const found = await findById<AppraisalDoc>(ctx.db, 'appraisals', id)
  if (found && !mine(found)) throw new DomainError('APPRAISAL.RECORDED')
  const contentVerdict = await checkContent(ctx, content.reason, 1)
  const now = ctx.now()
  const doc: AppraisalDoc = {
    _id: id,
    ...(recordKey ? { recordKey } : {}),
    year,
    memberId: member._id,
    memberName: member.name,
    branchId,
    ...content,
    recordedAt: now,
    recordedById: actorId(ctx),
    recordedByName: actorName(ctx),
    updatedAt: now,
    rectification: rectificationOf(content, null),
    contentVerdict,
    corrections: [],
  }
  // Two taps at once (or two officers): the first record stands, the second is told. The same
  // tap retried (its first attempt cut off) meets its own record: the audit, keyed by the same
  // request, is written once whichever attempt gets there.
  const added = await addOnce(ctx.db, 'appraisals', doc)
  if (!added.created && !mine(await findById<AppraisalDoc>(ctx.db, 'appraisals', id)))
    throw new DomainError('APPRAISAL.RECORDED')
  await audit(ctx, {
    kind: 'appraisal.record',
    summary: `记录${member.name}${year}年度民主评议等次：${APPRAISAL_GRADE_LABELS[content.grade]}`,
    branchId,
    targetId: id,
    after: words(content),
  })
  return appraisalSheet(ctx, branchId, year)
}

export async function correctGrade(
  input: GradeInput & { correction: string },
  ctx: ActionContext,
): Promise<AppraisalSheet> {
  const { year, member, branchId, content } = await checked(ctx, input)
  const id = appraisalId(year, member._id)
  const doc = await findById<AppraisalDoc>(ctx.db, 'appraisals', id)
  if (!doc || doc.branchId !== branchId) throw new DomainError('APPRAISAL.NOT_RECORDED')
  const before: AppraisalContent = { grade: doc.grade, reason: doc.reason, decidedOn: doc.decidedOn }
  if (JSON.stringify(before) === JSON.stringify(content)) throw new DomainError('APPRAISAL.NOTHING_CHANGED')
  const contentVerdict = await checkContent(ctx, `${content.reason}\n${input.correction}`, 1)
  const now = ctx.now()
  const _ = ctx.db.command
  // Against the version read: a correction made meanwhile is not silently undone.
  const res = await ctx.db
    .collection('appraisals')
    .where({ _id: id, updatedAt: doc.updatedAt })
    .update({
      data: {
        ...content,
        updatedAt: now,
        contentVerdict,
        rectification: _.set(rectificationOf(content, doc)),
        corrections: _.push({ at: now, byId: actorId(ctx), byName: actorName(ctx), reason: input.correction, before }),
      },
    })
  if (res.stats.updated !== 1) throw new DomainError('APPRAISAL.CHANGED_MEANWHILE')
  await audit(ctx, {
    kind: 'appraisal.correct',
    summary: `修改${member.name}${year}年度民主评议等次：${input.correction}`,
    branchId,
    targetId: id,
    before: words(before),
    after: words(content),
  })
  return appraisalSheet(ctx, branchId, year)
}
