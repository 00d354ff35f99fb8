/**
 * The timer-only `sender` drains the outbox. Each round reads a batch of due pushes, claims them
 * in one conditional update (`pending` → `sending` with this round's claim id), reads back what it
 * won, and sends with bounded concurrency; each outcome is written as soon as it is known. It
 * stops well before the function's time limit and the next tick resumes.
 *
 * A crash between a send and its mark leaves the push `sending`: a push still `sending` three
 * minutes later (longer than any run may last) is marked `unknown` and never retried, so a crash
 * can lose a push (the inbox still has the notice) but never sends one twice.
 */
import { TEMPLATE_KEYS } from '../../../core/notify/templates'
import type { JobContext } from '../../runtime/types'
import { subscriptionId } from './ids'
import { membersByIds } from './members'
import type { OutboxDoc, SubscriptionDoc } from './model'
import { backoffMs, sendOne, type Outcome } from './send-one'
import { subscriptionsFor } from './subscriptions'

export interface DrainOptions {
  /** Stop claiming new batches after this long (the function's limit is 60 s). */
  budgetMs: number
  batch: number
  concurrency: number
}

export const DRAIN: DrainOptions = { budgetMs: 40_000, batch: 100, concurrency: 20 }
export const STALE_SENDING_MS = 3 * 60_000

type Counts = Record<'sent' | 'noQuota' | 'failed' | 'unknown' | 'skipped' | 'retry' | 'rounds' | 'stale', number>

async function mark(ctx: JobContext, doc: OutboxDoc, outcome: Outcome): Promise<void> {
  const now = ctx.now()
  const _ = ctx.db.command
  const outbox = ctx.db.collection('outbox').doc(doc._id)
  if (outcome.status === 'sent') {
    await outbox.update({ data: { status: 'sent', sentAt: now, attempts: doc.attempts + 1, updatedAt: now } })
    await ctx.db
      .collection('subscriptions')
      .where({ _id: subscriptionId(doc.memberId, doc.template), remaining: _.gt(0) })
      .update({ data: { remaining: _.inc(-1), updatedAt: now } })
    return
  }
  const reason = { code: outcome.code, message: outcome.message }
  if (outcome.status === 'retry') {
    await outbox.update({
      data: {
        status: 'pending',
        attempts: doc.attempts + 1,
        nextAttemptAt: now + backoffMs(doc.attempts + 1),
        claimId: null,
        reason,
        updatedAt: now,
      },
    })
    return
  }
  await outbox.update({ data: { status: outcome.status, attempts: doc.attempts + 1, reason, updatedAt: now } })
  if (outcome.status === 'noQuota' && outcome.code === 43101) {
    await ctx.db
      .collection('subscriptions')
      .where({ _id: subscriptionId(doc.memberId, doc.template) })
      .update({ data: { remaining: 0, updatedAt: now } })
  }
}

async function sendBatch(ctx: JobContext, docs: OutboxDoc[], concurrency: number, counts: Counts): Promise<void> {
  const members = new Map(
    (
      await membersByIds(
        ctx.db,
        docs.map((d) => d.memberId),
      )
    ).map((m) => [m._id, m]),
  )
  const subs = new Map<string, SubscriptionDoc>()
  for (const template of TEMPLATE_KEYS) {
    const ids = docs.filter((d) => d.template === template).map((d) => d.memberId)
    if (ids.length === 0) continue
    for (const [memberId, sub] of await subscriptionsFor(ctx.db, ids, template))
      subs.set(`${memberId}_${template}`, sub)
  }
  let next = 0
  const worker = async () => {
    while (next < docs.length) {
      const doc = docs[next++]
      const outcome = await sendOne(
        ctx.cloud,
        doc,
        members.get(doc.memberId),
        subs.get(`${doc.memberId}_${doc.template}`),
      )
      await mark(ctx, doc, outcome)
      counts[outcome.status] += 1
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, docs.length) }, worker))
}

export async function drainOutbox(ctx: JobContext, opts: DrainOptions = DRAIN): Promise<Record<string, number>> {
  const started = performance.now()
  const _ = ctx.db.command
  const outbox = ctx.db.collection('outbox')
  const counts: Counts = { sent: 0, noQuota: 0, failed: 0, unknown: 0, skipped: 0, retry: 0, rounds: 0, stale: 0 }
  const stale = await outbox.where({ status: 'sending', claimedAt: _.lt(ctx.now() - STALE_SENDING_MS) }).update({
    data: { status: 'unknown', reason: { code: null, message: '发送中断，无法确认是否送达（不会重发）' } },
  })
  counts.stale = stale.stats.updated
  while (performance.now() - started < opts.budgetMs) {
    const now = ctx.now()
    const due = (
      await outbox
        .where({ status: 'pending', nextAttemptAt: _.lte(now) })
        .orderBy('nextAttemptAt', 'asc')
        .limit(opts.batch)
        .field({ _id: true })
        .get()
    ).data as Array<{ _id: string }>
    if (due.length === 0) break
    const claimId = `${ctx.requestId}:${counts.rounds++}`
    await outbox
      .where({ _id: _.in(due.map((d) => d._id)), status: 'pending' })
      .update({ data: { status: 'sending', claimId, claimedAt: now, updatedAt: now } })
    const mine = (await outbox.where({ claimId }).limit(opts.batch).get()).data as OutboxDoc[]
    if (mine.length > 0) await sendBatch(ctx, mine, opts.concurrency, counts)
  }
  return counts
}
