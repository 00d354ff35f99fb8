/**
 * Overdue 整改事项: each item's owner and its branch's secretary are told once, the morning after
 * its due day has passed. The day's run is claimed once (oncePer); each push has its own outbox id
 * (per item and person), and the item is marked reminded only after the pushes are planned — so a
 * timer that fires twice, or a run that stops half way, never reminds twice and never skips one.
 */
import { chinaDate } from '../../../core/dates'
import { morningOf } from '../../../core/notify/when'
import { overdueItemMessage } from '../../../core/orglife/message'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { JobContext } from '../../runtime/types'
import { enqueue } from '../notify/outbox'
import { branchOfficers } from '../notify/branch-officers'
import { oncePer } from '../notify/planners/once'
import type { RectifyItemDoc } from './model'

async function remindOverdue(ctx: JobContext, today: string): Promise<number> {
  const _ = ctx.db.command
  const due = await findAll<RectifyItemDoc>(ctx.db, 'rectifyItems', {
    state: _.in(['notStarted', 'inProgress']),
    dueOn: _.lt(today),
    overdueRemindedAt: null,
  })
  if (due.length === 0) return 0
  const branchIds = [...new Set(due.map((d) => d.branchId))]
  const branch = await branchOfficers(ctx.db, branchIds)
  const owners = await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in([...new Set(due.map((d) => d.ownerId))]) })
  const now = ctx.now()
  let planned = 0
  for (const item of due) {
    const branchName = branch.nameOf(item.branchId)
    const officers = branch.officersOf(item.branchId)
    const owner = owners.filter((o) => o._id === item.ownerId && o.status === 'active')
    const toldIds = new Set(officers.map((o) => o._id))
    const recipients = [...officers, ...owner.filter((o) => !toldIds.has(o._id))]
    planned += await enqueue(
      ctx.db,
      now,
      {
        // One reminder per item and due day: a due day moved later may lapse, and is told, again.
        key: `orglife:${item._id}:${item.dueOn}`,
        message: (m) => overdueItemMessage(item, branchName, m._id === item.ownerId && !toldIds.has(m._id), now),
      },
      recipients,
    )
    await ctx.db
      .collection('rectifyItems')
      .where({ _id: item._id, overdueRemindedAt: null })
      .update({ data: { overdueRemindedAt: now } })
  }
  return planned
}

export async function planOverdueReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `orglife:${today}`, now, () => remindOverdue(ctx, today)) }
}
