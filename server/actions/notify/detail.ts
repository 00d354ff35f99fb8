/** One notice for its officer: who has read it, and what became of each reader's pushes. */
import type { DeliveryRow, DeliveryState, NoticeDetail } from '../../../core/contract/notify-views'
import type { TemplateKey } from '../../../core/notify/templates'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { membersByIds } from './members'
import type { InboxDoc, NoticeDoc, OutboxDoc } from './model'
import { officerNotice } from './officer'
import { subscriptionsFor } from './subscriptions'
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
  const copies = await findAll<InboxDoc>(ctx.db, 'noticeInbox', { noticeId: notice._id })
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
  const toRemind = rows.filter((r) => r.readAt === null && r.memberId !== self).length
  return { notice: adminViewOf(notice), rows, pushes: counts, toRemind }
}
