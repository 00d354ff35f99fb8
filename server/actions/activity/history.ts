/**
 * 活动记录: a branch's year by month, each activity with its standing counts and 补学 — read
 * from the one attendance projection (attendance/facts.ts) that 出勤总览, its drill-downs and the
 * ledger read, so the figures cannot drift apart.
 */
import type { BranchHistory, HistoryRow } from '../../../core/contract/activity'
import { inChina } from '../../../core/china-dayjs'
import { scopeBranch } from '../../runtime/access'
import type { ActionContext } from '../../runtime/types'
import { activityFacts, type ActivityFact } from '../attendance/facts'
import { branchOf } from './load'

const monthsOf = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

function historyRow(f: ActivityFact): HistoryRow {
  const { figures: n } = f
  return {
    id: f.id,
    type: f.type,
    title: f.title,
    status: f.status,
    startAt: f.startAt,
    endAt: f.endAt,
    place: f.place,
    scheduleId: f.scheduleId,
    edited: f.edited,
    expected: n.expected,
    present: n.present,
    onLeave: n.onLeave,
    leavePending: n.leavePending,
    absent: n.absent,
    waiting: f.waiting,
    makeupDone: n.makeup.done,
    makeupOpen: n.makeup.due + n.makeup.submitted + n.makeup.returned,
  }
}

export async function branchHistory(
  input: { branchId?: string; year?: number },
  ctx: ActionContext,
): Promise<BranchHistory> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const year = input.year ?? inChina(ctx.now()).year()
  const months = monthsOf(year)
  const _ = ctx.db.command
  const [branch, facts] = await Promise.all([
    branchOf(ctx, branchId),
    activityFacts(ctx, {
      branchId,
      month: _.and([_.gte(months[0]), _.lte(months[11])]),
      status: _.in(['published', 'closed']),
    }),
  ])
  const rows = facts.sort((a, b) => a.startAt - b.startAt)
  return {
    branch: { id: branch._id, name: branch.name },
    year,
    months: months
      .map((month) => ({ month, activities: rows.filter((f) => f.month === month).map(historyRow) }))
      .filter((m) => m.activities.length > 0),
  }
}
