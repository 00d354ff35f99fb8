/**
 * The network boundary of the H5 app: a stand-in for `fetch` that answers as the local cloud
 * would (`POST /fn/<name>` with an envelope, `GET /_admin/identities`), and records each call.
 */
import type { Profile, Session } from '@core/contract'

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
  uploads: Upload[]
  /** Authorizations granted through the H5 stand-in for WeChat's subscribe sheet. */
  grants: Array<{ openid: string; templateIds: string[]; kept?: Record<string, 'accept' | 'reject'> }>
  /** What 总是保持以上选择 kept, per openid, as the local cloud's platform keeps it. */
  kept: Record<string, Record<string, 'accept' | 'reject'>>
  /** The request key each function call carried, in the order of `calls`. */
  requestKeys: Array<string | null>
}

export interface Upload {
  cloudPath: string
  body: unknown
}

interface Handlers {
  fn?: (call: FunctionCall) => Reply | Promise<Reply>
  identities?: () => Reply
  /** `POST /_admin/upload?cloudPath=…`, the H5 stand-in for wx.cloud.uploadFile. */
  upload?: (upload: Upload) => Reply
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
  const cloud: FakeCloud = { calls: [], identityRequests: 0, uploads: [], grants: [], kept: {}, requestKeys: [] }
  const fetchStub = async (url: string, init: RequestInit = {}): Promise<Response> => {
    if (url === `${BASE}/_admin/identities`) {
      cloud.identityRequests += 1
      return toResponse(handlers.identities ? handlers.identities() : { status: 404, raw: true, text: 'Not Found' })
    }
    if (url === `${BASE}/_admin/subscriptions` && init.method === 'POST') {
      const grant = JSON.parse(String(init.body)) as FakeCloud['grants'][number]
      cloud.grants.push(grant)
      if (grant.kept) cloud.kept[grant.openid] = { ...cloud.kept[grant.openid], ...grant.kept }
      return toResponse({ body: { quota: {}, kept: cloud.kept[grant.openid] ?? {} } })
    }
    if (url.startsWith(`${BASE}/_admin/subscriptions?`) && (init.method ?? 'GET') === 'GET') {
      const openid = new URL(url).searchParams.get('openid') ?? ''
      return toResponse({ body: { quota: {}, kept: cloud.kept[openid] ?? {} } })
    }
    if (url.startsWith(`${BASE}/_admin/upload?`) && init.method === 'POST') {
      const upload = { cloudPath: new URL(url).searchParams.get('cloudPath') ?? '', body: init.body }
      cloud.uploads.push(upload)
      return toResponse(handlers.upload ? handlers.upload(upload) : { status: 404, raw: true, text: 'Not Found' })
    }
    const match = url.match(/^http:\/\/cloud\.test\/fn\/([^/?]+)$/)
    if (!match || init.method !== 'POST') return toResponse({ status: 404, raw: true, text: 'Not Found' })
    const headers = (init.headers ?? {}) as Record<string, string>
    const event = JSON.parse(String(init.body)) as { action: string; input: unknown; requestKey?: string }
    const call: FunctionCall = {
      fn: match[1],
      action: event.action,
      input: event.input,
      openid: headers['X-WX-OPENID'] ?? null,
    }
    cloud.calls.push(call)
    cloud.requestKeys.push(event.requestKey ?? null)
    const reply = handlers.fn
      ? await handlers.fn(call)
      : { status: 404, body: { ok: false, error: { code: 'REQUEST.UNKNOWN_FUNCTION', message: '没有这个功能' } } }
    return toResponse(reply)
  }
  globalThis.fetch = fetchStub as typeof fetch
  return cloud
}

/** What one action answers: its data, or an error envelope. */
export type ActionAnswer =
  { data: unknown } | { error: { code: string; message: string; fields?: Record<string, string> }; status?: number }

export type ActionHandlers = Record<
  string,
  (input: unknown, call: FunctionCall) => ActionAnswer | Promise<ActionAnswer>
>

/**
 * A cloud that answers actions by `function/action` (e.g. `member/binding.bind`); any other
 * action is unknown to it, as to a server of another version.
 */
export function cloudWithActions(actions: ActionHandlers, extra: Omit<Handlers, 'fn'> = {}): FakeCloud {
  return installFakeCloud({
    ...extra,
    fn: async (call) => {
      const handler = actions[`${call.fn}/${call.action}`]
      if (!handler) {
        return {
          status: 400,
          body: { ok: false, error: { code: 'REQUEST.UNKNOWN_ACTION', message: '没有这个操作，请更新小程序后再试' } },
        }
      }
      const answer = await handler(call.input, call)
      return 'data' in answer
        ? { body: { ok: true, data: answer.data } }
        : { status: answer.status ?? 400, body: { ok: false, error: answer.error } }
    },
  })
}

/** The calls made, as `function/action`. */
export const actionsCalled = (cloud: FakeCloud): string[] => cloud.calls.map((call) => `${call.fn}/${call.action}`)

/**
 * A cloud that knows one person: whoami answers with `session`, profile.get with the roster
 * entry behind it (a plain 党员 joined 2010-07-01), or NOT_BOUND when there is none.
 */
export function cloudWithSession(session: Session): FakeCloud {
  return cloudWithActions({
    'member/session.whoami': () => ({ data: session }),
    'member/profile.get': () =>
      session.member
        ? { data: profileOf(session) }
        : { error: { code: 'AUTH.NOT_BOUND', message: '您还没有绑定党员身份，请先绑定' }, status: 403 },
  })
}

export const profileOf = (session: Session, extra: Partial<Profile> = {}): Profile => ({
  id: session.member?.id ?? 'm-1',
  name: session.member?.name ?? '张三',
  branchName: session.member?.branchName ?? '第一党支部',
  groupName: null,
  joinDate: '2010-07-01',
  role: 'member',
  duty: null,
  probationary: false,
  ...extra,
})

export const memberSession = (name = '张三', branchName = '第一党支部'): Session => ({
  bound: true,
  role: 'member',
  member: { id: 'm-1', name, branchId: 'b-1', branchName },
})

export const secretarySession = (): Session => ({ ...memberSession('李书记'), role: 'secretary' })

export const strangerSession = (): Session => ({ bound: false, role: null, member: null })
