/** Timer job: this month's and next month's instance of every active recurring day (idempotent). */
import { findAll } from '../../runtime/store'
import type { JobContext } from '../../runtime/types'
import { currentMonths, ensureInstances } from './instances'
import type { ActivityScheduleDoc } from './model'

export async function ensureMonthlyInstances(ctx: JobContext): Promise<Record<string, number>> {
  const schedules = await findAll<ActivityScheduleDoc>(ctx.db, 'activitySchedules', { active: true })
  const created = await ensureInstances(ctx.db, schedules, currentMonths(ctx.now()), ctx.now())
  return { schedules: schedules.length, created }
}
