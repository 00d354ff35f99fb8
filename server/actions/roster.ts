/**
 * Roster import (名册导入): a preview with every row's problems before anything is written,
 * then an all-or-nothing import: rows are staged under one import id and made active in a
 * single update, or removed again if staging failed part-way.
 */
import type { RosterPreview } from '../../core/contract'
import { chinaDate } from '../../core/dates'
import { DomainError } from '../../core/errors'
import { checkRoster, type RosterContext } from '../../core/roster'
import type { MemberDoc, OrgDoc } from '../model'
import { audit } from '../runtime/audit'
import { findAll } from '../runtime/store'
import type { ActionContext } from '../runtime/types'
import { addOnce, isDuplicateKey, keyedId } from '../runtime/request-key'
import { readRosterTable } from './roster-file'
import { readTransferSettings } from './transfer/views'

/** Documents per `add`: far below the 1 MB request limit, few enough calls for 3,000 rows. */
const BATCH = 500

/** `ownImport`: people this import already put on the roster (a retry of the same tap) are no duplicates. */
async function rosterContext(ctx: ActionContext, ownImport?: string): Promise<RosterContext> {
  const [orgs, members, settings] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    readTransferSettings(ctx.db),
  ])
  return {
    branches: orgs.filter((o) => o.kind === 'branch').map((o) => ({ id: o._id, name: o.name })),
    groups: orgs
      .filter((o) => o.kind === 'group')
      .map((o) => ({ id: o._id, name: o.name, branchId: o.parentId ?? '' })),
    existing: new Set(
      members
        .filter((m) => ownImport === undefined || (m as MemberDoc & { importId?: string }).importId !== ownImport)
        .map((m) => `${m.branchId}/${m.name}`),
    ),
    today: chinaDate(ctx.now()),
    // 性别 and 学历 only when the bureau counts them in 党内统计 (组织关系转出's settings).
    optional: settings.statsFields,
  }
}

async function check(source: { text?: string; fileID?: string }, ctx: ActionContext, ownImport?: string) {
  const [table, context] = await Promise.all([readRosterTable(source, ctx), rosterContext(ctx, ownImport)])
  return checkRoster(table, context)
}

export async function previewRoster(
  source: { text?: string; fileID?: string },
  ctx: ActionContext,
): Promise<RosterPreview> {
  const { rows, headerProblems } = await check(source, ctx)
  return {
    total: rows.length,
    problemCount: rows.filter((r) => r.problems.length > 0).length,
    headerProblems,
    rows,
  }
}

export async function importRoster(
  source: { text?: string; fileID?: string },
  ctx: ActionContext,
): Promise<{ imported: number }> {
  const members = ctx.db.collection('members')
  // Ids a retry of the same tap reproduces: it meets the rows the first try staged or made active
  // and finishes the import instead of importing the same people again.
  const importId = `import-${keyedId(ctx, 'import')}`
  const { rows, entries, headerProblems } = await check(source, ctx, importId)
  if (headerProblems.length > 0 || entries.length !== rows.length) throw new DomainError('ROSTER.HAS_PROBLEMS')
  if (entries.length === 0) throw new DomainError('ROSTER.EMPTY')
  const now = ctx.now()
  const docs = entries.map((e, i) => ({
    _id: `m-${keyedId(ctx, `row ${i}`)}`,
    ...e,
    status: 'importing',
    importId,
    openid: null,
    boundAt: null,
    createdAt: now,
    updatedAt: now,
  }))
  try {
    for (let i = 0; i < docs.length; i += BATCH) await stage(ctx, docs.slice(i, i + BATCH))
  } catch (error) {
    await members.where({ importId, status: 'importing' }).remove()
    throw error
  }
  await members.where({ importId, status: 'importing' }).update({ data: { status: 'active' } })
  const imported = (await members.where({ importId, status: 'active' }).count()).total
  return auditImport(ctx, importId, imported, entries)
}

/** Adds a batch of staged rows; rows an earlier try of the same tap staged already are left as they are. */
async function stage(ctx: ActionContext, batch: Array<{ _id: string }>): Promise<void> {
  try {
    await ctx.db.collection('members').add({ data: batch })
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    for (const doc of batch) await addOnce(ctx.db, 'members', doc)
  }
}

async function auditImport(
  ctx: ActionContext,
  importId: string,
  count: number,
  people: Array<{ name: string; branchId: string }>,
): Promise<{ imported: number }> {
  const branches = [...new Set(people.map((m) => m.branchId))]
  await audit(ctx, {
    kind: 'roster.import',
    summary: `导入名册${count}人`,
    branchId: branches.length === 1 ? branches[0] : null,
    targetId: importId,
    after: { count, branches, names: people.slice(0, 20).map((m) => m.name) },
  })
  return { imported: count }
}
