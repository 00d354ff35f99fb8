/** 通知 for a member: the inbox (unread first), opening (marks read) and 已阅/收到. */
import type { NoticeInbox, NoticeView } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { findById } from '../../runtime/store'
import type { ActionContext, Db } from '../../runtime/types'
import { withUrls } from '../activity/materials'
import { inboxId } from './ids'
import type { InboxDoc, NoticeDoc } from './model'
import { inboxItemOf, readerViewOf } from './views'

const UNREAD_SHOWN = 200
const READ_PAGE = 20

function me(ctx: ActionContext): MemberDoc {
  const member = ctx.caller.member
  if (!member) throw new DomainError('AUTH.NOT_BOUND')
  return member
}

export async function unreadCount(db: Db, memberId: string): Promise<number> {
  return (await db.collection('noticeInbox').where({ memberId, readAt: null }).count()).total
}

/** `publishedAt_id` of the last read notice shown: the next page starts after it. */
function cursorOf(i: InboxDoc): string {
  return `${i.publishedAt}_${i._id}`
}

export async function inbox(input: { before?: string }, ctx: ActionContext): Promise<NoticeInbox> {
  const member = me(ctx)
  const _ = ctx.db.command
  const col = ctx.db.collection('noticeInbox')
  const unread = input.before
    ? []
    : ((
        await col.where({ memberId: member._id, readAt: null }).orderBy('publishedAt', 'desc').limit(UNREAD_SHOWN).get()
      ).data as InboxDoc[])
  const mineRead = { memberId: member._id, readAt: _.neq(null) }
  let readFilter: Record<string, unknown> = mineRead
  if (input.before) {
    const [at, ...rest] = input.before.split('_')
    const id = rest.join('_')
    if (!/^\d+$/.test(at) || id === '') throw new DomainError('REQUEST.INVALID', '分页位置不对')
    const older = _.or([{ publishedAt: _.lt(Number(at)) }, { publishedAt: Number(at), _id: _.lt(id) }])
    readFilter = _.and([mineRead, older])
  }
  const read = (
    await col
      .where(readFilter)
      .orderBy('publishedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(READ_PAGE + 1)
      .get()
  ).data as InboxDoc[]
  const page = read.slice(0, READ_PAGE)
  const total = input.before || unread.length >= UNREAD_SHOWN ? await unreadCount(ctx.db, member._id) : unread.length
  return {
    unread: total,
    items: [...unread, ...page].map(inboxItemOf),
    nextBefore: read.length > READ_PAGE ? cursorOf(page[page.length - 1]) : null,
  }
}

async function mine(ctx: ActionContext, noticeId: string): Promise<{ copy: InboxDoc; notice: NoticeDoc }> {
  const member = me(ctx)
  const copy = await findById<InboxDoc>(ctx.db, 'noticeInbox', inboxId(noticeId, member._id))
  const notice = copy ? await findById<NoticeDoc>(ctx.db, 'notices', noticeId) : null
  if (!copy || !notice) throw new DomainError('NOTICE.NOT_FOUND')
  return { copy, notice }
}

/** Marks a field once (`readAt`, `ackAt`) and counts it on the notice only for the write that set it. */
async function markOnce(ctx: ActionContext, copy: InboxDoc, field: 'readAt' | 'ackAt', at: number): Promise<void> {
  const res = await ctx.db
    .collection('noticeInbox')
    .where({ _id: copy._id, [field]: null })
    .update({ data: { [field]: at } })
  if (res.stats.updated !== 1) return
  const counter = field === 'readAt' ? 'readCount' : 'ackCount'
  await ctx.db
    .collection('notices')
    .doc(copy.noticeId)
    .update({ data: { [counter]: ctx.db.command.inc(1) } })
}

async function view(ctx: ActionContext, noticeId: string): Promise<NoticeView> {
  const { copy, notice } = await mine(ctx, noticeId)
  const [materials] = await withUrls(ctx, [notice.materials])
  return readerViewOf(notice, copy, materials)
}

export async function openNotice(input: { noticeId: string }, ctx: ActionContext): Promise<NoticeView> {
  const { copy } = await mine(ctx, input.noticeId)
  if (copy.readAt === null) await markOnce(ctx, copy, 'readAt', ctx.now())
  return view(ctx, input.noticeId)
}

export async function ackNotice(input: { noticeId: string }, ctx: ActionContext): Promise<NoticeView> {
  const { copy, notice } = await mine(ctx, input.noticeId)
  if (!notice.needReceipt) throw new DomainError('NOTICE.NO_RECEIPT')
  const now = ctx.now()
  if (copy.readAt === null) await markOnce(ctx, copy, 'readAt', now)
  if (copy.ackAt === null) await markOnce(ctx, copy, 'ackAt', now)
  return view(ctx, input.noticeId)
}
