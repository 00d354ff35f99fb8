/**
 * The branches in the organisation's order (as 学习情况 lists them), each with its active
 * members counted and whether it has 党小组 — one aggregate over orgs joined on indexed fields.
 */
import { DomainError } from '../../../core/errors'
import type { ActionContext } from '../../runtime/types'

export interface BranchFacts {
  id: string
  name: string
  members: number
  hasGroups: boolean
}

interface Row {
  _id: string
  name: string
  createdAt: number
  members: number
  groups: number
}

/** Active branches (or one, even if archived), organisation order. */
export async function branchesInOrder(ctx: ActionContext, only?: string): Promise<BranchFacts[]> {
  const _ = ctx.db.command
  const $ = _.aggregate
  const res = await ctx.db
    .collection('orgs')
    .aggregate()
    .match(only ? { _id: only, kind: 'branch' } : { kind: 'branch', status: 'active' })
    .limit(1000)
    .lookup({ from: 'members', localField: '_id', foreignField: 'branchId', as: 'm' })
    .lookup({ from: 'orgs', localField: '_id', foreignField: 'parentId', as: 'kids' })
    .project({
      name: 1,
      createdAt: 1,
      members: $.size($.filter({ input: '$m', as: 'x', cond: $.eq(['$$x.status', 'active']) })),
      groups: $.size(
        $.filter({
          input: '$kids',
          as: 'k',
          cond: $.and([$.eq(['$$k.kind', 'group']), $.eq(['$$k.status', 'active'])]),
        }),
      ),
    })
    .end()
  const rows = (res.list as Row[]).sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id))
  if (only && rows.length === 0) throw new DomainError('ORG.NOT_FOUND')
  return rows.map((r) => ({ id: r._id, name: r.name, members: r.members, hasGroups: r.groups > 0 }))
}
