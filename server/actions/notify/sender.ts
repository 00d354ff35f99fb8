/**
 * The timer-only `sender` drains the outbox. Each round reads a batch of due pushes, claims them
 * in one conditional update (`pending` → `claimed` with this round's claim id) and reads back what
 * it won. It then sends them a chunk at a time: one update marks the chunk `sending`, the chunk
 * goes out with bounded concurrency, and the outcomes are written grouped by kind — so a reminder
 * costs about one database request. It stops well before the function's time limit and the next
 * tick resumes.
 *
 * A crash leaves the chunk under way `sending`: a push still `sending` three minutes later
 * (longer than any run may last) is marked `unknown` and never retried, so a crash leaves at most
 * one chunk unconfirmed (they may well have arrived; the inbox has the notice anyway) but never
 * sends one twice. Pushes the run had claimed but not started are still `claimed`: three minutes
 * later they go back to `pending` and the next run sends them — a crash loses none of those.
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

type Counts = Record<
  'sent' | 'noQuota' | 'failed' | 'unknown' | 'skipped' | 'retry' | 'rounds' | 'stale' | 'reclaimed',
  number
>

/** One push's outcome, waiting to be written with others of the same kind in one update. */
interface Done {
  doc: OutboxDoc
  outcome: Outcome
}

/**
 * Writes outcomes in a few updates, not one per push: all sent in one, all without quota in one,
 * and so on (each with this round's claim id, so nothing another run reclaimed is touched).
 * Until written, pushes stay `sending`: a crash before this point makes them `unknown`, never resent.
 */
async function flush(ctx: JobContext, claimId: string, done: Done[]): Promise<void> {
  if (done.length === 0) return
  const now = ctx.now()
  const _ = ctx.db.command
  const outbox = ctx.db.collection('outbox')
  const groups = new Map<string, Done[]>()
  for (const d of done) {
    const o = d.outcome
    const key =
      o.status === 'sent'
        ? 'sent'
        : o.status === 'retry'
          ? `retry|${d.doc.attempts}|${o.code}|${o.message}`
          : `${o.status}|${o.code}|${o.message}`
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  for (const group of groups.values()) {
    const o = group[0].outcome
    const ids = group.map((d) => d.doc._id)
    const data: Record<string, unknown> =
      o.status === 'sent'
        ? { status: 'sent', sentAt: now }
        : o.status === 'retry'
          ? {
              status: 'pending',
              nextAttemptAt: now + backoffMs(group[0].doc.attempts + 1),
              claimId: null,
              reason: { code: o.code, message: o.message },
            }
          : { status: o.status, reason: { code: o.code, message: o.message } }
    await outbox.where({ _id: _.in(ids), claimId }).update({ data: { ...data, attempts: _.inc(1), updatedAt: now } })
  }
  await countDown(ctx, done)
}

/** Our count of authorizations: one less per push sent; none left after WeChat's 43101. */
async function countDown(ctx: JobContext, done: Done[]): Promise<void> {
  const now = ctx.now()
  const _ = ctx.db.command
  const subs = ctx.db.collection('subscriptions')
  const used = new Map<string, number>()
  for (const d of done.filter((x) => x.outcome.status === 'sent')) {
    const id = subscriptionId(d.doc.memberId, d.doc.template)
    used.set(id, (used.get(id) ?? 0) + 1)
  }
  const once = [...used].filter(([, n]) => n === 1).map(([id]) => id)
  if (once.length > 0) {
    await subs.where({ _id: _.in(once), remaining: _.gt(0) }).update({ data: { remaining: _.inc(-1), updatedAt: now } })
  }
  for (const [id, n] of [...used].filter(([, k]) => k > 1)) {
    for (let i = 0; i < n; i++) {
      await subs.where({ _id: id, remaining: _.gt(0) }).update({ data: { remaining: _.inc(-1), updatedAt: now } })
    }
  }
  const refused = done.filter((d) => d.outcome.status === 'noQuota' && d.outcome.code === 43101)
  if (refused.length > 0) {
    const ids = refused.map((d) => subscriptionId(d.doc.memberId, d.doc.template))
    await subs.where({ _id: _.in(ids) }).update({ data: { remaining: 0, updatedAt: now } })
  }
}

async function sendBatch(
  ctx: JobContext,
  claimId: string,
  docs: OutboxDoc[],
  concurrency: number,
  counts: Counts,
): Promise<void> {
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
  const _ = ctx.db.command
  const chunkSize = Math.max(1, concurrency)
  for (let at = 0; at < docs.length; at += chunkSize) {
    const chunk = docs.slice(at, at + chunkSize)
    // From here a crash costs this chunk only: the rest of the batch is still `claimed`.
    await ctx.db
      .collection('outbox')
      .where({ _id: _.in(chunk.map((d) => d._id)), claimId, status: 'claimed' })
      .update({ data: { status: 'sending', sendingAt: ctx.now() } })
    const done = await Promise.all(
      chunk.map(async (doc): Promise<Done> => {
        const outcome = await sendOne(
          ctx.cloud,
          doc,
          members.get(doc.memberId),
          subs.get(`${doc.memberId}_${doc.template}`),
        )
        counts[outcome.status] += 1
        return { doc, outcome }
      }),
    )
    await flush(ctx, claimId, done)
  }
}

export async function drainOutbox(ctx: JobContext, opts: DrainOptions = DRAIN): Promise<Record<string, number>> {
  const started = performance.now()
  const _ = ctx.db.command
  const outbox = ctx.db.collection('outbox')
  const counts: Counts = {
    sent: 0,
    noQuota: 0,
    failed: 0,
    unknown: 0,
    skipped: 0,
    retry: 0,
    rounds: 0,
    stale: 0,
    reclaimed: 0,
  }
  // A chunk is stale from when it began to go out (sendingAt), not from when its batch was claimed.
  const stale = await outbox.where({ status: 'sending', sendingAt: _.lt(ctx.now() - STALE_SENDING_MS) }).update({
    data: { status: 'unknown', reason: { code: null, message: '发送中断，无法确认是否送达（不会重发）' } },
  })
  counts.stale = stale.stats.updated
  const unstarted = await outbox.where({ status: 'claimed', claimedAt: _.lt(ctx.now() - STALE_SENDING_MS) }).update({
    data: { status: 'pending', claimId: null },
  })
  counts.reclaimed = unstarted.stats.updated
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
      .update({ data: { status: 'claimed', claimId, claimedAt: now, updatedAt: now } })
    const mine = (await outbox.where({ claimId }).limit(opts.batch).get()).data as OutboxDoc[]
    if (mine.length > 0) await sendBatch(ctx, claimId, mine, opts.concurrency, counts)
  }
  return counts
}
