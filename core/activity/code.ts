/**
 * The rotating sign-in code's timing and the QR payload. The code itself is derived on the
 * server from a per-activity secret (server/actions/activity/sign-code.ts); this is the part
 * the app needs too.
 */

/** The code changes every 30 seconds; the previous one stays valid for one more step. */
export const CODE_STEP_MS = 30_000

/** The mini-program page a sign-in QR opens. */
export const SIGN_IN_PAGE = 'pages/signin/index'

export function codeStep(now: number): number {
  return Math.floor(now / CODE_STEP_MS)
}

/** When the code shown at `now` is replaced by the next one. */
export function nextChangeAt(now: number): number {
  return (codeStep(now) + 1) * CODE_STEP_MS
}

/** What the secretary's QR encodes: the sign-in page with the activity and the current code. */
export function qrPayload(activityId: string, code: string): string {
  return `${SIGN_IN_PAGE}?a=${encodeURIComponent(activityId)}&c=${code}`
}

/**
 * Reads a scanned QR (the payload above, with or without a leading `/` or a host); null if it is
 * not ours. Parsed by hand: the mini-program runtime has no URLSearchParams.
 */
export function parseQrPayload(text: string): { activityId: string; code: string } | null {
  const at = text.indexOf(SIGN_IN_PAGE + '?')
  if (at < 0) return null
  const params: Record<string, string> = {}
  for (const pair of text.slice(at + SIGN_IN_PAGE.length + 1).split('&')) {
    const eq = pair.indexOf('=')
    if (eq > 0) params[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  let activityId = ''
  try {
    activityId = decodeURIComponent(params.a ?? '')
  } catch {
    return null
  }
  const code = params.c ?? ''
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(activityId) || !/^\d{6}$/.test(code)) return null
  return { activityId, code }
}
