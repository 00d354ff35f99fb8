/**
 * The outbox: one document per (reminder key, member), written by whoever plans a push (a
 * publish, a timer planner, an officer's 提醒未读) and drained by the timer-only `sender`.
 * Only bound members whose kind is on get one; the rest show in the delivery log as 未绑定 / 已关闭.
 */
import type { Message } from '../../../core/notify/messages'
import type { MemberDoc } from '../../model'
import type { Db } from '../../runtime/types'
import { addManyOrGet } from '../activity/records'
import { outboxId } from './ids'
import type { OutboxDoc, SubscriptionDoc } from './model'
import { subscriptionsFor } from './subscriptions'

export interface PushPlan {
  key: string
  message: (member: MemberDoc) => Message
  noticeId?: string | null
  activityId?: string | null
  tag?: OutboxDoc['tag']
}

/**
 * Writes the pushes of one plan for these members; returns how many were newly planned. `known`:
 * the plan's template's subscriptions of these members, when the caller has read them already.
 */
export async function enqueue(
  db: Db,
  now: number,
  plan: PushPlan,
  members: MemberDoc[],
  known?: Map<string, SubscriptionDoc>,
): Promise<number> {
  const reachable = members.filter((m) => m.status === 'active' && m.openid)
  if (reachable.length === 0) return 0
  const template = plan.message(reachable[0]).template
  const subs =
    known ??
    (await subscriptionsFor(
      db,
      reachable.map((m) => m._id),
      template,
    ))
  const docs: OutboxDoc[] = reachable
    .filter((m) => subs.get(m._id)?.on !== false)
    .map((m) => {
      const message = plan.message(m)
      return {
        _id: outboxId(plan.key, m._id),
        key: plan.key,
        memberId: m._id,
        branchId: m.branchId,
        template: message.template,
        page: message.page,
        data: message.data,
        noticeId: plan.noticeId ?? null,
        activityId: plan.activityId ?? null,
        tag: plan.tag ?? null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        claimId: null,
        claimedAt: null,
        sentAt: null,
        reason: null,
        createdAt: now,
        updatedAt: now,
      }
    })
  return (await addManyOrGet(db, 'outbox', docs)).created
}

/** Pushes not yet sent that no longer make sense (an activity moved or cancelled): never sent. */
export async function cancelPending(
  db: Db,
  filter: Record<string, unknown>,
  now: number,
  why: string,
): Promise<number> {
  const res = await db
    .collection('outbox')
    .where({ ...filter, status: 'pending' })
    .update({ data: { status: 'cancelled', reason: { code: null, message: why }, updatedAt: now } })
  return res.stats.updated
}
