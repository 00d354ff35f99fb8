/** The secretary's 组织关系 page: the branch's 转出, 转入 and 外出, in one read. */
import type { TransferPage } from '../../../core/contract/transfer'
import { chinaDate, chinaMonth } from '../../../core/dates'
import { TRANSFER_RULE_SOURCE } from '../../../core/transfer/labels'
import { OPEN_TRANSFER_STATES } from '../../../core/transfer/types'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { AbsenceDoc, TransferDoc } from './model'
import { absenceView, arrivalView, byUrgency, transferView } from './views'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh')

export async function branchName(ctx: ActionContext, branchId: string): Promise<string> {
  return (await findById<OrgDoc>(ctx.db, 'orgs', branchId))?.name ?? '党支部'
}

export async function transferPage(ctx: ActionContext, branchId: string): Promise<TransferPage> {
  const today = chinaDate(ctx.now())
  const [name, people, transfers, absences] = await Promise.all([
    branchName(ctx, branchId),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    findAll<TransferDoc>(ctx.db, 'transfers', { branchId }),
    findAll<AbsenceDoc>(ctx.db, 'absences', { branchId }),
  ])
  const boundIds = new Set(people.filter((p) => p.openid).map((p) => p._id))
  const transferring = new Set(
    transfers.filter((t) => t.direction === 'out' && OPEN_TRANSFER_STATES.includes(t.state)).map((t) => t.memberId),
  )
  const outgoing = transfers
    .filter((t) => t.direction === 'out')
    .map((t) => transferView(t, name, today))
    .sort(byUrgency)
  const arrivals = transfers
    .filter((t) => t.direction === 'in')
    .sort((a, b) => b.requestedAt - a.requestedAt)
    .map((t) => arrivalView(t, boundIds.has(t.memberId)))
  const away = absences
    .sort((a, b) => (a.state === b.state ? (a.fromOn < b.fromOn ? 1 : -1) : a.state === 'away' ? -1 : 1))
    .map((a) => absenceView(a, today))
  return {
    branch: { id: branchId, name },
    today,
    currentMonth: chinaMonth(ctx.now()),
    source: TRANSFER_RULE_SOURCE,
    people: people.sort(byName).map((p) => ({ id: p._id, name: p.name, transferring: transferring.has(p._id) })),
    outgoing,
    arrivals,
    absences: away,
  }
}

export function getTransferPage(input: { branchId?: string }, ctx: ActionContext): Promise<TransferPage> {
  return transferPage(ctx, scopeBranch(ctx.caller, input.branchId))
}
