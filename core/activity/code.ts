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

/**
 * A 小程序码's `scene` (WeChat's scanner opens the sign-in page with it): at most 32 visible
 * characters of 0-9 a-z A-Z and !#$&'()*+,/:;=?@-._~ — no room for an activity id, so it
 * carries the activity's short sign-in key and the current code: `k=<key>&c=<code>`.
 */
export const SCENE_MAX = 32
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
/** An activity's sign-in key: 8 characters of 0-9 A-Z a-z, unique among activities. */
export const SIGN_IN_KEY_PATTERN = /^[0-9A-Za-z]{8}$/

export function sceneOf(signInKey: string, code: string): string {
  return `k=${signInKey}&c=${code}`
}

/** Reads a scene as WeChat hands it to the page (URL-encoded, or already decoded); null if it is not ours. */
export function parseScene(raw: string): { signInKey: string; code: string } | null {
  let scene = raw
  try {
    scene = decodeURIComponent(raw)
  } catch {
    return null
  }
  const params = queryParams(scene)
  const signInKey = params.k ?? ''
  const code = params.c ?? ''
  if (!SIGN_IN_KEY_PATTERN.test(signInKey) || !/^\d{6}$/.test(code)) return null
  return { signInKey, code }
}

function queryParams(query: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=')
    if (eq > 0) params[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return params
}

/** What a scan found: the plain QR names the activity, a 小程序码 its sign-in key. */
export type ScannedSignIn = { activityId: string; code: string } | { signInKey: string; code: string }

/**
 * Reads what `wx.scanCode` answered: a 小程序码 gives `path` (the page with `scene=` in its query),
 * a plain QR gives `result` (our payload). Null if neither is a sign-in code of ours.
 */
export function parseScan(scan: { result?: string; path?: string }): ScannedSignIn | null {
  const path = scan.path ?? ''
  const at = path.indexOf(SIGN_IN_PAGE + '?')
  if (at >= 0) {
    const scene = queryParams(path.slice(at + SIGN_IN_PAGE.length + 1)).scene
    if (scene !== undefined) return parseScene(scene)
  }
  return parseQrPayload(scan.result ?? '')
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
  const params = queryParams(text.slice(at + SIGN_IN_PAGE.length + 1))
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
