/**
 * 发通知: a secretary to the branch (or chosen 党小组 / members), the party office to the bureau
 * (or chosen branches). The text passes the content check first: `risky` is refused with the
 * reason in words, `review` is held for the party office's second look and reaches nobody yet.
 */
import type { Material } from '../../../core/activity/types'
import type { NoticeAdminView, NoticeAudience } from '../../../core/contract/notify-views'
import { isReaderOf } from '../../../core/notify/readers'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkLongContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchReaders, bureauReaders } from './audience'
import { deliver } from './deliver'
import type { NoticeDoc } from './model'
import { adminViewOf } from './views'

export interface NoticeInput {
  title: string
  body: string
  materials: Material[]
  needReceipt: boolean
}

function noticeText(n: NoticeInput): string {
  return [n.title, n.body, ...n.materials.flatMap((m) => [m.title, m.kind === 'text' ? m.text : ''])]
    .filter(Boolean)
    .join('\n')
}

async function create(
  ctx: ActionContext,
  input: NoticeInput,
  where: { scope: NoticeDoc['scope']; branchId: string | null; audience: NoticeAudience; from: string },
  addressed: MemberDoc[],
): Promise<NoticeAdminView> {
  // The one who writes a notice is not one of its readers: not counted, not reminded, no copy.
  const author = ctx.caller.member?._id ?? null
  const readers = addressed.filter((m) => isReaderOf({ authorId: author }, m._id))
  const verdict = await checkLongContent(ctx, noticeText(input), 1)
  const now = ctx.now()
  const held = verdict === 'review'
  const notice: NoticeDoc = {
    _id: `ntc-${keyedId(ctx, 'notice', 24)}`,
    ...where,
    source: { kind: 'notice' },
    title: input.title,
    body: input.body,
    materials: input.materials,
    needReceipt: input.needReceipt,
    status: held ? 'held' : 'published',
    contentVerdict: verdict,
    authorId: ctx.caller.member?._id ?? null,
    authorName: actorName(ctx),
    recipientCount: readers.length,
    readCount: 0,
    ackCount: 0,
    createdAt: now,
    publishedAt: held ? null : now,
    remindedAt: null,
    remindedById: null,
    reviewedAt: null,
    reviewedByName: null,
    rejectReason: null,
  }
  // A retry of the same tap finds the notice it wrote, and finishes delivering it (deliver is idempotent).
  const stored = (await addOnce(ctx.db, 'notices', notice)).doc
  if (stored.status === 'published') await deliver(ctx.db, stored.publishedAt ?? now, stored, readers)
  await audit(ctx, {
    kind: 'notice.publish',
    summary: held
      ? `发布通知“${notice.title}”，内容安全检查提示需复核，等待机关党委复核后发出（${readers.length}人）`
      : `发布通知“${notice.title}”，发给${readers.length}人`,
    branchId: notice.branchId,
    targetId: notice._id,
    after: { status: notice.status, audience: notice.audience, recipients: readers.length },
  })
  return adminViewOf(stored)
}

export async function publishBranchNotice(
  input: NoticeInput & {
    branchId?: string
    audience: NoticeAudience & { kind: 'branch' | 'committee' | 'group' | 'members' }
  },
  ctx: ActionContext,
): Promise<NoticeAdminView> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  const readers = await branchReaders(ctx.db, branchId, input.audience)
  const from = `${branch?.name ?? '支部'} · ${actorName(ctx)}`
  return create(ctx, input, { scope: 'branch', branchId, audience: input.audience, from }, readers)
}

export async function publishBureauNotice(
  input: NoticeInput & { audience: NoticeAudience & { kind: 'bureau' | 'branches' } },
  ctx: ActionContext,
): Promise<NoticeAdminView> {
  const readers = await bureauReaders(ctx.db, input.audience)
  return create(ctx, input, { scope: 'bureau', branchId: null, audience: input.audience, from: '机关党委' }, readers)
}

/**
 * Another feature's announcement sent as a notice (a 知识测试 paper): the same content check, inbox
 * copies, subscribe pushes where members granted them, and audit entry — one sender, not two.
 */
export const publishNoticeTo = create
