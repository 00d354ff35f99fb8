/**
 * Activity reminders: at 18:00 the day before and an hour before the start, to each expected
 * member not on approved leave. Keyed by the start time, so a moved activity is reminded of its
 * new time and never of the old one.
 */
import { activityMessage } from '../../../../core/notify/messages'
import { activityReminderDue, type ActivityReminder } from '../../../../core/notify/when'
import { findAll } from '../../../runtime/store'
import type { JobContext } from '../../../runtime/types'
import type { ActivityDoc, LeaveRequestDoc } from '../../activity/model'
import { membersByIds } from '../members'
import { enqueue } from '../outbox'
import { oncePer } from './once'

const LOOK_AHEAD = 30 * 3600_000
const TIPS: Record<ActivityReminder, string> = {
  eve: '明天就要开始了，请准时参加',
  hour: '1小时后开始，请准时到场签到',
}

async function remind(ctx: JobContext, a: ActivityDoc, which: ActivityReminder): Promise<number> {
  const leaves = await findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', { activityId: a._id, status: 'approved' })
  const away = new Set(leaves.map((l) => l.memberId))
  const readers = await membersByIds(
    ctx.db,
    a.expectedIds.filter((id) => !away.has(id)),
  )
  const key = `act:${a._id}:${a.startAt}:${which}`
  return enqueue(
    ctx.db,
    ctx.now(),
    { key, message: () => activityMessage({ ...a, id: a._id }, TIPS[which]), activityId: a._id, tag: which },
    readers,
  )
}

export async function planActivityReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const _ = ctx.db.command
  const soon = await findAll<ActivityDoc>(ctx.db, 'activities', {
    status: 'published',
    startAt: _.and([_.gt(now), _.lte(now + LOOK_AHEAD)]),
  })
  let planned = 0
  for (const a of soon) {
    for (const which of ['eve', 'hour'] as const) {
      if (!activityReminderDue(a, which, now)) continue
      planned += await oncePer(ctx.db, `act:${a._id}:${a.startAt}:${which}`, now, () => remind(ctx, a, which))
    }
  }
  return { activities: soon.length, planned }
}
