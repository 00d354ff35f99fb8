/**
 * What a generated payload may get back: a valid success, or a documented error code with a
 * Chinese message — never a 5xx, INTERNAL, a stack trace or a crashed instance. And the store,
 * for a refused call, exactly as it was.
 */
import { isErrorCode } from '../../core/errors'
import type { LocalCloud } from '../../localcloud/server'

export interface RawAnswer {
  status: number
  text: string
}

/** POSTs a body to a function's front door as a client would, with the caller's openid. */
export async function postRaw(cloud: LocalCloud, fn: string, body: string, openid: string): Promise<RawAnswer> {
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body,
  })
  return { status: res.status, text: await res.text() }
}

export type Verdict = { ok: true; code: null } | { ok: false; code: string } | { problem: string; code: string | null }

const CJK = /[\u4e00-\u9fff]/
/** A stack frame, a file path of the server, or an Error's own words leaking into an answer. */
const LEAK = /\n\s+at |node_modules|\/server\/|\.js:\d+|(?:Type|Reference|Range|Syntax)Error|errCode|errMsg/

export function judge(answer: RawAnswer): Verdict {
  if (answer.status >= 500) return { problem: `HTTP ${answer.status}`, code: null }
  if (LEAK.test(answer.text)) return { problem: 'internals in the answer', code: null }
  let body: unknown
  try {
    body = JSON.parse(answer.text)
  } catch {
    return { problem: 'not JSON', code: null }
  }
  if (typeof body !== 'object' || body === null) return { problem: 'not an envelope', code: null }
  const env = body as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (env.ok === true) {
    return 'data' in env && env.data !== undefined
      ? { ok: true, code: null }
      : { problem: 'success without data', code: null }
  }
  if (env.ok !== false || typeof env.error !== 'object' || env.error === null) {
    return { problem: 'not an envelope', code: null }
  }
  const code = String(env.error.code)
  if (!isErrorCode(code)) return { problem: `undocumented code ${code}`, code }
  if (code === 'INTERNAL') return { problem: 'INTERNAL', code }
  if (typeof env.error.message !== 'string' || !CJK.test(env.error.message)) {
    return { problem: `message of ${code} is not in Chinese`, code }
  }
  return { ok: false, code }
}

export function crashes(cloud: LocalCloud): number {
  return [...cloud.pools.values()].reduce((sum, pool) => sum + pool.crashes, 0)
}

export type Snapshot = Record<string, Record<string, unknown>[]>

/** The store as it was: every collection emptied and refilled from an export. */
export async function restore(cloud: LocalCloud, snapshot: Snapshot): Promise<void> {
  await cloud.reset()
  for (const [collection, docs] of Object.entries(snapshot)) {
    if (docs.length > 0) await cloud.database.insertRaw(collection, docs)
  }
}

export async function storeText(cloud: LocalCloud): Promise<string> {
  return JSON.stringify(await cloud.database.exportAll())
}
