/** A member's 党费 page: what they (or their secretary) see of their dues, in one call. */
import type { MemberDuesView } from '../../../core/contract/dues'
import { chinaDate } from '../../../core/dates'
import {
  addMonths,
  arrearsOf,
  maxMonth,
  monthLabel,
  monthsLabel,
  payable,
  payOptions,
  toDuesMonth,
  type PayContext,
} from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { loadMemberState, type MemberState } from './member-state'
import { mayCollect } from './settings'
import { currentAmount, newestFirst, toEntry } from './views'

const HISTORY_MONTHS = 24
const PAYMENTS_SHOWN = 20

export function payContext(state: MemberState, by: PayContext['by']): PayContext {
  return {
    months: state.months,
    currentMonth: state.currentMonth,
    firstMonth: state.firstMonth,
    limit: state.settings.prepayLimit,
    by,
  }
}

function notice(state: MemberState, by: PayContext['by']): string | null {
  const { tooOld, blockedAt } = payable(payContext(state, by))
  const parts: string[] = []
  if (tooOld.length > 0) {
    parts.push(
      `${monthsLabel(tooOld)}共${tooOld.length}个月的欠交已超过${state.settings.prepayLimit}个月的补交期限，请与支部书记联系`,
    )
  }
  if (blockedAt) parts.push(`${monthLabel(blockedAt)}起的党费金额还没有确定，请与支部书记联系`)
  return parts.length ? parts.join('；') : null
}

export function buildView(state: MemberState, now: number, by: PayContext['by'], canCollect: boolean): MemberDuesView {
  const { member, settings, currentMonth } = state
  const from = maxMonth(state.firstMonth, addMonths(currentMonth, -(HISTORY_MONTHS - 1)))
  const history = state.months
    .filter((m) => m.month >= from && (m.month <= currentMonth || m.billed))
    .map((m) => toDuesMonth(m, currentMonth))
    .reverse()
  const thisMonth = state.months.find((m) => m.month === currentMonth)
  const ids = new Set(state.payments.map((p) => p._id))
  return {
    member: {
      id: member._id,
      name: member.name,
      branchId: member.branchId,
      branchName: state.branch?.name ?? '',
      probationary: member.probationary,
    },
    settings: { collectionDay: settings.collectionDay, prepayLimit: settings.prepayLimit },
    today: chinaDate(now),
    currentMonth,
    firstMonth: state.firstMonth,
    amount: currentAmount(member, settings, state.records, currentMonth, now),
    thisMonth: thisMonth
      ? toDuesMonth(thisMonth, currentMonth)
      : { month: currentMonth, dueFen: null, paidFen: 0, owedFen: 0, status: 'noAmount' },
    arrears: arrearsOf(state.months, currentMonth),
    history,
    payments: [...state.payments]
      .sort(newestFirst)
      .slice(0, PAYMENTS_SHOWN)
      .map((p) => toEntry(p, ids)),
    payOptions: payOptions(payContext(state, by)),
    notice: notice(state, by),
    canCollect,
  }
}

/** `dues.my` */
export async function myDues(_input: object, ctx: ActionContext): Promise<MemberDuesView> {
  const now = ctx.now()
  const state = await loadMemberState(ctx.db, ctx.caller.member as MemberDoc, now)
  return buildView(state, now, 'member', false)
}

/** `dues.member`: a secretary's view of one member of their branch. */
export async function memberDues(input: { memberId: string }, ctx: ActionContext): Promise<MemberDuesView> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  scopeBranch(ctx.caller, member.branchId)
  const now = ctx.now()
  const state = await loadMemberState(ctx.db, member, now)
  return buildView(state, now, 'collector', mayCollect(ctx.caller, state.settings))
}
