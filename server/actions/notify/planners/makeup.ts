/** 补学 still open seven days after it was set: one reminder per task, once a day's run (from 09:00). */
import { chinaDate } from '../../../../core/dates'
import { makeupMessage } from '../../../../core/notify/messages'
import { morningOf } from '../../../../core/notify/when'
import { findAll } from '../../../runtime/store'
import type { JobContext } from '../../../runtime/types'
import type { MakeupTaskDoc } from '../../activity/model'
import { membersByIds } from '../members'
import { enqueue } from '../outbox'
import { oncePer } from './once'

const DAY = 24 * 3600_000
const STATE_WORDS = { due: '待补学', returned: '待修改' } as const

async function remindOpenTasks(ctx: JobContext): Promise<number> {
  const now = ctx.now()
  const _ = ctx.db.command
  // Set a week ago or more; two weeks back, so that a day the timer missed is caught up.
  const tasks = await findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', {
    status: _.in(['due', 'returned']),
    createdAt: _.and([_.gt(now - 14 * DAY), _.lte(now - 7 * DAY)]),
  })
  const members = new Map(
    (
      await membersByIds(
        ctx.db,
        tasks.map((t) => t.memberId),
      )
    ).map((m) => [m._id, m]),
  )
  let planned = 0
  for (const t of tasks) {
    const member = members.get(t.memberId)
    if (!member) continue
    const state = STATE_WORDS[t.status as keyof typeof STATE_WORDS]
    planned += await enqueue(
      ctx.db,
      now,
      {
        key: `makeup:${t._id}:7d`,
        message: () =>
          makeupMessage({ activityId: t.activityId, title: t.activity.title }, state, '请阅读活动材料后提交心得'),
        activityId: t.activityId,
      },
      [member],
    )
  }
  return planned
}

export async function planMakeupReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `makeup:${today}`, now, () => remindOpenTasks(ctx)) }
}
