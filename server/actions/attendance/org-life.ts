/**
 * Each branch's 民主评议 and 谈心谈话 of a year, as counts and words (制度落实情况 and the bureau's
 * workbook): the year's grades read once for the bureau, every active member once, and each
 * branch's 谈心谈话 coverage as its own sheet computes it. Every read pages through (findAll).
 */
import { countGrades } from '../../../core/appraisal/rules'
import { appraisalProgressWords, talkProgressWords } from '../../../core/attendance/org-life'
import type { OrgLifeState } from '../../../core/contract/attendance'
import { shareWords } from '../../../core/talk/coverage'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { AppraisalDoc } from '../appraisal/model'
import { coverageOf } from '../talk/load'

export async function orgLifeByBranch(
  ctx: ActionContext,
  year: number,
  branchIds: string[],
): Promise<Map<string, OrgLifeState>> {
  const [members, docs, coverages] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { year }),
    Promise.all(branchIds.map((id) => coverageOf(ctx, id, year))),
  ])
  const out = new Map<string, OrgLifeState>()
  branchIds.forEach((branchId, i) => {
    const roll = members.filter((m) => m.branchId === branchId)
    const full = roll.filter((m) => !m.probationary)
    const graded = new Map(docs.filter((d) => d.branchId === branchId).map((d) => [d.memberId, d.grade] as const))
    const grades = full.flatMap((m) => {
      const g = graded.get(m._id)
      return g ? [g] : []
    })
    const { figures, talks } = coverages[i]
    out.set(branchId, {
      appraisal: {
        evaluated: full.length,
        graded: grades.length,
        probationary: roll.length - full.length,
        counts: countGrades(grades),
        words: appraisalProgressWords(grades.length, full.length),
      },
      talk: {
        counted: figures.counted,
        covered: figures.covered,
        talks: talks.length,
        share: shareWords(figures.covered, figures.counted),
        words: talkProgressWords(figures.covered, figures.counted),
      },
    })
  })
  return out
}
