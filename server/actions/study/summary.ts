import type { ChinaDate, ChinaMonth } from '../../../core/dates'
import type { ActionContext } from '../../runtime/types'
import { studyDaysOf } from './reads'

/**
 * For the member's 首页 (assembled by the home action from every domain): the China days
 * of a month on which the member has a study record that stands (not withdrawn), oldest first.
 */
export async function studySummary(
  ctx: ActionContext,
  memberId: string,
  month: ChinaMonth,
): Promise<{ month: ChinaMonth; studyDays: ChinaDate[] }> {
  return { month, studyDays: await studyDaysOf(ctx, memberId, month) }
}
