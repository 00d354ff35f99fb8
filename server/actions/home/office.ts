/**
 * 首页 for the party office: this month across the bureau as 出勤总览 computes it for the month
 * (attendance, dues, study: the same function, so the figures match to the person and the fen),
 * and the branches that need attention by the rules of core/home/attention.ts, in the
 * organisation's order.
 */
import { ATTENTION_LIMITS, attentionFrom, attentionReasons, type StaleWaiting } from '../../../core/home/attention'
import type { OfficeHome } from '../../../core/contract/home'
import { chinaMonth } from '../../../core/dates'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { pendingLeave } from '../activity/waiting'
import { branchesInOrder } from '../attendance/branches'
import { bureauAttendance } from '../attendance/bureau'
import { ruleActivities } from '../attendance/compliance'
import { arrearsRows } from '../dues/branch'
import type { DuesBillDoc } from '../dues/model'
import { reportedPayments } from '../dues/waiting'

const DAY_MS = 24 * 60 * 60 * 1000

/** Per branch: active members with `arrearsMonths` or more consecutive months unpaid, as 党费 lists arrears. */
async function arrearsByBranch(ctx: ActionContext, month: string): Promise<Map<string, number>> {
  const [members, open] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', { state: 'open', month: ctx.db.command.lt(month) }),
  ])
  const branchOf = new Map(members.map((m) => [m._id, m.branchId]))
  const out = new Map<string, number>()
  for (const row of arrearsRows(members, open, month)) {
    if (row.consecutive < ATTENTION_LIMITS.arrearsMonths) continue
    const branchId = branchOf.get(row.memberId) as string
    out.set(branchId, (out.get(branchId) ?? 0) + 1)
  }
  return out
}

/** A branch's queue items (the same "waiting" as its queues) sent before the cut-off. */
async function staleWaiting(ctx: ActionContext, branchId: string, before: number): Promise<StaleWaiting> {
  const _ = ctx.db.command
  const [leave, makeup, payments] = await Promise.all([
    pendingLeave(ctx, branchId),
    ctx.db
      .collection('makeupTasks')
      .where({ branchId, status: 'submitted', submittedAt: _.lt(before) })
      .count(),
    ctx.db
      .collection('duesPayments')
      .where({ ...reportedPayments(branchId), reportedAt: _.lt(before) })
      .count(),
  ])
  return {
    leave: leave.filter((p) => p.request.requestedAt < before).length,
    makeup: makeup.total,
    payments: payments.total,
  }
}

export async function officeHome(ctx: ActionContext): Promise<OfficeHome> {
  const now = ctx.now()
  const month = chinaMonth(now)
  const year = Number(month.slice(0, 4))
  const [bureau, branches, activities, arrears] = await Promise.all([
    bureauAttendance({ year, month }, ctx),
    branchesInOrder(ctx),
    ruleActivities(ctx, [attentionFrom(now), `${year}-12`]),
    arrearsByBranch(ctx, month),
  ])
  const before = now - ATTENTION_LIMITS.waitingDays * DAY_MS
  const stale = await Promise.all(branches.map((b) => staleWaiting(ctx, b.id, before)))
  const attention = branches
    .map((b, i) => ({
      branchId: b.id,
      name: b.name,
      reasons: attentionReasons({
        now,
        hasGroups: b.hasGroups,
        activities: activities.get(b.id) ?? [],
        arrearsMembers: arrears.get(b.id) ?? 0,
        stale: stale[i],
      }),
    }))
    .filter((b) => b.reasons.length > 0)
  return {
    month,
    branches: branches.length,
    members: bureau.bureau.study.members,
    attendance: bureau.bureau.total,
    dues: bureau.bureau.dues,
    study: bureau.bureau.study,
    attention,
  }
}
