/** 活动安排's 调整时间: one activity moved, answered with the month as it now stands. */
import type { ScheduleOverview } from '../../../core/contract/activity'
import { chinaMonth } from '../../../core/dates'
import type { ActionContext } from '../../runtime/types'
import { overview } from './schedule'
import { updateActivity } from './update'

export interface MoveInput {
  activityId: string
  changes: { date?: string; startTime?: string; endTime?: string; place?: string }
  reason?: string
  /** The month the page shows; default the moved activity's. */
  month?: string
}

/** The same rules, content check, audit and notices as activity.update: only the answer differs. */
export async function moveScheduled(input: MoveInput, ctx: ActionContext): Promise<ScheduleOverview> {
  const moved = await updateActivity(
    { activityId: input.activityId, changes: input.changes, ...(input.reason ? { reason: input.reason } : {}) },
    ctx,
  )
  return overview(ctx, moved.branchId, input.month ?? chinaMonth(moved.startAt))
}
