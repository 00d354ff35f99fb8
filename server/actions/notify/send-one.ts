/**
 * One push, and what its outcome means. WeChat's 43101 (no authorization left) is final; a busy
 * platform or a refused request is retried with backoff up to a limit; a timeout may have
 * delivered the message, so it is never retried (`unknown`): at most one push per key.
 */
import { SUBSCRIBE_TEMPLATES } from '../../../core/notify/templates'
import type { MemberDoc } from '../../model'
import type { Cloud } from '../../runtime/types'
import type { OutboxDoc, SubscriptionDoc } from './model'
import { authorized } from './subscriptions'

export const MAX_ATTEMPTS = 5
/** -1 系统繁忙; -501001 system error, -501003 request limit, -501004 concurrency limit: not delivered. */
const RETRYABLE = new Set([-1, -501001, -501003, -501004])
/** -501002 timeout, -604102 openapi timeout: perhaps delivered. */
const UNCERTAIN = new Set([-501002, -604102])

export type Outcome =
  | { status: 'sent' }
  | { status: 'noQuota' | 'failed' | 'unknown' | 'skipped'; code: number | null; message: string }
  | { status: 'retry'; code: number; message: string }

function errorOf(error: unknown): { code: number; message: string } {
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown } | null
  const code = typeof e?.errCode === 'number' ? e.errCode : -501001
  return { code, message: String(e?.errMsg ?? e?.message ?? '未知错误').slice(0, 200) }
}

export async function sendOne(
  cloud: Cloud,
  doc: OutboxDoc,
  member: MemberDoc | undefined,
  sub: SubscriptionDoc | undefined,
): Promise<Outcome> {
  if (!member || member.status !== 'active') return { status: 'skipped', code: null, message: '已不在名册' }
  if (!member.openid) return { status: 'skipped', code: null, message: '未绑定微信' }
  if (sub?.on === false) return { status: 'skipped', code: null, message: '本人已关闭此类提醒' }
  const template = SUBSCRIBE_TEMPLATES[doc.template]
  if (!authorized(doc.template, sub)) {
    return { status: 'noQuota', code: null, message: '没有剩余的订阅授权（通知已在小程序中）' }
  }
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: member.openid,
      templateId: template.id,
      page: doc.page,
      data: doc.data,
      // Opens the released mini-program (体验版 members would see the released one too).
      miniprogramState: 'formal',
    })
    return { status: 'sent' }
  } catch (error) {
    const { code, message } = errorOf(error)
    if (code === 43101) return { status: 'noQuota', code, message: '微信答复没有剩余授权（通知已在小程序中）' }
    if (UNCERTAIN.has(code)) return { status: 'unknown', code, message: '发送超时，无法确认是否送达（不会重发）' }
    if (RETRYABLE.has(code) && doc.attempts + 1 < MAX_ATTEMPTS) return { status: 'retry', code, message }
    return { status: 'failed', code, message }
  }
}

/** 1, 2, 4, 8 minutes… after each failed attempt. */
export function backoffMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1)
}
