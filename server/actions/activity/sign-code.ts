/**
 * The rotating 6-digit sign-in code: HMAC-SHA256 of the 30-second step under the activity's own
 * secret, truncated as in RFC 4226. The current and the previous step are accepted, so a code
 * read just before it changes still works; a screenshot forwarded later does not.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { codeStep } from '../../../core/activity/code'

/** Steps back (10 minutes) within which a wrong code is recognised as an expired one. */
const EXPIRED_LOOKBACK = 20

export function newSignInSecret(): string {
  return randomBytes(20).toString('hex')
}

export function codeForStep(secret: string, step: number): string {
  const mac = createHmac('sha256', secret).update(String(step)).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const value = mac.readUInt32BE(offset) & 0x7fffffff
  return String(value % 1_000_000).padStart(6, '0')
}

export function currentCode(secret: string, now: number): string {
  return codeForStep(secret, codeStep(now))
}

export type CodeCheck = 'valid' | 'expired' | 'wrong'

export function checkCode(secret: string, code: string, now: number): CodeCheck {
  const step = codeStep(now)
  if (code === codeForStep(secret, step) || code === codeForStep(secret, step - 1)) return 'valid'
  for (let back = 2; back <= EXPIRED_LOOKBACK; back++) {
    if (code === codeForStep(secret, step - back)) return 'expired'
  }
  return 'wrong'
}
