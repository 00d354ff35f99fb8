/**
 * 支部概览 in one call: members bound, this month's activities, what waits for the secretary
 * (leave, 补学, reported payments), this month's dues and what the rules still ask this period,
 * from each domain's collections.
 */
import type { BranchOverview } from '../../core/contract/overview'
import { chinaMonth, chinaInstant } from '../../core/dates'
import { DomainError } from '../../core/errors'
import type { MemberDoc, OrgDoc } from '../model'
import { scopeBranch } from '../runtime/access'
import { findAll, findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'
import { officerWaiting } from './activity'
import { branchComplianceNow } from './attendance/compliance'
import { branchDevelopFigure } from './develop/due'
import { branchMonthCollection } from './dues/branch'
import { paymentsWaiting } from './dues/waiting'

/** Members on the branch's roll and those bound to WeChat: 支部概览's 成员 and 首页's 未绑定. */
export async function branchRoll(ctx: ActionContext, branchId: string): Promise<{ total: number; bound: number }> {
  const members = await findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' })
  return { total: members.length, bound: members.filter((m) => m.openid).length }
}

function monthRange(month: string): { from: number; to: number } {
  const [year, m] = month.split('-').map(Number)
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return { from: chinaInstant(`${month}-01 00:00`), to: chinaInstant(`${next}-01 00:00`) }
}

export async function branchOverview(input: { branchId?: string }, ctx: ActionContext): Promise<BranchOverview> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND')
  const _ = ctx.db.command
  const month = chinaMonth(ctx.now())
  const { from, to } = monthRange(month)
  const activities = ctx.db.collection('activities')
  const [members, waiting, published, closed, paymentsReported, dues, compliance, develop] = await Promise.all([
    branchRoll(ctx, branchId),
    officerWaiting(ctx, branchId),
    activities.where({ branchId, status: 'published', startAt: _.and([_.gte(from), _.lt(to)]) }).count(),
    activities.where({ branchId, status: 'closed', startAt: _.and([_.gte(from), _.lt(to)]) }).count(),
    paymentsWaiting(ctx, branchId),
    branchMonthCollection(ctx, branchId),
    branchComplianceNow(ctx, branchId),
    branchDevelopFigure(ctx, branchId),
  ])
  return {
    branch: { id: branch._id, name: branch.name },
    month,
    members,
    activities: { published: published.total, closed: closed.total },
    waiting: { ...waiting, paymentsReported },
    dues,
    compliance,
    develop,
  }
}
