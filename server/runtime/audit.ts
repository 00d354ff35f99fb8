/**
 * The append-only audit log: every change a secretary or admin makes, with who, what,
 * before → after, when, and the request it came from. Nothing ever updates or removes it. A retry
 * of the same tap (request-key.ts) finds its entries already written and adds none.
 */
import type { AuditDoc } from '../model'
import { addOnce, keyedId } from './request-key'
import type { ActionContext } from './types'

/** The how-manyth entry of a request: a retry of the same tap writes its entries under the same ids. */
const entriesSoFar = new WeakMap<ActionContext, number>()

export interface AuditInput {
  kind: string
  summary: string
  branchId: string | null
  targetId: string | null
  before?: unknown
  after?: unknown
}

export function actorName(ctx: ActionContext): string {
  return ctx.caller.member?.name ?? (ctx.caller.isAdmin ? '机关党委管理员' : '未知')
}

export async function audit(ctx: ActionContext, entry: AuditInput): Promise<void> {
  const doc: Omit<AuditDoc, '_id'> = {
    at: ctx.now(),
    actorOpenid: ctx.caller.openid,
    actorId: ctx.caller.member?._id ?? null,
    actorName: actorName(ctx),
    kind: entry.kind,
    summary: entry.summary,
    branchId: entry.branchId,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
  }
  if (!ctx.requestKey) {
    await ctx.db.collection('auditLog').add({ data: doc })
    return
  }
  const n = entriesSoFar.get(ctx) ?? 0
  entriesSoFar.set(ctx, n + 1)
  await addOnce(ctx.db, 'auditLog', { _id: `aud-${keyedId(ctx, `audit ${n}`, 24)}`, ...doc })
}
