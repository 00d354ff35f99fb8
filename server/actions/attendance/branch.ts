/**
 * A branch's months at a glance (`attendance.branch`): types × months, the activities held in the
 * chosen period, dues and study beside them, and the branch's row of the rules matrix — four
 * aggregates. The figures are the ones 总览 shows for the same branch and period.
 */
import { ACTIVITY_TYPES } from '../../../core/activity/types'
import { sumFigures } from '../../../core/attendance/figures'
import type { ActivityFiguresRow, BranchAttendance } from '../../../core/contract/attendance'
import { scopeBranch } from '../../runtime/access'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder } from './branches'
import { asRuleActivity, complianceView, confirmedMinutes } from './compliance'
import { activityFacts, type ActivityFact } from './facts'
import { duesByMonth, studyByBranch, studyFigure, sumDues } from './money-study'
import { inPeriod, viewPeriod } from './period'

export function factRow(f: ActivityFact): ActivityFiguresRow {
  return {
    id: f.id,
    type: f.type,
    title: f.title,
    status: f.status,
    date: f.date,
    startAt: f.startAt,
    place: f.place,
    figures: f.figures,
  }
}

export async function branchAttendance(
  input: { branchId?: string; year?: number; month?: string },
  ctx: ActionContext,
): Promise<BranchAttendance> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const period = viewPeriod(ctx, input)
  const _ = ctx.db.command
  const [[branch], facts, dues, study, confirmed] = await Promise.all([
    branchesInOrder(ctx, branchId),
    activityFacts(ctx, {
      branchId,
      month: _.and([_.gte(period.months[0]), _.lte(period.months[11])]),
      status: _.in(['published', 'closed']),
    }),
    duesByMonth(ctx, period.months, [branchId]),
    studyByBranch(ctx, period.months, branchId),
    confirmedMinutes(ctx, branchId),
  ])
  const held = facts.filter((f) => f.held)
  const figuresOf = (list: ActivityFact[]) => sumFigures(list.map((f) => f.figures))
  const byMonth = period.months.map((m) => figuresOf(held.filter((f) => f.month === m)))
  const grid = ACTIVITY_TYPES.filter((t) => held.some((f) => f.type === t)).map((type) => {
    const of = held.filter((f) => f.type === type)
    return {
      type,
      total: figuresOf(of.filter((f) => inPeriod(period, f.month))),
      byMonth: period.months.map((m) => figuresOf(of.filter((f) => f.month === m))),
    }
  })
  const duesMonths = period.months.map((m) => dues.figure(branchId, m))
  const tally = study.get(branchId)
  const studyMonths = period.months.map((m) => studyFigure(branch.members, tally?.byMonth.get(m) ?? 0))
  const chosen = (i: number) => inPeriod(period, period.months[i])
  return {
    branch: { id: branch.id, name: branch.name },
    year: period.year,
    month: period.month,
    months: period.months,
    currentMonth: period.currentMonth,
    total: figuresOf(held.filter((f) => inPeriod(period, f.month))),
    byMonth,
    grid,
    activities: held
      .filter((f) => inPeriod(period, f.month))
      .sort((a, b) => b.startAt - a.startAt)
      .map(factRow),
    dues: { total: sumDues(duesMonths.filter((_d, i) => chosen(i))), byMonth: duesMonths },
    study: {
      total: period.month
        ? studyMonths[period.months.indexOf(period.month)]
        : studyFigure(branch.members, tally?.year ?? 0),
      byMonth: studyMonths,
    },
    compliance: complianceView(
      branch,
      period.year,
      ctx.now(),
      facts.map((f) => asRuleActivity(f, ctx.now(), confirmed)),
    ),
  }
}
