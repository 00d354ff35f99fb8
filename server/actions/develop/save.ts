/**
 * What 党员发展's writes share: a step's entry (its day, who recorded it, its keyed id), a refusal
 * by the rules' code, and saving against the version read (a change made meanwhile is refused,
 * never silently undone).
 */
import { DomainError, type ErrorCode } from '../../../core/errors'
import { actorName } from '../../runtime/audit'
import { keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import type { DevelopCandidateDoc, StepEntry } from './model'
import { CANDIDATES } from './page'

export function entry(ctx: ActionContext, day: string): StepEntry {
  return { day, at: ctx.now(), byId: actorId(ctx), byName: actorName(ctx), key: keyedId(ctx, 'step') }
}

export function refuse(problem: { code: ErrorCode; message: string } | null): void {
  if (problem) throw new DomainError(problem.code, problem.message)
}

/** Updates against the version read: a change made meanwhile is not silently undone. */
export async function save(ctx: ActionContext, doc: DevelopCandidateDoc, data: Record<string, unknown>): Promise<void> {
  const res = await ctx.db
    .collection(CANDIDATES)
    .where({ _id: doc._id, updatedAt: doc.updatedAt })
    .update({ data: { ...data, updatedAt: ctx.now() } })
  if (res.stats.updated !== 1) throw new DomainError('DEVELOP.CHANGED_MEANWHILE')
}

export async function reread(ctx: ActionContext, id: string): Promise<DevelopCandidateDoc> {
  return (await findById<DevelopCandidateDoc>(ctx.db, CANDIDATES, id))!
}

export function activeOnly(doc: DevelopCandidateDoc): void {
  if (doc.status !== 'active') throw new DomainError('DEVELOP.CLOSED')
}
