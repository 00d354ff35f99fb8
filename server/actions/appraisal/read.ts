/** A member's own 民主评议 grades, and the office's counts per branch (no names). */
import { countGrades, excellentCheck, yearsOffered } from '../../../core/appraisal/rules'
import { APPRAISAL_GRADES } from '../../../core/appraisal/types'
import type { AppraisalCounts, AppraisalSheet, MyAppraisals } from '../../../core/contract/appraisal'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder } from '../attendance/branches'
import type { AppraisalDoc } from './model'
import { appraisalSheet, checkedYear, currentYear, gradeView } from './sheet'

export async function sheet(input: { branchId?: string; year?: number }, ctx: ActionContext): Promise<AppraisalSheet> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  return appraisalSheet(ctx, branchId, checkedYear(ctx, input.year))
}

/** Only the caller's own records: the query is by their member id, never by branch. */
export async function myAppraisals(_input: object, ctx: ActionContext): Promise<MyAppraisals> {
  const me = ctx.caller.member
  if (!me) throw new DomainError('AUTH.NOT_BOUND')
  const docs = await findAll<AppraisalDoc>(ctx.db, 'appraisals', { memberId: me._id })
  const today = chinaDate(ctx.now())
  return {
    name: me.name,
    grades: docs
      .sort((a, b) => b.year - a.year)
      .map((d) => {
        const view = gradeView(d, today)
        return {
          year: d.year,
          grade: d.grade,
          label: view.label,
          reason: view.reason,
          decidedOn: d.decidedOn,
          rectification: view.rectification,
        }
      }),
  }
}

export async function appraisalCounts(input: { year?: number }, ctx: ActionContext): Promise<AppraisalCounts> {
  const year = checkedYear(ctx, input.year)
  const [branches, docs, members] = await Promise.all([
    branchesInOrder(ctx),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { year }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
  ])
  const rows = branches.map((b) => {
    const roll = members.filter((m) => m.branchId === b.id)
    const full = roll.filter((m) => !m.probationary).length
    const counts = countGrades(docs.filter((d) => d.branchId === b.id).map((d) => d.grade))
    const recorded = APPRAISAL_GRADES.reduce((sum, g) => sum + counts[g], 0)
    return {
      branchId: b.id,
      name: b.name,
      members: full,
      probationary: roll.length - full,
      counts,
      recorded,
      excellentOver: excellentCheck(counts.excellent, full).over,
    }
  })
  const totals = countGrades(docs.filter((d) => rows.some((r) => r.branchId === d.branchId)).map((d) => d.grade))
  return {
    year,
    years: yearsOffered(currentYear(ctx)),
    branches: rows,
    totals: {
      ...totals,
      members: rows.reduce((s, r) => s + r.members, 0),
      recorded: rows.reduce((s, r) => s + r.recorded, 0),
    },
  }
}
