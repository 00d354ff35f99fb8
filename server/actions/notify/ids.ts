/** Deterministic ids: each record of a (notice, reader), (reminder, member), (member, kind) is written once. */
import type { TemplateKey } from '../../../core/notify/templates'

export const inboxId = (noticeId: string, memberId: string): string => `${noticeId}_${memberId}`
export const outboxId = (key: string, memberId: string): string => `${key}_${memberId}`
export const subscriptionId = (memberId: string, template: TemplateKey): string => `${memberId}_${template}`

/** Splits a list for `_.in` queries and batched writes. */
export function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
