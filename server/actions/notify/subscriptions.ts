/**
 * Each member's choice per kind of reminder and the one-time authorizations WeChat gave: one
 * accepted sheet = one more push. WeChat never says how many are left, so we count: +1 per
 * `accept`, −1 per push sent, 0 when WeChat answers 43101.
 */
import type { ReminderSettings } from '../../../core/contract/notify-views'
import { REMINDER_KINDS, SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from '../../../core/notify/templates'
import { findAll, findById } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import { chunks, subscriptionId } from './ids'
import type { SubscriptionDoc } from './model'

export function blankSubscription(memberId: string, template: TemplateKey, now: number): SubscriptionDoc {
  return {
    _id: subscriptionId(memberId, template),
    memberId,
    template,
    on: true,
    remaining: 0,
    accepted: 0,
    lastAnswer: null,
    kept: false,
    answeredAt: null,
    updatedAt: now,
  }
}

/** Every kind for one member, a blank (on, nothing authorized) where nothing is stored yet. */
export async function mySubscriptions(db: Db, memberId: string, now: number): Promise<SubscriptionDoc[]> {
  const stored = await findAll<SubscriptionDoc>(db, 'subscriptions', { memberId })
  return TEMPLATE_KEYS.map((t) => stored.find((s) => s.template === t) ?? blankSubscription(memberId, t, now))
}

/** One kind for many members: memberId → stored doc (absent means on, nothing authorized). */
export async function subscriptionsFor(
  db: Db,
  memberIds: string[],
  template: TemplateKey,
): Promise<Map<string, SubscriptionDoc>> {
  const out = new Map<string, SubscriptionDoc>()
  for (const part of chunks(memberIds)) {
    const ids = part.map((m) => subscriptionId(m, template))
    for (const doc of await findAll<SubscriptionDoc>(db, 'subscriptions', { _id: db.command.in(ids) })) {
      out.set(doc.memberId, doc)
    }
  }
  return out
}

/**
 * Whether WeChat will take a push of this kind for the member: for a one-time template, an
 * authorization left (总是保持以上选择 only spares the member the sheet; each 允许 is still one
 * push). Whether the kind is on is the member's choice, asked apart.
 */
export function authorized(template: TemplateKey, sub: SubscriptionDoc | undefined): boolean {
  return SUBSCRIBE_TEMPLATES[template].kind === 'longTerm' || (sub?.remaining ?? 0) > 0
}

export function settingsView(subs: SubscriptionDoc[]): ReminderSettings {
  return {
    kinds: subs.map((s) => {
      const spec = SUBSCRIBE_TEMPLATES[s.template]
      return {
        key: s.template,
        label: REMINDER_KINDS[s.template].label,
        about: REMINDER_KINDS[s.template].about,
        templateId: spec.id,
        on: s.on,
        remaining: spec.kind === 'longTerm' ? null : s.remaining,
        lastAnswer: s.lastAnswer,
        kept: s.kept,
      }
    }),
  }
}

/** Writes one member's kind, creating it on first use (`set` keeps the deterministic id). */
export async function saveSubscription(db: Db, doc: SubscriptionDoc): Promise<void> {
  const { _id, ...fields } = doc
  await db.collection('subscriptions').doc(_id).set({ data: fields })
}

/** How many counted answers a subscription remembers: plenty for the retries of one tap. */
const ANSWERS_KEPT = 10

/**
 * Changes one member's kind atomically: `set` fields and `add` to the remaining count, creating
 * the document the first time (two first writers meet on the deterministic id; the loser updates).
 * `once`: the answer's id; an answer already counted (a retry of the same tap) changes nothing.
 */
export async function changeSubscription(
  db: Db,
  memberId: string,
  template: TemplateKey,
  change: { set?: Partial<Omit<SubscriptionDoc, '_id' | 'memberId' | 'template' | 'remaining'>>; add?: number },
  now: number,
  once?: string,
): Promise<void> {
  const _ = db.command
  const id = subscriptionId(memberId, template)
  const update = () =>
    db
      .collection('subscriptions')
      .where(once ? { _id: id, answers: _.neq(once) } : { _id: id })
      .update({
        data: {
          ...change.set,
          updatedAt: now,
          ...(change.add ? { remaining: _.inc(change.add), accepted: _.inc(Math.max(change.add, 0)) } : {}),
          ...(once ? { answers: _.push({ each: [once], slice: -ANSWERS_KEPT }) } : {}),
        },
      })
  if ((await update()).stats.updated === 1) return
  if (once && (await findById<SubscriptionDoc>(db, 'subscriptions', id))?.answers?.includes(once)) return
  const fresh: SubscriptionDoc = { ...blankSubscription(memberId, template, now), ...change.set }
  fresh.remaining = Math.max(change.add ?? 0, 0)
  fresh.accepted = Math.max(change.add ?? 0, 0)
  if (once) fresh.answers = [once]
  try {
    await db.collection('subscriptions').add({ data: fresh as unknown as Record<string, unknown> })
  } catch {
    await update()
  }
}
