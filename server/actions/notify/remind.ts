/** 提醒未读: one more push to each reader who has not opened the notice; once per notice. */
import type { RemindResult } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import { isReaderOf } from '../../../core/notify/readers'
import { audit } from '../../runtime/audit'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { pushOf } from './deliver'
import { membersByIds } from './members'
import type { InboxDoc } from './model'
import { subscriptionsFor } from './subscriptions'
import { noticeDetail, reachOf } from './detail'
import { officerNotice } from './officer'
import { enqueue } from './outbox'

export async function remindUnread(
  input: { noticeId: string },
  ctx: ActionContext,
  via: 'secretary' | 'admin',
): Promise<RemindResult> {
  const notice = await officerNotice(ctx, input.noticeId, via)
  if (notice.status === 'held') throw new DomainError('NOTICE.HELD')
  if (notice.status === 'rejected') throw new DomainError('NOTICE.REJECTED')
  // A repeated tap: answered from the notice alone, without reading its readers again.
  if (notice.remindedAt) return alreadyReminded(input, ctx, via, notice.remindedAt)
  // The one reminding, and the one who wrote it, are not reminded, even when it is addressed to them too.
  const self = ctx.caller.member?._id ?? null
  const unread = (await findAll<InboxDoc>(ctx.db, 'noticeInbox', { noticeId: notice._id, readAt: null })).filter(
    (c) => c.memberId !== self && isReaderOf(notice, c.memberId),
  )
  const readers = await membersByIds(
    ctx.db,
    unread.map((c) => c.memberId),
  )
  const message = pushOf(notice, '您有一条通知还未阅读，请查看')
  const subs = await subscriptionsFor(
    ctx.db,
    readers.filter((m) => m.status === 'active' && m.openid).map((m) => m._id),
    message.template,
  )
  const reach = reachOf(readers, subs, message.template)
  const now = ctx.now()
  if (unread.length > 0 && reach.pushed === 0) {
    // Nobody would get a push: sending would only use up the notice's one reminder.
    throw new DomainError('NOTICE.NOBODY_TO_PUSH')
  }
  const claimed = await ctx.db
    .collection('notices')
    .where({ _id: notice._id, remindedAt: null })
    .update({ data: { remindedAt: now, remindedById: ctx.caller.member?._id ?? null } })
  if (claimed.stats.updated !== 1) {
    // Another tap claimed it between our read and this write.
    const again = await officerNotice(ctx, input.noticeId, via)
    return alreadyReminded(input, ctx, via, again.remindedAt ?? now)
  }
  await enqueue(
    ctx.db,
    now,
    {
      key: `remind:${notice._id}`,
      message: () => message,
      noticeId: notice._id,
      activityId: notice.source.kind === 'activity' ? notice.source.activityId : null,
      tag: 'remind',
    },
    readers,
    subs,
  )
  await audit(ctx, {
    kind: 'notice.remind',
    summary: `提醒未读“${notice.title}”的${unread.length}人`,
    branchId: notice.branchId,
    targetId: notice._id,
    after: { unread: unread.length, pushes: reach.pushed },
  })
  const detail = await noticeDetail(input, ctx, via)
  return { remindedAt: now, count: unread.length, ...reach, already: false, detail }
}

const NOBODY = { unbound: 0, noGrant: 0, off: 0 }

async function alreadyReminded(
  input: { noticeId: string },
  ctx: ActionContext,
  via: 'secretary' | 'admin',
  remindedAt: number,
): Promise<RemindResult> {
  const detail = await noticeDetail(input, ctx, via)
  return { remindedAt, count: 0, pushed: 0, inboxOnly: NOBODY, already: true, detail }
}
