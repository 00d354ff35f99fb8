/**
 * 限期改正 ending: the branch's secretary is reminded once, from a month before the end. The
 * day's run is claimed once (oncePer); each push has its own outbox id (per record, end day and
 * secretary), and the record is marked reminded only after the push is planned — so a timer that
 * fires twice, or a run that stops half way, never reminds twice and never skips one.
 */
import { addDays } from '../../../core/appraisal/rules'
import { APPRAISAL_LIMITS } from '../../../core/appraisal/limits'
import { chinaDate } from '../../../core/dates'
import { rectificationMessage } from '../../../core/notify/messages'
import { morningOf } from '../../../core/notify/when'
import { findAll } from '../../runtime/store'
import type { JobContext } from '../../runtime/types'
import { enqueue } from '../notify/outbox'
import { branchOfficers } from '../notify/branch-officers'
import { oncePer } from '../notify/planners/once'
import type { AppraisalDoc } from './model'

async function remindEnding(ctx: JobContext, today: string): Promise<number> {
  const _ = ctx.db.command
  const due = await findAll<AppraisalDoc>(ctx.db, 'appraisals', {
    'rectification.remindedAt': null,
    'rectification.endsOn': _.and([_.gte(today), _.lte(addDays(today, APPRAISAL_LIMITS.remindDaysBefore))]),
  })
  if (due.length === 0) return 0
  const branchIds = [...new Set(due.map((d) => d.branchId))]
  const branch = await branchOfficers(ctx.db, branchIds)
  const now = ctx.now()
  let planned = 0
  for (const doc of due) {
    const endsOn = doc.rectification?.endsOn
    if (!endsOn) continue
    const branchName = branch.nameOf(doc.branchId)
    planned += await enqueue(
      ctx.db,
      now,
      {
        key: `appraisal:${doc._id}:${endsOn}`,
        message: () => rectificationMessage({ year: doc.year, memberName: doc.memberName, branchName, endsOn }, now),
      },
      branch.officersOf(doc.branchId),
    )
    await ctx.db
      .collection('appraisals')
      .where({ _id: doc._id, 'rectification.endsOn': endsOn, 'rectification.remindedAt': null })
      .update({ data: { 'rectification.remindedAt': now } })
  }
  return planned
}

export async function planRectificationReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `appraisal:${today}`, now, () => remindEnding(ctx, today)) }
}
