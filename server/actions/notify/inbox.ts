/** 通知 for a member: the inbox (unread first, then 待确认收到), opening (marks read) and 已阅/收到. */
import type { NoticeInbox, NoticeView } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
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

/**
 * When the member first bound: notices published before it are the branch's earlier notices,
 * shown under 绑定前的通知 and not counted as 未读 — though still unread for the secretary's
 * read receipts (nothing is marked read).
 */
export function boundSince(member: MemberDoc): number {
  return member.firstBoundAt ?? member.boundAt ?? 0
}

/** Notices published since I bound that I have not opened. */
function unreadFilter(ctx: { db: Db }, member: MemberDoc): Record<string, unknown> {
  return { memberId: member._id, readAt: null, publishedAt: ctx.db.command.gte(boundSince(member)) }
}

export async function unreadCount(db: Db, member: MemberDoc): Promise<number> {
  return (await db.collection('noticeInbox').where(unreadFilter({ db }, member)).count()).total
}

/** Notices I opened that still ask for my 确认收到. */
export async function toAckCount(db: Db, member: MemberDoc): Promise<number> {
  const where = { memberId: member._id, needReceipt: true, ackAt: null, readAt: db.command.neq(null) }
  return (await db.collection('noticeInbox').where(where).count()).total
}

/** `publishedAt_id` of the last earlier notice shown: the next page starts after it. */
function cursorOf(i: InboxDoc): string {
  return `${i.publishedAt}_${i._id}`
}

/**
 * My 通知 in three parts: every unread notice since I bound (newest first); then those I read
 * that still wait for my 确认收到; then the rest a page at a time, newest first — the read ones,
 * and below them every notice published before I bound (read or not).
 */
export async function inbox(input: { before?: string }, ctx: ActionContext): Promise<NoticeInbox> {
  const member = me(ctx)
  const since = boundSince(member)
  const _ = ctx.db.command
  const col = ctx.db.collection('noticeInbox')
  const [unread, awaiting] = input.before
    ? [[], []]
    : await Promise.all([
        col
          .where(unreadFilter(ctx, member))
          .orderBy('publishedAt', 'desc')
          .limit(UNREAD_SHOWN)
          .get()
          .then((res) => res.data as InboxDoc[]),
        findAll<InboxDoc>(ctx.db, 'noticeInbox', {
          memberId: member._id,
          needReceipt: true,
          ackAt: null,
          readAt: _.neq(null),
        }).then((docs) => docs.sort((a, b) => b.publishedAt - a.publishedAt || (a._id < b._id ? 1 : -1))),
      ])
  const rest = _.and([
    { memberId: member._id },
    _.or([
      { readAt: _.neq(null), ackAt: _.neq(null) },
      { readAt: _.neq(null), needReceipt: false },
      { readAt: null, publishedAt: _.lt(since) },
    ]),
  ])
  let restFilter: unknown = rest
  if (input.before) {
    const [at, ...tail] = input.before.split('_')
    const id = tail.join('_')
    if (!/^\d+$/.test(at) || id === '') throw new DomainError('REQUEST.INVALID', '分页位置不对')
    const older = _.or([{ publishedAt: _.lt(Number(at)) }, { publishedAt: Number(at), _id: _.lt(id) }])
    restFilter = _.and([rest, older])
  }
  const earlier = (
    await col
      .where(restFilter as Record<string, unknown>)
      .orderBy('publishedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(READ_PAGE + 1)
      .get()
  ).data as InboxDoc[]
  const page = earlier.slice(0, READ_PAGE)
  const total = input.before || unread.length >= UNREAD_SHOWN ? await unreadCount(ctx.db, member) : unread.length
  return {
    unread: total,
    boundAt: since || null,
    items: [...unread, ...awaiting, ...page].map(inboxItemOf),
    nextBefore: earlier.length > READ_PAGE ? cursorOf(page[page.length - 1]) : null,
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
