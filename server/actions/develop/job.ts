/**
 * 党员发展's deadlines: each reminds the branch's secretary (and for approvals waiting past three
 * months, the office) once, the morning its day comes (core/develop/rules.ts deadlinesOf). The
 * day's run is claimed once (oncePer); each push has its own outbox id (per deadline and person),
 * and the deadline's key is added to the person's `reminded` only after the pushes are planned —
 * so a timer that fires twice, or a run that stops half way, never reminds twice and never skips one.
 */
import { chinaDate } from '../../../core/dates'
import { developDeadlineMessage } from '../../../core/develop/message'
import { deadlinesOf, remindersDue } from '../../../core/develop/rules'
import { morningOf } from '../../../core/notify/when'
import type { MemberDoc } from '../../model'
import { adminOpenids } from '../../runtime/caller'
import { findAll } from '../../runtime/store'
import type { JobContext } from '../../runtime/types'
import { enqueue } from '../notify/outbox'
import { branchOfficers } from '../notify/branch-officers'
import { oncePer } from '../notify/planners/once'
import { recordOf, type DevelopCandidateDoc } from './model'
import { CANDIDATES } from './page'

async function remindDeadlines(ctx: JobContext, today: string): Promise<number> {
  const _ = ctx.db.command
  const people = await findAll<DevelopCandidateDoc>(ctx.db, CANDIDATES, { status: 'active' })
  const due = people
    .map((p) => ({ p, list: remindersDue(deadlinesOf(recordOf(p), p.status), today, p.reminded) }))
    .filter((x) => x.list.length > 0)
  if (due.length === 0) return 0
  const branchIds = [...new Set(due.map((d) => d.p.branchId))]
  const admins = [...adminOpenids()]
  const [branch, office] = await Promise.all([
    branchOfficers(ctx.db, branchIds),
    admins.length > 0
      ? findAll<MemberDoc>(ctx.db, 'members', { openid: _.in(admins), status: 'active' })
      : Promise.resolve([] as MemberDoc[]),
  ])
  const now = ctx.now()
  let planned = 0
  for (const { p, list } of due) {
    const branchName = branch.nameOf(p.branchId)
    const own = branch.officersOf(p.branchId)
    const ownIds = new Set(own.map((o) => o._id))
    for (const d of list) {
      const extra = d.office ? office.filter((o) => !ownIds.has(o._id)) : []
      const officeIds = new Set(extra.map((o) => o._id))
      planned += await enqueue(
        ctx.db,
        now,
        {
          key: `develop:${p._id}:${d.key}`,
          message: (m) => developDeadlineMessage(d, { id: p._id, name: p.name }, branchName, officeIds.has(m._id), now),
        },
        [...own, ...extra],
      )
    }
    await ctx.db
      .collection(CANDIDATES)
      .doc(p._id)
      .update({ data: { reminded: _.push(list.map((d) => d.key)) } })
  }
  return planned
}

export async function planDevelopReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `develop:${today}`, now, () => remindDeadlines(ctx, today)) }
}
