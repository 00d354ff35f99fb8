/**
 * The party office's second look at a notice the content check marked `review`: released, it
 * reaches its readers as if just published; turned down, it reaches nobody and its author sees why.
 */
import type { NoticeDetail } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import { isReaderOf } from '../../../core/notify/readers'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import { branchReaders, bureauReaders } from './audience'
import { deliver } from './deliver'
import type { NoticeDoc } from './model'
import { officerNotice } from './officer'
import { noticeDetail } from './detail'

async function readersOf(ctx: ActionContext, n: NoticeDoc) {
  const a = n.audience
  const all =
    a.kind === 'bureau' || a.kind === 'branches'
      ? await bureauReaders(ctx.db, a)
      : await branchReaders(ctx.db, n.branchId ?? '', a)
  // Its author is not one of its readers (as when published straight away).
  return all.filter((m) => isReaderOf(n, m._id))
}

export async function reviewNotice(
  input: { noticeId: string; decision: 'release' | 'reject'; reason?: string },
  ctx: ActionContext,
): Promise<NoticeDetail> {
  const notice = await officerNotice(ctx, input.noticeId, 'admin')
  if (notice.status !== 'held') throw new DomainError('NOTICE.NOT_HELD')
  const reason = input.reason?.trim() ?? ''
  if (input.decision === 'reject' && reason === '') throw new DomainError('NOTICE.REASON_REQUIRED')
  // The notice's author reads why it was turned down.
  if (input.decision === 'reject') await checkContent(ctx, reason, 2)
  const now = ctx.now()
  const release = input.decision === 'release'
  const readers = release ? await readersOf(ctx, notice) : []
  const change = release
    ? { status: 'published' as const, publishedAt: now, recipientCount: readers.length }
    : { status: 'rejected' as const, rejectReason: reason }
  const claimed = await ctx.db
    .collection('notices')
    .where({ _id: notice._id, status: 'held' })
    .update({ data: { ...change, reviewedAt: now, reviewedByName: actorName(ctx) } })
  if (claimed.stats.updated !== 1) throw new DomainError('NOTICE.NOT_HELD')
  const after: NoticeDoc = { ...notice, ...change, reviewedAt: now, reviewedByName: actorName(ctx) }
  if (release) await deliver(ctx.db, now, after, readers)
  await audit(ctx, {
    kind: 'notice.review',
    summary: release
      ? `复核后发出通知“${notice.title}”（${readers.length}人）`
      : `复核后不予发出通知“${notice.title}”：${reason}`,
    branchId: notice.branchId,
    targetId: notice._id,
    before: { status: 'held' },
    after: release ? { status: 'published', recipients: readers.length } : { status: 'rejected', reason },
  })
  return noticeDetail({ noticeId: after._id }, ctx, 'admin')
}
