/**
 * The secretary's 学习资料 page. Per member ONLY whether there is a record in the month and
 * which reading-list items are done: no counts, minutes or ranks, and members in name order,
 * never by activity (2026 rules against 形式主义).
 */
import type { BranchStudy } from '../../../core/contract/study'
import { DomainError } from '../../../core/errors'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { officerMonth } from './officer-month'
import { readingListFor } from './reading-list'
import { doneItemsByMember, membersWithRecord } from './reads'
import { orderItems, toManagedItem } from './views'

export async function branchStudy(
  input: { branchId?: string; month?: string },
  ctx: ActionContext,
): Promise<BranchStudy> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const month = officerMonth(ctx, input.month)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND')
  const [members, list] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    readingListFor(ctx, branchId),
  ])
  const items = orderItems(list, month)
  const memberIds = members.map((m) => m._id)
  const itemIds = items.map((i) => i._id)
  const [withRecord, done] = await Promise.all([
    membersWithRecord(ctx, memberIds, month),
    doneItemsByMember(ctx, memberIds, itemIds),
  ])
  return {
    branch: { id: branch._id, name: branch.name },
    month,
    items: items.map((doc) => toManagedItem(doc, month, doc.scope === 'branch')),
    members: [...members]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh') || a._id.localeCompare(b._id))
      .map((m) => ({
        memberId: m._id,
        name: m.name,
        hasRecord: withRecord.has(m._id),
        doneItemIds: itemIds.filter((id) => done.get(m._id)?.has(id)),
      })),
  }
}
