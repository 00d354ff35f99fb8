/**
 * The secretary's 外出 records: a member away (study, secondment, other) with a return day, at
 * most one away at a time, and the return. Refused with a code before anything is written,
 * audited, and answered with the 组织关系 page. A retried tap meets its own record (keyed id).
 */
import type { AbsenceKind, TransferPage } from '../../../core/contract/transfer'
import { chinaDate, dayWords } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { ABSENCE_KIND_LABELS } from '../../../core/transfer/labels'
import { absenceProblem } from '../../../core/transfer/rules'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { memberInScope } from '../binding'
import type { AbsenceDoc } from './model'
import { transferPage } from './page'

export async function addAbsence(
  input: { memberId: string; kind: AbsenceKind; place: string; fromOn: string; returnOn: string },
  ctx: ActionContext,
): Promise<TransferPage> {
  const member = await memberInScope(ctx, input.memberId)
  const problem = absenceProblem(input.fromOn, input.returnOn)
  if (problem) throw new DomainError(problem)
  const id = `abs-${keyedId(ctx, 'absence')}`
  const away = await findAll<AbsenceDoc>(ctx.db, 'absences', { memberId: member._id, state: 'away' })
  if (away.some((a) => a._id !== id)) throw new DomainError('ABSENCE.ALREADY_AWAY')
  await checkContent(ctx, input.place, 2)
  const doc: AbsenceDoc = {
    _id: id,
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    kind: input.kind,
    place: input.place,
    fromOn: input.fromOn,
    returnOn: input.returnOn,
    state: 'away',
    returnedOn: null,
    createdAt: ctx.now(),
    createdByName: actorName(ctx),
  }
  const { created } = await addOnce(ctx.db, 'absences', doc)
  if (created) {
    await audit(ctx, {
      kind: 'absence.add',
      summary: `${member.name}${ABSENCE_KIND_LABELS[input.kind]}（${input.place}），${dayWords(input.fromOn)}至${dayWords(input.returnOn)}`,
      branchId: member.branchId,
      targetId: id,
      before: null,
      after: { kind: input.kind, place: input.place, fromOn: input.fromOn, returnOn: input.returnOn },
    })
  }
  return transferPage(ctx, member.branchId)
}

export async function endAbsence(
  input: { absenceId: string; returnedOn: string },
  ctx: ActionContext,
): Promise<TransferPage> {
  const doc = await findById<AbsenceDoc>(ctx.db, 'absences', input.absenceId)
  if (!doc) throw new DomainError('ABSENCE.NOT_FOUND')
  scopeBranch(ctx.caller, doc.branchId)
  if (doc.state !== 'away') {
    if (doc.returnedOn === input.returnedOn) return transferPage(ctx, doc.branchId)
    throw new DomainError('ABSENCE.ENDED')
  }
  if (input.returnedOn < doc.fromOn) throw new DomainError('ABSENCE.RETURN_BEFORE_START')
  if (input.returnedOn > chinaDate(ctx.now())) throw new DomainError('TRANSFER.FUTURE_DATE')
  await ctx.db
    .collection('absences')
    .where({ _id: doc._id, state: 'away' })
    .update({ data: { state: 'returned', returnedOn: input.returnedOn } })
  await audit(ctx, {
    kind: 'absence.end',
    summary: `${doc.memberName}${ABSENCE_KIND_LABELS[doc.kind]}结束，${dayWords(input.returnedOn)}返回`,
    branchId: doc.branchId,
    targetId: doc._id,
    before: { status: 'away' },
    after: { status: 'returned', returnedOn: input.returnedOn },
  })
  return transferPage(ctx, doc.branchId)
}
