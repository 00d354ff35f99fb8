/**
 * Reminders the demo's people turned on (issue 23): about three in five bound members once tapped
 * 允许 in WeChat's sheet — at a 请假, a 签到, a dues report or in 提醒设置 — and have a few
 * one-time authorizations left per kind, so the evening-before timer and 提醒未读 reach them; a
 * few ticked 总是保持以上选择 and, asked at every such moment since, have more left. The rest never
 * allowed, declined, or used theirs up. Each grant is written twice, as in the product: WeChat's
 * own count (the local cloud's platform, handed over by the seed) and the app's (`subscriptions`).
 *
 * The notices journey's two members (机关第一党支部's first two bound rank-and-file members: the
 * one who joined on 29 February allows reminders in the journey itself, the other has none) and
 * the newcomer bound three days ago are left as they were.
 */
import type { Database } from '../localcloud/db'
import type { DemoPlatform } from '../localcloud/config-types'
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from '../core/notify/templates'
import type { SubscriptionDoc } from '../server/actions/notify/model'
import type { MemberDoc } from '../server/model'
import { seededRandom } from './names'
import type { DemoWorld } from './world'

const DAY_MS = 24 * 3600_000

/** Of the bound members, the share who turned reminders on. */
export const GRANTED_SHARE = 0.62

/** How likely a member who turned reminders on allowed each kind (asked at 请假/签到, 交党费, in 提醒设置). */
const KIND_ODDS: Record<TemplateKey, number> = { activity: 0.95, notice: 0.8, dues: 0.6, makeup: 0.35, birthday: 0.4 }

/** Members whose reminders a journey sets up itself: as bound, with none. */
export function untouchedPersonas(members: MemberDoc[]): Set<string> {
  const firstBranch = members.filter((m) => m.branchId === 'org-b1' && m.role === 'member' && m.openid)
  const newcomer = members.find((m) => m.branchId === 'org-b2' && m.role === 'member' && m.openid)
  return new Set([...firstBranch.slice(0, 2).map((m) => m._id), ...(newcomer ? [newcomer._id] : [])])
}

function doc(member: MemberDoc, template: TemplateKey, now: number, fields: Partial<SubscriptionDoc>): SubscriptionDoc {
  return {
    _id: `${member._id}_${template}`,
    memberId: member._id,
    template,
    on: true,
    remaining: 0,
    accepted: 0,
    lastAnswer: null,
    kept: false,
    answeredAt: null,
    updatedAt: now,
    ...fields,
  }
}

export interface DemoGrants {
  subscriptions: SubscriptionDoc[]
  /** openid → template id → one-time authorizations WeChat holds. */
  quotas: Map<string, Map<string, number>>
  /** openid → template id → 'accept', for those who ticked 总是保持以上选择 (WeChat keeps it). */
  kept: Map<string, Record<string, 'accept'>>
  /** Members with at least one kind on and authorized. */
  granted: string[]
}

/** The demo's reminder settings and WeChat's authorizations, deterministic for a given roster. */
export function demoGrants(members: MemberDoc[], now: number): DemoGrants {
  const random = seededRandom(20261207)
  const skip = untouchedPersonas(members)
  const bound = members.filter((m) => m.status === 'active' && m.openid)
  const eligible = bound.filter((m) => !skip.has(m._id))
  // The same share of each branch's bound members, chosen by a seeded shuffle.
  const chosen = new Set<string>()
  for (const branchId of new Set(bound.map((m) => m.branchId))) {
    const order = eligible
      .filter((m) => m.branchId === branchId)
      .map((m) => ({ m, key: random() }))
      .sort((a, b) => a.key - b.key)
    const share = Math.round(bound.filter((m) => m.branchId === branchId).length * GRANTED_SHARE)
    for (const { m } of order.slice(0, share)) chosen.add(m._id)
  }
  const subscriptions: SubscriptionDoc[] = []
  const quotas = new Map<string, Map<string, number>>()
  const keptChoices = new Map<string, Record<string, 'accept'>>()
  const granted: string[] = []
  for (const m of eligible) {
    const answeredAt = now - (1 + Math.floor(random() * 60)) * DAY_MS - Math.floor(random() * 8) * 3600_000
    if (!chosen.has(m._id)) {
      // Never allowed: most were never asked; some declined the activity reminders; a few used theirs up.
      const r = random()
      if (r < 0.25) subscriptions.push(doc(m, 'activity', now, { lastAnswer: 'reject', answeredAt }))
      else if (r < 0.35) {
        const accepted = 1 + Math.floor(random() * 2)
        subscriptions.push(doc(m, 'activity', now, { lastAnswer: 'accept', accepted, answeredAt }))
      }
      continue
    }
    // About one in four ticked 总是保持以上选择: asked at every moment since, each time one more.
    const kept = random() < 0.25
    const mine = new Map<string, number>()
    let reachable = false
    for (const template of TEMPLATE_KEYS) {
      // The activity kind always (the moment most are asked at); the others by their odds.
      if (template !== 'activity' && random() >= KIND_ODDS[template]) continue
      const remaining = kept ? 3 + Math.floor(random() * 4) : 1 + Math.floor(random() * 3)
      const used = Math.floor(random() * 3)
      // Now and then a kind allowed in WeChat is turned off in 提醒设置 (its authorizations stay).
      const on = template === 'activity' || random() >= 0.05
      subscriptions.push(
        doc(m, template, now, { on, remaining, accepted: remaining + used, lastAnswer: 'accept', kept, answeredAt }),
      )
      mine.set(SUBSCRIBE_TEMPLATES[template].id, remaining)
      reachable ||= on
    }
    quotas.set(m.openid as string, mine)
    if (kept) keptChoices.set(m.openid as string, Object.fromEntries([...mine.keys()].map((id) => [id, 'accept'])))
    if (reachable) granted.push(m._id)
  }
  return { subscriptions, quotas, kept: keptChoices, granted }
}

/** Writes the app's side and, through the local cloud, WeChat's; answers how many turned reminders on. */
export async function seed(db: Database, now: number, world: DemoWorld, platform: DemoPlatform): Promise<number> {
  const { subscriptions, quotas, kept, granted } = demoGrants(world.members, now)
  await db.insertRaw('subscriptions', subscriptions as unknown as Record<string, unknown>[])
  for (const [openid, mine] of quotas) {
    for (const [templateId, count] of mine) platform.grantSubscription(openid, templateId, count)
  }
  for (const [openid, answers] of kept) platform.keepSubscriptionChoices(openid, answers)
  return granted.length
}
