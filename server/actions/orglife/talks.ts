/**
 * 会前谈心谈话 of one 组织生活会: the run-up core/orglife/rules.ts talkRunUp draws before the meeting's
 * day, and the branch's coverage over it. One reading for every screen that shows it — the
 * secretary's checklist, the 谈心谈话 sheet's nudge and 首页's 支部待办 — so their figures agree.
 */
import { chinaDate } from '../../../core/dates'
import { previousMeetingDay, talkRunUp } from '../../../core/orglife/rules'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from '../activity/model'
import { coverageBetween } from '../talk/load'

/** The branch's 组织生活会 not called off, latest first. */
export async function lifeMeetingsOf(ctx: ActionContext, branchId: string): Promise<ActivityDoc[]> {
  const found = await findAll<ActivityDoc>(ctx.db, 'activities', { branchId, type: 'lifeMeeting' })
  return found.filter((a) => a.status !== 'cancelled').sort((a, b) => b.startAt - a.startAt)
}

/**
 * The run-up window of `meeting` (its China day read from its start) and the coverage in it. `meetings` (the branch's 组织生活会 not
 * called off) is read when not given.
 */
export async function runUpCoverage(
  ctx: ActionContext,
  meeting: Pick<ActivityDoc, '_id' | 'branchId' | 'startAt'>,
  meetings?: ActivityDoc[],
) {
  const all = meetings ?? (await lifeMeetingsOf(ctx, meeting.branchId))
  const day = chinaDate(meeting.startAt)
  const others = all.filter((m) => m._id !== meeting._id).map((m) => chinaDate(m.startAt))
  const window = talkRunUp(day, previousMeetingDay(day, others))
  return { window, ...(await coverageBetween(ctx, meeting.branchId, window)) }
}
