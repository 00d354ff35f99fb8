import { auditKindsOf } from '../../core/audit-kinds'
import { auditIds, auditLines } from '../../core/audit-words'
import type { AuditChoices, AuditEntry } from '../../core/contract'
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

/**
 * What the log can be narrowed to, sent with its first page: the branches, and the people who
 * have written to it (grouped in the database over its actorId index), each by today's name.
 */
async function choicesOf(ctx: ActionContext): Promise<AuditChoices> {
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id)
  const [branches, grouped] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch' }),
    ctx.db
      .collection('auditLog')
      .aggregate()
      .sort({ actorId: 1, at: -1 })
      .group({ _id: '$actorId', names: ctx.db.command.aggregate.addToSet('$actorName') })
      .end(),
  ])
  const actors = (grouped.list as Array<{ _id: string | null; names: string[] }>).filter(
    (r): r is { _id: string; names: string[] } => typeof r._id === 'string' && r._id !== '',
  )
  const members =
    actors.length === 0
      ? []
      : await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(actors.map((a) => a._id)) })
  const current = new Map(members.map((m) => [m._id, m.name]))
  return {
    branches: branches.map((b) => ({ id: b._id, name: b.name })).sort(byName),
    people: actors.map((a) => ({ id: a._id, name: current.get(a._id) ?? a.names[0] ?? '' })).sort(byName),
  }
}

/** The audit log, newest first, filtered by person, branch, kind or groups of kinds, paged by time; each change in words. */
export async function listAudit(
  input: {
    actorId?: string
    branchId?: string
    kind?: string
    group?: string
    groups?: string[]
    before?: string
    limit?: number
  },
  ctx: ActionContext,
): Promise<{ entries: AuditEntry[]; nextBefore: string | null; choices: AuditChoices | null }> {
  const _ = ctx.db.command
  const filter: Filter = {}
  if (input.actorId) filter.actorId = input.actorId
  if (input.branchId) filter.branchId = input.branchId
  const groups = [...(input.groups ?? []), ...(input.group ? [input.group] : [])]
  if (input.kind) filter.kind = input.kind
  else if (groups.length > 0) filter.kind = _.in(groups.flatMap(auditKindsOf))
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
  const [names, choices] = await Promise.all([namesOf(ctx, docs), input.before ? null : choicesOf(ctx)])
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
    choices,
  }
}
