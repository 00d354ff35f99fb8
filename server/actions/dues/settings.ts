/** Each branch's dues settings (收缴日, 预交月数, 农民党员金额, 收缴人) and who may collect. */
import type { DuesSettings } from '../../../core/contract/dues'
import { chinaMonth } from '../../../core/dates'
import { FARMER_MIN_FEN } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc, OrgDoc } from '../../model'
import { isOfficer, scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext, Caller, Db } from '../../runtime/types'
import type { DuesSettingsDoc } from './model'

export const DEFAULT_COLLECTION_DAY = 5
export const DEFAULT_PREPAY_LIMIT = 6

export function defaultSettings(branchId: string, now: number): DuesSettingsDoc {
  return {
    _id: branchId,
    collectionDay: DEFAULT_COLLECTION_DAY,
    prepayLimit: DEFAULT_PREPAY_LIMIT,
    farmerFen: FARMER_MIN_FEN,
    treasurerIds: [],
    since: chinaMonth(now),
    billedThrough: null,
    billedAt: 0,
    updatedAt: now,
    updatedBy: null,
  }
}

export async function readSettings(db: Db, branchId: string, now: number): Promise<DuesSettingsDoc> {
  return (await findById<DuesSettingsDoc>(db, 'duesSettings', branchId)) ?? defaultSettings(branchId, now)
}

/** The secretary, a named treasurer (收缴人) of the branch, or an admin. */
export function mayCollect(caller: Caller, settings: DuesSettingsDoc): boolean {
  if (caller.isAdmin) return true
  const m = caller.member
  if (!m || m.branchId !== settings._id || !isOfficer(m)) return false
  return m.role === 'secretary' || settings.treasurerIds.includes(m._id)
}

export function requireCollector(caller: Caller, settings: DuesSettingsDoc): void {
  if (!mayCollect(caller, settings)) throw new DomainError('DUES.NOT_COLLECTOR')
}

export function actorOf(ctx: ActionContext): { id: string | null; name: string } {
  return { id: ctx.caller.member?._id ?? null, name: actorName(ctx) }
}

export async function activeBranch(db: Db, branchId: string): Promise<OrgDoc> {
  const branch = await findById<OrgDoc>(db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND')
  return branch
}

export async function settingsView(db: Db, s: DuesSettingsDoc): Promise<DuesSettings> {
  const people = s.treasurerIds.length
    ? await findAll<MemberDoc>(db, 'members', { _id: db.command.in(s.treasurerIds) })
    : []
  const names = new Map(people.map((p) => [p._id, p.name]))
  return {
    branchId: s._id,
    collectionDay: s.collectionDay,
    prepayLimit: s.prepayLimit,
    farmerFen: s.farmerFen,
    treasurers: s.treasurerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    since: s.since,
  }
}

interface SettingsInput {
  branchId?: string
  collectionDay?: number
  prepayLimit?: number
  farmerFen?: number
  treasurerIds?: string[]
}

export async function setSettings(input: SettingsInput, ctx: ActionContext): Promise<DuesSettings> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  if (!ctx.caller.isAdmin && ctx.caller.member?.role !== 'secretary') throw new DomainError('DUES.SECRETARY_ONLY')
  const branch = await activeBranch(ctx.db, branchId)
  const before = await readSettings(ctx.db, branchId, ctx.now())
  if (input.treasurerIds) {
    const ids = [...new Set(input.treasurerIds)]
    const found = ids.length
      ? await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(ids), branchId, status: 'active' })
      : []
    if (found.length !== ids.length || found.some((m) => m.role !== 'committee')) {
      throw new DomainError('DUES.TREASURER_NOT_COMMITTEE')
    }
  }
  const after: DuesSettingsDoc = {
    ...before,
    collectionDay: input.collectionDay ?? before.collectionDay,
    prepayLimit: input.prepayLimit ?? before.prepayLimit,
    farmerFen: input.farmerFen ?? before.farmerFen,
    treasurerIds: input.treasurerIds ? [...new Set(input.treasurerIds)] : before.treasurerIds,
    updatedAt: ctx.now(),
    updatedBy: ctx.caller.member?._id ?? null,
  }
  const { _id, ...data } = after
  await ctx.db.collection('duesSettings').doc(_id).set({ data })
  const keys = ['collectionDay', 'prepayLimit', 'farmerFen', 'treasurerIds'] as const
  await audit(ctx, {
    kind: 'dues.settings',
    summary: `修改${branch.name}的党费设置`,
    branchId,
    targetId: branchId,
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  })
  return settingsView(ctx.db, after)
}
