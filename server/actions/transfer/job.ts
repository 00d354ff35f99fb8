/**
 * A 介绍信 about to lapse without its 回执: the branch's secretary (without one, its 支委) is told
 * once, from seven days before the last valid day. The day's run is claimed once (oncePer); each
 * push has its own outbox id (per transfer and person), and the transfer is marked reminded only
 * after the pushes are planned — a timer that fires twice never reminds twice.
 */
import { chinaDate } from '../../../core/dates'
import { morningOf } from '../../../core/notify/when'
import { receiptDueMessage } from '../../../core/transfer/message'
import { receiptReminderDue } from '../../../core/transfer/rules'
import { findAll } from '../../runtime/store'
import type { JobContext } from '../../runtime/types'
import { enqueue } from '../notify/outbox'
import { branchOfficers } from '../notify/branch-officers'
import { oncePer } from '../notify/planners/once'
import type { TransferDoc } from './model'

async function remindReceipts(ctx: JobContext, today: string): Promise<number> {
  const issued = await findAll<TransferDoc>(ctx.db, 'transfers', { state: 'issued', receiptRemindedAt: null })
  const due = issued.filter((t) => t.direction === 'out' && t.letter && receiptReminderDue(t.letter.validUntil, today))
  if (due.length === 0) return 0
  const branchIds = [...new Set(due.map((d) => d.branchId))]
  const branch = await branchOfficers(ctx.db, branchIds)
  const now = ctx.now()
  let planned = 0
  for (const t of due) {
    const branchName = branch.nameOf(t.branchId)
    const letter = t.letter as NonNullable<TransferDoc['letter']>
    planned += await enqueue(
      ctx.db,
      now,
      {
        key: `transfer:${t._id}:receipt`,
        message: () =>
          receiptDueMessage(
            { memberName: t.memberName, destination: t.other, validUntil: letter.validUntil },
            branchName,
            now,
          ),
      },
      branch.officersOf(t.branchId),
    )
    await ctx.db
      .collection('transfers')
      .where({ _id: t._id, receiptRemindedAt: null })
      .update({ data: { receiptRemindedAt: now } })
  }
  return planned
}

export async function planReceiptReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `transfer:${today}`, now, () => remindReceipts(ctx, today)) }
}
