/**
 * The append-only audit log: every change a secretary or admin makes, with who, what,
 * before → after, when, and the request it came from. Nothing ever updates or removes it.
 */
import type { AuditDoc } from '../model'
import type { ActionContext } from './types'

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
  await ctx.db.collection('auditLog').add({ data: doc })
}
