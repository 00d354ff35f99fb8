/**
 * 党员发展 on the secretary's 支部概览: the branch's people in the pipeline and what is due this
 * month (and still open from before), counted as the branch's 党员发展 page lists them.
 */
import type { DevelopFigure } from '../../../core/contract/develop'
import { chinaDate } from '../../../core/dates'
import { deadlinesOf, dueThisMonth } from '../../../core/develop/rules'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { recordOf, type DevelopCandidateDoc } from './model'
import { CANDIDATES } from './page'

export async function branchDevelopFigure(ctx: ActionContext, branchId: string): Promise<DevelopFigure> {
  const today = chinaDate(ctx.now())
  const open = await findAll<DevelopCandidateDoc>(ctx.db, CANDIDATES, { branchId, status: 'active' })
  const due = open.flatMap((d) => dueThisMonth(deadlinesOf(recordOf(d)), today))
  return { people: open.length, due: due.length, overdue: due.filter((d) => d.due < today).length }
}
