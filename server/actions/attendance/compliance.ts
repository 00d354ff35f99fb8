/**
 * The rules-compliance matrix (`attendance.compliance`): branches × what the rules ask, for a
 * year, from the activities' type, month and state alone (one projected read, paged), and beside
 * it each branch's 民主评议 and 谈心谈话 of the year in words (org-life.ts).
 */
import { complianceRow, complianceWords, type RuleActivity } from '../../../core/attendance/compliance'
import { MEETING_RULES, ruleWords } from '../../../core/attendance/rules'
import type { ActivityStatus, ActivityType } from '../../../core/activity/types'
import type { ComplianceMatrix, ComplianceRowView, OrgLifeState } from '../../../core/contract/attendance'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder, type BranchFacts } from './branches'
import { ACTIVITY_PAGE } from './facts'
import { orgLifeByBranch } from './org-life'
import { viewPeriod } from './period'

interface Row {
  _id: string
  branchId: string
  type: ActivityType
  month: string
  date: string
  status: ActivityStatus
  endAt: number
}

/**
 * Published or closed: counts once it is closed or over (and, for a meeting that takes minutes,
 * once they are confirmed), is "scheduled" before.
 */
export function asRuleActivity(
  a: Omit<Row, '_id' | 'branchId'> & { id: string },
  now: number,
  confirmed: ReadonlySet<string>,
): RuleActivity {
  return {
    type: a.type,
    month: a.month,
    date: a.date,
    held: a.status === 'closed' || a.endAt <= now,
    minutesConfirmed: confirmed.has(a.id),
  }
}

/** The activities (of a branch, or of the bureau) whose 会议记录 are confirmed; paged, projected. */
export async function confirmedMinutes(ctx: ActionContext, branchId?: string): Promise<Set<string>> {
  const ids = new Set<string>()
  for (let skip = 0; ; skip += ACTIVITY_PAGE) {
    const res = await ctx.db
      .collection('minutes')
      .aggregate()
      .match({ ...(branchId ? { branchId } : {}), status: 'confirmed' })
      .sort({ _id: 1 })
      .skip(skip)
      .limit(ACTIVITY_PAGE)
      .project({ activityId: 1 })
      .end()
    const rows = res.list as Array<{ activityId: string }>
    for (const r of rows) ids.add(r.activityId)
    if (rows.length < ACTIVITY_PAGE) return ids
  }
}

export function complianceView(
  branch: BranchFacts,
  year: number,
  now: number,
  activities: RuleActivity[],
): ComplianceRowView {
  const checks = complianceRow({ year, now, hasGroups: branch.hasGroups, activities })
  return { checks, ...complianceWords(checks, now) }
}

/** The year's published and closed activities, by branch, each with whether its minutes are confirmed. */
export async function ruleActivities(
  ctx: ActionContext,
  months: string[],
  branchId?: string,
): Promise<Map<string, RuleActivity[]>> {
  const _ = ctx.db.command
  const out = new Map<string, RuleActivity[]>()
  const now = ctx.now()
  const confirmed = await confirmedMinutes(ctx, branchId)
  for (let skip = 0; ; skip += ACTIVITY_PAGE) {
    const res = await ctx.db
      .collection('activities')
      .aggregate()
      .match({
        ...(branchId ? { branchId } : {}),
        month: _.and([_.gte(months[0]), _.lte(months[months.length - 1])]),
        status: _.in(['published', 'closed']),
      })
      .sort({ _id: 1 })
      .skip(skip)
      .limit(ACTIVITY_PAGE)
      .project({ branchId: 1, type: 1, month: 1, date: 1, status: 1, endAt: 1 })
      .end()
    const rows = res.list as Row[]
    for (const r of rows) {
      const list = out.get(r.branchId) ?? []
      list.push(asRuleActivity({ ...r, id: r._id }, now, confirmed))
      out.set(r.branchId, list)
    }
    if (rows.length < ACTIVITY_PAGE) return out
  }
}

export async function complianceMatrix(input: { year?: number }, ctx: ActionContext): Promise<ComplianceMatrix> {
  return (await complianceWithActivities(ctx, input)).matrix
}

/** The matrix, and the activities by branch it was made from (the bureau's workbook counts minutes from them). */
export async function complianceWithActivities(
  ctx: ActionContext,
  input: { year?: number },
): Promise<{ matrix: ComplianceMatrix; activities: Map<string, RuleActivity[]> }> {
  const period = viewPeriod(ctx, input)
  const branches = await branchesInOrder(ctx)
  const [activities, orgLife] = await Promise.all([
    ruleActivities(ctx, period.months),
    orgLifeByBranch(
      ctx,
      period.year,
      branches.map((b) => b.id),
    ),
  ])
  const now = ctx.now()
  const matrix: ComplianceMatrix = {
    year: period.year,
    currentMonth: period.currentMonth,
    rules: MEETING_RULES.map((r) => ({
      key: r.key,
      label: r.label,
      period: r.period,
      count: r.count,
      words: ruleWords(r),
    })),
    branches: branches.map((b) => ({
      branchId: b.id,
      name: b.name,
      orgLife: orgLife.get(b.id) as OrgLifeState,
      ...complianceView(b, period.year, now, activities.get(b.id) ?? []),
    })),
  }
  return { matrix, activities }
}

/** The branch's row for the current year (支部概览). */
export async function branchComplianceNow(
  ctx: ActionContext,
  branchId: string,
): Promise<ComplianceRowView & { year: number }> {
  const period = viewPeriod(ctx, {})
  const [[branch], activities] = await Promise.all([
    branchesInOrder(ctx, branchId),
    ruleActivities(ctx, period.months, branchId),
  ])
  return { year: period.year, ...complianceView(branch, period.year, ctx.now(), activities.get(branchId) ?? []) }
}
