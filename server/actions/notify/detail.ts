/** One notice for its officer: who has read it, and what became of each reader's pushes. */
import type { DeliveryRow, DeliveryState, NoticeDetail, RemindReach } from '../../../core/contract/notify-views'
import { isReaderOf } from '../../../core/notify/readers'
import type { TemplateKey } from '../../../core/notify/templates'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { membersByIds } from './members'
import type { InboxDoc, NoticeDoc, OutboxDoc, SubscriptionDoc } from './model'
import { officerNotice } from './officer'
import { authorized, subscriptionsFor } from './subscriptions'
import { adminViewOf } from './views'

const STATE_OF: Record<OutboxDoc['status'], DeliveryState> = {
  pending: 'pending',
  claimed: 'pending',
  sending: 'pending',
  sent: 'sent',
  noQuota: 'noQuota',
  failed: 'failed',
  unknown: 'unknown',
  skipped: 'off',
  cancelled: 'cancelled',
}

/** The outbox documents about this notice: its own push, 提醒未读, and an activity's timed reminders. */
async function pushesOf(ctx: ActionContext, notice: NoticeDoc): Promise<OutboxDoc[]> {
  const own = await findAll<OutboxDoc>(ctx.db, 'outbox', { noticeId: notice._id })
  const source = notice.source
  if (source.kind !== 'activity') return own
  const timed = await findAll<OutboxDoc>(ctx.db, 'outbox', {
    activityId: source.activityId,
    tag: ctx.db.command.in(['eve', 'hour']),
  })
  // Reminders for the time this notice announced (a moved activity's old ones were cancelled).
  return [...own, ...timed.filter((o) => o.key.includes(`:${source.startAt}:`))]
}

export async function noticeDetail(
  input: { noticeId: string },
  ctx: ActionContext,
  via: 'secretary' | 'admin',
): Promise<NoticeDetail> {
  const notice = await officerNotice(ctx, input.noticeId, via)
  // The one who wrote a notice (an activity's organizer too) is no reader of it: older notices gave
  // the author a copy.
  const copies = (await findAll<InboxDoc>(ctx.db, 'noticeInbox', { noticeId: notice._id })).filter((c) =>
    isReaderOf(notice, c.memberId),
  )
  const [members, pushes] = await Promise.all([
    membersByIds(
      ctx.db,
      copies.map((c) => c.memberId),
    ),
    pushesOf(ctx, notice),
  ])
  const template: TemplateKey = notice.source.kind === 'activity' ? 'activity' : 'notice'
  const subs = await subscriptionsFor(
    ctx.db,
    members.map((m) => m._id),
    template,
  )
  const byMember = new Map(members.map((m) => [m._id, m]))
  const counts: Partial<Record<DeliveryState, number>> = {}
  const rows: DeliveryRow[] = copies.map((c) => {
    const member = byMember.get(c.memberId)
    const mine = pushes.filter((p) => p.memberId === c.memberId)
    const own = mine.find((p) => p.noticeId === notice._id && p.tag === null)
    const push: DeliveryState = own
      ? STATE_OF[own.status]
      : !member?.openid
        ? 'unbound'
        : subs.get(c.memberId)?.on === false
          ? 'off'
          : 'none'
    counts[push] = (counts[push] ?? 0) + 1
    const reminders: DeliveryRow['reminders'] = {}
    for (const p of mine) if (p.tag) reminders[p.tag] = STATE_OF[p.status]
    return {
      memberId: c.memberId,
      name: member?.name ?? '（已不在名册）',
      push,
      code: own?.status === 'failed' || own?.status === 'noQuota' ? (own.reason?.code ?? null) : null,
      reminders,
      readAt: c.readAt,
      ackAt: c.ackAt,
    }
  })
  rows.sort((a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || a.name.localeCompare(b.name, 'zh'))
  const self = ctx.caller.member?._id ?? null
  const unread = rows.filter((r) => r.readAt === null && r.memberId !== self)
  const reach = reachOf(
    unread.map((r) => byMember.get(r.memberId)).filter((m): m is MemberDoc => m !== undefined),
    subs,
    template,
  )
  const view = adminViewOf(notice)
  const figures = {
    expected: rows.length,
    read: rows.filter((r) => r.readAt !== null).length,
    acked: rows.filter((r) => r.ackAt !== null).length,
  }
  return { notice: { ...view, ...figures }, rows, pushes: counts, toRemind: unread.length, reach }
}

/** Who of these readers a push can reach now, and why the others see the notice only in 通知. */
export function reachOf(readers: MemberDoc[], subs: Map<string, SubscriptionDoc>, template: TemplateKey): RemindReach {
  let pushed = 0
  const inboxOnly = { unbound: 0, noGrant: 0, off: 0 }
  for (const m of readers) {
    const sub = subs.get(m._id)
    if (m.status !== 'active' || !m.openid) inboxOnly.unbound++
    else if (sub?.on === false) inboxOnly.off++
    else if (authorized(template, sub)) pushed++
    else inboxOnly.noGrant++
  }
  return { pushed, inboxOnly }
}
