import type { AuditEntry } from '../../core/contract'
import type { AuditDoc } from '../model'
import type { Filter } from '../runtime/sdk'
import type { ActionContext } from '../runtime/types'

/** The audit log, newest first, filtered by person, branch or kind, paged by time. */
export async function listAudit(
  input: { actorId?: string; branchId?: string; kind?: string; before?: number; limit?: number },
  ctx: ActionContext,
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const _ = ctx.db.command
  const filter: Filter = {}
  if (input.actorId) filter.actorId = input.actorId
  if (input.branchId) filter.branchId = input.branchId
  if (input.kind) filter.kind = input.kind
  if (input.before !== undefined) filter.at = _.lt(input.before)
  const limit = input.limit ?? 50
  const res = await ctx.db.collection('auditLog').where(filter).orderBy('at', 'desc').limit(limit).get()
  const docs = res.data as AuditDoc[]
  return {
    entries: docs.map((d) => ({
      id: d._id,
      at: d.at,
      actorName: d.actorName,
      kind: d.kind,
      branchId: d.branchId,
      targetId: d.targetId,
      summary: d.summary,
      before: d.before,
      after: d.after,
    })),
    nextBefore: docs.length === limit ? docs[docs.length - 1].at : null,
  }
}
