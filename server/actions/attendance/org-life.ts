/**
 * Each branch's 民主评议 and 谈心谈话 of a year, as counts and words (制度落实情况 and the bureau's
 * workbook), and its 整改清单: the year's grades read once for the bureau, every active member once, and each
 * branch's 谈心谈话 coverage as its own sheet computes it. Every read pages through (findAll).
 */
import { countGrades } from '../../../core/appraisal/rules'
import { appraisalProgressWords, rectifyProgressWords, talkProgressWords } from '../../../core/attendance/org-life'
import { chinaDate, chinaInstant } from '../../../core/dates'
import { countItems } from '../../../core/orglife/rules'
import type { OrgLifeState } from '../../../core/contract/attendance'
import { shareWords } from '../../../core/talk/coverage'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { AppraisalDoc } from '../appraisal/model'
import type { ActivityDoc } from '../activity/model'
import type { RectifyItemDoc } from '../orglife/model'
import { coverageOf } from '../talk/load'

/**
 * Each branch's 组织生活会 of the year held so far (not cancelled, started) and the states of their
 * 整改事项 today (逾期 = open past its due day), as counts and words.
 */
async function rectifyOfYear(ctx: ActionContext, year: number): Promise<(branchId: string) => OrgLifeState['rectify']> {
  const _ = ctx.db.command
  const now = ctx.now()
  const meetings = await findAll<ActivityDoc>(ctx.db, 'activities', {
    type: 'lifeMeeting',
    status: _.in(['planned', 'published', 'closed']),
    startAt: _.and([
      _.gte(chinaInstant(`${year}-01-01 00:00`)),
      _.lt(chinaInstant(`${year + 1}-01-01 00:00`)),
      _.lte(now),
    ]),
  })
  const items =
    meetings.length === 0
      ? []
      : await findAll<RectifyItemDoc>(ctx.db, 'rectifyItems', { activityId: _.in(meetings.map((m) => m._id)) })
  const today = chinaDate(now)
  return (branchId) => {
    const c = countItems(
      items.filter((i) => i.branchId === branchId),
      today,
    )
    const counts = {
      meetings: meetings.filter((m) => m.branchId === branchId).length,
      total: c.total,
      done: c.done,
      open: c.open,
      overdue: c.overdue,
    }
    return { ...counts, words: rectifyProgressWords(counts) }
  }
}

export async function orgLifeByBranch(
  ctx: ActionContext,
  year: number,
  branchIds: string[],
): Promise<Map<string, OrgLifeState>> {
  const [members, docs, coverages, rectify] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { year }),
    Promise.all(branchIds.map((id) => coverageOf(ctx, id, year))),
    rectifyOfYear(ctx, year),
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
      rectify: rectify(branchId),
    })
  })
  return out
}
