/**
 * Publishing an activity is also a notice: its expected members find it in 通知 and get a push.
 * A moved or cancelled activity sends a correction to exactly those already told (never a second
 * "new activity"), and its reminders planned for the old time are never sent. The officer who
 * publishes, moves or cancels it is no reader of her own notice (core/notify/readers): she gets no
 * copy of it; she counts as told all the same, so another officer's correction reaches her.
 */
import { formatChinaDateTime } from '../../../core/dates'
import { isReaderOf } from '../../../core/notify/readers'
import type { OrgDoc } from '../../model'
import { actorName } from '../../runtime/audit'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from '../activity/model'
import { deliver } from './deliver'
import { membersByIds } from './members'
import type { InboxDoc, NoticeDoc } from './model'
import { cancelPending } from './outbox'

type Event = 'published' | 'moved' | 'cancelled'

function bodyOf(a: ActivityDoc, event: Event, note: string): string {
  const when = `时间：${formatChinaDateTime(a.startAt)}—${formatChinaDateTime(a.endAt).slice(-5)}`
  const lines = [when, `地点：${a.place}`]
  if (event === 'published' && a.agenda) lines.push(`议程：\n${a.agenda}`)
  if (event === 'moved') lines.unshift(`活动有变化：${note}`)
  if (event === 'cancelled') return `“${a.title}”已取消。原因：${note}`
  return lines.join('\n')
}

const TITLES: Record<Event, (t: string) => string> = {
  published: (t) => t,
  moved: (t) => `活动改期：${t}`,
  cancelled: (t) => `活动取消：${t}`,
}

/**
 * Those told of the activity: every reader of its notices, and the officers who wrote them that
 * are expected at it (an organizer has no copy of her own notice, yet she knows).
 */
async function told(ctx: ActionContext, a: ActivityDoc): Promise<Set<string>> {
  const [copies, notices] = await Promise.all([
    findAll<InboxDoc>(ctx.db, 'noticeInbox', { activityId: a._id }),
    findAll<NoticeDoc>(ctx.db, 'notices', { 'source.activityId': a._id }),
  ])
  const expected = new Set(a.expectedIds)
  const authors = notices.map((n) => n.authorId).filter((id): id is string => id !== null && expected.has(id))
  return new Set([...copies.map((c) => c.memberId), ...authors])
}

async function send(ctx: ActionContext, a: ActivityDoc, event: Event, addressedIds: string[], note: string) {
  const authorId = ctx.caller.member?._id ?? null
  const readerIds = addressedIds.filter((id) => isReaderOf({ authorId }, id))
  if (readerIds.length === 0) return
  const now = ctx.now()
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', a.branchId)
  const notice: NoticeDoc = {
    // A retry of the same tap writes the same notice (and finishes delivering it) instead of a second.
    _id: `ntc-${keyedId(ctx, `activity notice ${event}`, 24)}`,
    scope: 'branch',
    branchId: a.branchId,
    audience: a.expected,
    source: { kind: 'activity', activityId: a._id, event, startAt: a.startAt, place: a.place },
    title: TITLES[event](a.title),
    body: bodyOf(a, event, note),
    materials: event === 'published' ? a.materials : [],
    needReceipt: false,
    status: 'published',
    contentVerdict: a.contentVerdict === 'review' ? 'review' : 'pass',
    authorId,
    authorName: actorName(ctx),
    from: `${branch?.name ?? '支部'} · ${actorName(ctx)}`,
    recipientCount: readerIds.length,
    readCount: 0,
    ackCount: 0,
    createdAt: now,
    publishedAt: now,
    remindedAt: null,
    remindedById: null,
    reviewedAt: null,
    reviewedByName: null,
    rejectReason: null,
  }
  const stored = (await addOnce(ctx.db, 'notices', notice)).doc
  await deliver(ctx.db, stored.publishedAt ?? now, stored, await membersByIds(ctx.db, readerIds))
}

/** Just published: every expected member not yet told. */
export async function announcePublished(ctx: ActionContext, a: ActivityDoc): Promise<void> {
  const already = await told(ctx, a)
  await send(
    ctx,
    a,
    'published',
    a.expectedIds.filter((id) => !already.has(id)),
    '',
  )
}

/**
 * Changed after publishing: those already told get a correction when the time or place moved;
 * anyone newly expected gets the activity as new.
 */
export async function announceChanged(ctx: ActionContext, before: ActivityDoc, after: ActivityDoc, reason: string) {
  const already = await told(ctx, before)
  const moved = before.startAt !== after.startAt || before.endAt !== after.endAt || before.place !== after.place
  if (moved) {
    // Pushes not yet sent carry the old time: they go, and the correction says the new one.
    await cancelPending(ctx.db, { activityId: after._id }, ctx.now(), '活动已改期')
    const stillExpected = new Set(after.expectedIds)
    const toCorrect = [...already].filter((id) => stillExpected.has(id))
    await send(ctx, after, 'moved', toCorrect.sort(), reason)
  }
  await send(
    ctx,
    after,
    'published',
    after.expectedIds.filter((id) => !already.has(id)),
    '',
  )
}

export async function announceCancelled(ctx: ActionContext, a: ActivityDoc, reason: string): Promise<void> {
  await cancelPending(ctx.db, { activityId: a._id }, ctx.now(), '活动已取消')
  await send(ctx, a, 'cancelled', [...(await told(ctx, a))].sort(), reason)
}
