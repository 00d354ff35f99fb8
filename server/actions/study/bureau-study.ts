/**
 * The admin's study overview: per branch ONLY the share of its members with a record in the
 * month, branches in the organisation's order (never by share), and the bureau-wide list.
 */
import type { BureauStudy } from '../../../core/contract/study'
import { sharePercent } from '../../../core/study'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { officerMonth } from './officer-month'
import { bureauReadingList } from './reading-list'
import { membersWithRecord } from './reads'
import { orderItems, toManagedItem } from './views'

export async function bureauStudy(input: { month?: string }, ctx: ActionContext): Promise<BureauStudy> {
  const month = officerMonth(ctx, input.month)
  const [branches, members, list] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch', status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    bureauReadingList(ctx),
  ])
  const withRecord = await membersWithRecord(
    ctx,
    members.map((m) => m._id),
    month,
  )
  const perBranch = new Map<string, { members: number; withRecord: number }>()
  for (const m of members) {
    const tally = perBranch.get(m.branchId) ?? { members: 0, withRecord: 0 }
    tally.members += 1
    if (withRecord.has(m._id)) tally.withRecord += 1
    perBranch.set(m.branchId, tally)
  }
  const branchIds = new Set(branches.map((b) => b._id))
  const inBranches = members.filter((m) => branchIds.has(m.branchId))
  return {
    month,
    bureauSharePercent: sharePercent(inBranches.filter((m) => withRecord.has(m._id)).length, inBranches.length),
    branches: [...branches]
      .sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id))
      .map((b) => {
        const tally = perBranch.get(b._id) ?? { members: 0, withRecord: 0 }
        return { branchId: b._id, branchName: b.name, sharePercent: sharePercent(tally.withRecord, tally.members) }
      }),
    items: orderItems(list, month).map((doc) => toManagedItem(doc, month, true)),
  }
}
