/**
 * 总览 (`attendance.bureau`): every branch's attendance by month and type, 补学, dues collected
 * and the share with a study record, for a month or a year — four aggregates, whatever the size
 * of the bureau. Branches in the organisation's order; nobody is ranked.
 */
import { ACTIVITY_TYPES, type ActivityType } from '../../../core/activity/types'
import { noFigures, sumFigures, type AttendanceFigures } from '../../../core/attendance/figures'
import type { BranchYearRow, BureauAttendance, DuesFigure } from '../../../core/contract/attendance'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder } from './branches'
import { activityFacts, heldFilter, type ActivityFact } from './facts'
import { duesByMonth, studyByBranch, studyFigure, sumDues } from './money-study'
import { inPeriod, viewPeriod, type ViewPeriod } from './period'

type Row = Omit<BranchYearRow, 'branchId' | 'name'>

function attendanceOf(facts: ActivityFact[], period: ViewPeriod): Pick<Row, 'total' | 'byType' | 'byMonth'> {
  const byMonth = period.months.map((m) => sumFigures(facts.filter((f) => f.month === m).map((f) => f.figures)))
  const chosen = facts.filter((f) => inPeriod(period, f.month))
  const byType: Partial<Record<ActivityType, AttendanceFigures>> = {}
  for (const type of ACTIVITY_TYPES) {
    const of = chosen.filter((f) => f.type === type)
    if (of.length > 0) byType[type] = sumFigures(of.map((f) => f.figures))
  }
  return { total: chosen.length > 0 ? sumFigures(chosen.map((f) => f.figures)) : noFigures(), byType, byMonth }
}

export async function bureauAttendance(
  input: { year?: number; month?: string },
  ctx: ActionContext,
): Promise<BureauAttendance> {
  const period = viewPeriod(ctx, input)
  const chosenMonths = period.month ? [period.month] : period.months
  const [branches, facts, dues, study] = await Promise.all([
    branchesInOrder(ctx),
    activityFacts(ctx, heldFilter(ctx, period.months)),
    duesByMonth(ctx, chosenMonths, []),
    studyByBranch(ctx, chosenMonths),
  ])
  const held = facts.filter((f) => f.held)
  const rows: BranchYearRow[] = branches.map((b) => {
    const tally = study.get(b.id)
    const withRecord = period.month ? (tally?.byMonth.get(period.month) ?? 0) : (tally?.year ?? 0)
    return {
      branchId: b.id,
      name: b.name,
      ...attendanceOf(
        held.filter((f) => f.branchId === b.id),
        period,
      ),
      dues: sumDues(chosenMonths.map((m) => dues.figure(b.id, m))),
      study: studyFigure(b.members, withRecord),
    }
  })
  const shown = new Set(branches.map((b) => b.id))
  const bureauFacts = held.filter((f) => shown.has(f.branchId))
  const members = branches.reduce((s, b) => s + b.members, 0)
  const types = ACTIVITY_TYPES.filter((t) => bureauFacts.some((f) => f.type === t && inPeriod(period, f.month)))
  return {
    year: period.year,
    month: period.month,
    months: period.months,
    currentMonth: period.currentMonth,
    types,
    bureau: {
      ...attendanceOf(bureauFacts, period),
      dues: sumDues(rows.map((r) => r.dues as DuesFigure)),
      study: studyFigure(
        members,
        rows.reduce((s, r) => s + r.study.withRecord, 0),
      ),
    },
    branches: rows,
  }
}
