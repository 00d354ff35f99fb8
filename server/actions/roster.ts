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
import { newId } from './org'
import { readRosterTable } from './roster-file'

/** Documents per `add`: far below the 1 MB request limit, few enough calls for 3,000 rows. */
const BATCH = 500

async function rosterContext(ctx: ActionContext): Promise<RosterContext> {
  const [orgs, members] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
  ])
  return {
    branches: orgs.filter((o) => o.kind === 'branch').map((o) => ({ id: o._id, name: o.name })),
    groups: orgs
      .filter((o) => o.kind === 'group')
      .map((o) => ({ id: o._id, name: o.name, branchId: o.parentId ?? '' })),
    existing: new Set(members.map((m) => `${m.branchId}/${m.name}`)),
    today: chinaDate(ctx.now()),
  }
}

async function check(source: { text?: string; fileID?: string }, ctx: ActionContext) {
  const [table, context] = await Promise.all([readRosterTable(source, ctx), rosterContext(ctx)])
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
  const { rows, entries, headerProblems } = await check(source, ctx)
  if (headerProblems.length > 0 || entries.length !== rows.length) throw new DomainError('ROSTER.HAS_PROBLEMS')
  if (entries.length === 0) throw new DomainError('ROSTER.EMPTY')
  const importId = newId('import')
  const now = ctx.now()
  const docs = entries.map((e) => ({
    _id: newId('m'),
    ...e,
    status: 'importing',
    importId,
    openid: null,
    boundAt: null,
    createdAt: now,
    updatedAt: now,
  }))
  const members = ctx.db.collection('members')
  try {
    for (let i = 0; i < docs.length; i += BATCH) await members.add({ data: docs.slice(i, i + BATCH) })
  } catch (error) {
    await members.where({ importId, status: 'importing' }).remove()
    throw error
  }
  const done = await members.where({ importId, status: 'importing' }).update({ data: { status: 'active' } })
  const branches = [...new Set(entries.map((e) => e.branchId))]
  await audit(ctx, {
    kind: 'roster.import',
    summary: `导入名册${done.stats.updated}人`,
    branchId: branches.length === 1 ? branches[0] : null,
    targetId: importId,
    after: { count: done.stats.updated, branches, names: entries.slice(0, 20).map((e) => e.name) },
  })
  return { imported: done.stats.updated }
}
