import { auditKindsOf } from '../../core/audit-kinds'
import { auditIds, auditLines } from '../../core/audit-words'
import type { AuditEntry } from '../../core/contract'
import type { AuditDoc, MemberDoc, OrgDoc } from '../model'
import type { Filter } from '../runtime/sdk'
import { findAll } from '../runtime/store'
import type { ActionContext } from '../runtime/types'

/** The names of the members and organisations a page of entries refers to by id. */
async function namesOf(ctx: ActionContext, docs: AuditDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.flatMap((d) => auditIds(d.before, d.after)))]
  if (ids.length === 0) return new Map()
  const _id = ctx.db.command.in(ids)
  const [members, orgs] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { _id }),
    findAll<OrgDoc>(ctx.db, 'orgs', { _id }),
  ])
  return new Map([...members, ...orgs].map((d) => [d._id, d.name]))
}

/** The audit log, newest first, filtered by person, branch or kind, paged by time; each change in words. */
export async function listAudit(
  input: { actorId?: string; branchId?: string; kind?: string; group?: string; before?: string; limit?: number },
  ctx: ActionContext,
): Promise<{ entries: AuditEntry[]; nextBefore: string | null }> {
  const _ = ctx.db.command
  const filter: Filter = {}
  if (input.actorId) filter.actorId = input.actorId
  if (input.branchId) filter.branchId = input.branchId
  if (input.kind) filter.kind = input.kind
  else if (input.group) filter.kind = _.in(auditKindsOf(input.group))
  let where: Filter = filter
  if (input.before) {
    // (at, _id) is unique, so entries written in the same millisecond are never skipped.
    const [at, id] = [
      Number(input.before.slice(0, input.before.indexOf(':'))),
      input.before.slice(input.before.indexOf(':') + 1),
    ]
    where = _.and([filter, _.or([{ at: _.lt(at) }, { at, _id: _.lt(id) }])])
  }
  const limit = input.limit ?? 50
  const res = await ctx.db
    .collection('auditLog')
    .where(where)
    .orderBy('at', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit)
    .get()
  const docs = res.data as AuditDoc[]
  const names = await namesOf(ctx, docs)
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
      lines: auditLines(d.kind, d.before, d.after, names),
    })),
    nextBefore: docs.length === limit ? `${docs[docs.length - 1].at}:${docs[docs.length - 1]._id}` : null,
  }
}
