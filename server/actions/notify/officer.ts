/** 发通知 for officers: the form's choices, past notices with read counts, and loading one notice. */
import type { NoticeForm, NoticeList } from '../../../core/contract/notify-views'
import { DomainError } from '../../../core/errors'
import { isReaderOf } from '../../../core/notify/readers'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { NoticeSummary } from '../../../core/contract/notify-views'
import { inboxId } from './ids'
import type { InboxDoc, NoticeDoc } from './model'
import { summaryOf } from './views'

/** The latest notices shown; the page says so. */
export const LIST_SIZE = 50

export async function branchNoticeForm(input: { branchId?: string }, ctx: ActionContext): Promise<NoticeForm> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const [branch, groups, members] = await Promise.all([
    findById<OrgDoc>(ctx.db, 'orgs', branchId),
    findAll<OrgDoc>(ctx.db, 'orgs', { parentId: branchId, kind: 'group', status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
  ])
  return {
    scope: 'branch',
    branch: { id: branchId, name: branch?.name ?? '' },
    groups: groups.map((g) => ({ id: g._id, name: g.name })),
    members: members
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map((m) => ({ id: m._id, name: m.name, groupId: m.groupId })),
    branches: [],
  }
}

export async function bureauNoticeForm(_input: object, ctx: ActionContext): Promise<NoticeForm> {
  const branches = await findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch', status: 'active' })
  return {
    scope: 'bureau',
    branch: null,
    groups: [],
    members: [],
    branches: branches.map((b) => ({ id: b._id, name: b.name })),
  }
}

async function latest(ctx: ActionContext, filter: Record<string, unknown>): Promise<NoticeDoc[]> {
  const res = await ctx.db.collection('notices').where(filter).orderBy('createdAt', 'desc').limit(LIST_SIZE).get()
  return res.data as NoticeDoc[]
}

/**
 * The list's figures without the author of a notice among its readers (an activity's organizer too),
 * as 阅读情况 counts them: notices published before authors were left out gave them a copy (one read
 * for all of those copies).
 */
async function summaries(ctx: ActionContext, notices: NoticeDoc[]): Promise<NoticeSummary[]> {
  const authored = notices.filter((n) => n.authorId)
  const ids = authored.map((n) => inboxId(n._id, n.authorId ?? ''))
  const copies = ids.length === 0 ? [] : await findAll<InboxDoc>(ctx.db, 'noticeInbox', { _id: ctx.db.command.in(ids) })
  const own = new Map(copies.map((c) => [c.noticeId, c]))
  return notices.map((n): NoticeSummary => {
    const s = summaryOf(n)
    const copy = own.get(n._id)
    if (!copy || isReaderOf(n, copy.memberId)) return s
    return {
      ...s,
      expected: s.expected - 1,
      read: s.read - (copy.readAt === null ? 0 : 1),
      acked: s.acked - (copy.ackAt === null ? 0 : 1),
    }
  })
}

export async function branchNotices(input: { branchId?: string }, ctx: ActionContext): Promise<NoticeList> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  return { items: await summaries(ctx, await latest(ctx, { branchId })) }
}

/** The bureau's own notices, and any branch's held for the party office's second look. */
export async function bureauNotices(_input: object, ctx: ActionContext): Promise<NoticeList> {
  const [own, held] = await Promise.all([latest(ctx, { scope: 'bureau' }), latest(ctx, { status: 'held' })])
  const byId = new Map([...held, ...own].map((n) => [n._id, n]))
  return {
    items: await summaries(
      ctx,
      [...byId.values()].sort((a, b) => b.createdAt - a.createdAt),
    ),
  }
}

/**
 * A notice an officer may manage: a secretary their own branch's (another branch's is refused as
 * for any other branch work); the party office any, and only the party office the bureau's.
 */
export async function officerNotice(
  ctx: ActionContext,
  noticeId: string,
  via: 'secretary' | 'admin',
): Promise<NoticeDoc> {
  const notice = await findById<NoticeDoc>(ctx.db, 'notices', noticeId)
  if (!notice) throw new DomainError('NOTICE.NOT_FOUND')
  if (via === 'admin' || ctx.caller.isAdmin) return notice
  if (notice.branchId === null) throw new DomainError('AUTH.FORBIDDEN')
  scopeBranch(ctx.caller, notice.branchId)
  return notice
}
