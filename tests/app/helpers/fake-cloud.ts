/**
 * The network boundary of the H5 app: a stand-in for `fetch` that answers as the local cloud
 * would (`POST /fn/<name>` with an envelope, `GET /_admin/identities`), and records each call.
 */
import type { Session } from '@core/contract'

export interface FunctionCall {
  fn: string
  action: string
  input: unknown
  openid: string | null
}

export type Reply =
  { status?: number; body: unknown; raw?: false } | { status: number; raw: true; text: string } | 'unreachable'

export interface FakeCloud {
  calls: FunctionCall[]
  identityRequests: number
}

interface Handlers {
  fn?: (call: FunctionCall) => Reply | Promise<Reply>
  identities?: () => Reply
}

const BASE = 'http://cloud.test'

function response(status: number, text: string): Response {
  const fake = {
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  }
  return fake as unknown as Response
}

function toResponse(reply: Reply): Response {
  if (reply === 'unreachable') throw new TypeError('Failed to fetch')
  if (reply.raw) return response(reply.status, reply.text)
  return response(reply.status ?? 200, JSON.stringify(reply.body))
}

export function installFakeCloud(handlers: Handlers): FakeCloud {
  const cloud: FakeCloud = { calls: [], identityRequests: 0 }
  const fetchStub = async (url: string, init: RequestInit = {}): Promise<Response> => {
    if (url === `${BASE}/_admin/identities`) {
      cloud.identityRequests += 1
      return toResponse(handlers.identities ? handlers.identities() : { status: 404, raw: true, text: 'Not Found' })
    }
    const match = url.match(/^http:\/\/cloud\.test\/fn\/([^/?]+)$/)
    if (!match || init.method !== 'POST') return toResponse({ status: 404, raw: true, text: 'Not Found' })
    const headers = (init.headers ?? {}) as Record<string, string>
    const event = JSON.parse(String(init.body)) as { action: string; input: unknown }
    const call: FunctionCall = {
      fn: match[1],
      action: event.action,
      input: event.input,
      openid: headers['X-WX-OPENID'] ?? null,
    }
    cloud.calls.push(call)
    const reply = handlers.fn
      ? await handlers.fn(call)
      : { status: 404, body: { ok: false, error: { code: 'REQUEST.UNKNOWN_FUNCTION', message: '没有这个功能' } } }
    return toResponse(reply)
  }
  globalThis.fetch = fetchStub as typeof fetch
  return cloud
}

/** A cloud whose member.session.whoami answers with `session`. */
export function cloudWithSession(session: Session): FakeCloud {
  return installFakeCloud({
    fn: (call) =>
      call.fn === 'member' && call.action === 'session.whoami'
        ? { body: { ok: true, data: session } }
        : {
            status: 400,
            body: { ok: false, error: { code: 'REQUEST.UNKNOWN_ACTION', message: '没有这个操作，请更新小程序后再试' } },
          },
  })
}

export const memberSession = (name = '张三', branchName = '第一党支部'): Session => ({
  bound: true,
  role: 'member',
  member: { id: 'm-1', name, branchId: 'b-1', branchName },
})

export const secretarySession = (): Session => ({ ...memberSession('李书记'), role: 'secretary' })

export const strangerSession = (): Session => ({ bound: false, role: null, member: null })
