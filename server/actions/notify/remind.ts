/** 提醒未读: one more push to each reader who has not opened the notice; once per notice. */
import type { RemindResult } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { pushOf } from './deliver'
import { membersByIds } from './members'
import type { InboxDoc } from './model'
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
  const now = ctx.now()
  const claimed = await ctx.db
    .collection('notices')
    .where({ _id: notice._id, remindedAt: null })
    .update({ data: { remindedAt: now, remindedById: ctx.caller.member?._id ?? null } })
  if (claimed.stats.updated !== 1) {
    const again = await officerNotice(ctx, input.noticeId, via)
    return { remindedAt: again.remindedAt ?? now, count: 0, already: true }
  }
  const unread = await findAll<InboxDoc>(ctx.db, 'noticeInbox', { noticeId: notice._id, readAt: null })
  const readers = await membersByIds(
    ctx.db,
    unread.map((c) => c.memberId),
  )
  const count = await enqueue(
    ctx.db,
    now,
    {
      key: `remind:${notice._id}`,
      message: () => pushOf(notice, '您有一条通知还未阅读，请查看'),
      noticeId: notice._id,
      activityId: notice.source.kind === 'activity' ? notice.source.activityId : null,
      tag: 'remind',
    },
    readers,
  )
  await audit(ctx, {
    kind: 'notice.remind',
    summary: `提醒未读“${notice.title}”的${unread.length}人`,
    branchId: notice.branchId,
    targetId: notice._id,
    after: { unread: unread.length, pushes: count },
  })
  return { remindedAt: now, count: unread.length, already: false }
}
