/**
 * `POST /fn/<name>`: the local stand-in for `wx.cloud.callFunction`. The body is the `data`
 * the mini-program would pass; the caller's openid comes in the `X-WX-OPENID` header, which
 * the local cloud turns into the function's WeChat context (WeChat itself signs it in).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { frontDoorError, type FrontDoorErrorCode } from './errors'
import { readLimited, sendJson } from './http-util'
import type { FunctionPool } from './workers'

/** WeChat refuses callFunction payloads and results over 1 MB. */
export const MAX_PAYLOAD = 1024 * 1024

/**
 * Nesting beyond this is refused at the door (objects and arrays, the event's own level counted):
 * far deeper than any call the mini-program makes, and far shallower than what would exhaust a
 * stack — in JSON.parse, in the copy sent to the instance, or in the function's validation.
 */
export const MAX_DEPTH = 32

/** Whether JSON text nests objects and arrays deeper than `max` (brackets in strings don't count). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash: the next character is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

/** The function a `/fn/<name>` path names; null when its percent-escapes do not decode. */
export function functionName(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** What `wx.cloud.callFunction` and the H5 app send; charset and other parameters may follow. */
const JSON_TYPE = /^application\/json\s*(;|$)/i

/** Every refusal at the door: the function's own envelope, a stable code, words a person can read. */
function refuse(res: ServerResponse, status: number, code: FrontDoorErrorCode): void {
  sendJson(res, status, { ok: false, error: frontDoorError(code) })
}

export async function handleFunctionCall(
  pools: Map<string, FunctionPool>,
  name: string | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // The body is read (or, past 1 MB, read and dropped) before any answer: a refusal sent while
  // the client is still uploading reaches it as a reset connection, not as our envelope.
  const body = await readLimited(req, MAX_PAYLOAD)
  const pool = name === null ? undefined : pools.get(name)
  if (!pool) return refuse(res, 404, 'REQUEST.UNKNOWN_FUNCTION')
  if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'REQUEST.UNSUPPORTED_TYPE')
  if (body === null) return refuse(res, 413, 'REQUEST.TOO_LARGE')
  const text = body.toString('utf8') || '{}'
  if (nestsDeeperThan(text, MAX_DEPTH)) return refuse(res, 400, 'REQUEST.TOO_DEEP')
  let event: unknown
  try {
    event = JSON.parse(text)
  } catch {
    return refuse(res, 400, 'REQUEST.MALFORMED_JSON')
  }
  const header = req.headers['x-wx-openid']
  const openid = typeof header === 'string' ? header.trim() : ''
  const outcome = await pool.invoke(event, { openid, source: 'wx_client', clientIp: req.socket.remoteAddress })
  if (outcome.kind === 'error') {
    console.error(`[localcloud] ${name}: ${outcome.errCode} ${outcome.errMsg}`)
    const code: FrontDoorErrorCode = outcome.errCode === -504003 ? 'SYSTEM.TIMEOUT' : 'INTERNAL'
    return refuse(res, 502, code)
  }
  const result = JSON.stringify(outcome.result)
  if (Buffer.byteLength(result) > MAX_PAYLOAD) {
    console.error(`[localcloud] ${name}: result over 1 MB (WeChat: -604001)`)
    return refuse(res, 502, 'SYSTEM.RESULT_TOO_LARGE')
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' })
  res.end(result)
}
