/** Bad input at the front door and in the function router: its own code each, nothing changed. */
import type { LocalCloud } from '../../localcloud/server'
import { ERROR_MESSAGES } from '../../core/errors'
import { DEMO_STRANGER_OPENID } from '../../demo/identities'
import { FRONT_DOOR_ERRORS } from '../../localcloud/errors'
import { asMember, post, seedWorld, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
})
afterAll(() => cloud.close())

const member = () => asMember(cloud).openid

it.each([
  ['an unknown function', '/fn/nobody', '{"action":"session.whoami"}', member, 404, 'REQUEST.UNKNOWN_FUNCTION'],
  ['malformed JSON', '/fn/member', '{"action":', member, 400, 'REQUEST.MALFORMED_JSON'],
  [
    'a body over 1 MB',
    '/fn/member',
    JSON.stringify({ action: 'session.whoami', input: { x: 'x'.repeat(1024 * 1024) } }),
    member,
    413,
    'REQUEST.TOO_LARGE',
  ],
  ['an event that is not an object', '/fn/member', '[1,2]', member, 200, 'REQUEST.MALFORMED'],
  ['a missing action', '/fn/member', '{"input":{}}', member, 200, 'REQUEST.MALFORMED'],
  ['an unknown action', '/fn/member', '{"action":"nothing.here"}', member, 200, 'REQUEST.UNKNOWN_ACTION'],
  ['an inherited property as action', '/fn/member', '{"action":"toString"}', member, 200, 'REQUEST.UNKNOWN_ACTION'],
  [
    'a request key that is not one',
    '/fn/member',
    '{"action":"session.whoami","requestKey":{"$gt":""}}',
    member,
    200,
    'REQUEST.MALFORMED',
  ],
  [
    'a request key too short',
    '/fn/member',
    '{"action":"session.whoami","requestKey":"k1"}',
    member,
    200,
    'REQUEST.MALFORMED',
  ],
  ['a missing caller', '/fn/member', '{"action":"session.whoami"}', () => undefined, 200, 'AUTH.NO_CALLER'],
  ['an unknown caller', '/fn/member', '{"action":"profile.get"}', () => DEMO_STRANGER_OPENID, 200, 'AUTH.NOT_BOUND'],
  [
    'fields of the wrong type',
    '/fn/member',
    '{"action":"binding.bind","input":{"name":5,"code":123456}}',
    () => DEMO_STRANGER_OPENID,
    200,
    'REQUEST.INVALID',
  ],
  [
    'input that is not an object',
    '/fn/member',
    '{"action":"binding.bind","input":"x"}',
    () => DEMO_STRANGER_OPENID,
    200,
    'REQUEST.MALFORMED',
  ],
])('refuses %s with its own code and changes nothing', async (_what, path, body, who, status, code) => {
  const before = await cloud.database.exportAll()
  const res = await post(cloud, path, body, who())
  expect(res.status).toBe(status)
  expect(res.json).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
  expect(await cloud.database.exportAll()).toEqual(before)
})

describe('the door refuses what is not a small JSON body the same way: one envelope, a stable code, Chinese words', () => {
  const send = async (body: string | Buffer, contentType: string | null) => {
    const headers: Record<string, string> = { 'x-wx-openid': member() }
    if (contentType !== null) headers['content-type'] = contentType
    const res = await fetch(`${cloud.url}/fn/member`, { method: 'POST', headers, body })
    return { status: res.status, json: (await res.json()) as unknown }
  }
  const whoami = '{"action":"session.whoami"}'

  it.each([
    ['text/plain', whoami, 'text/plain;charset=UTF-8', 415, 'REQUEST.UNSUPPORTED_TYPE'],
    ['no content type', whoami, null, 415, 'REQUEST.UNSUPPORTED_TYPE'],
    ['a form', 'action=session.whoami', 'application/x-www-form-urlencoded', 415, 'REQUEST.UNSUPPORTED_TYPE'],
    ['multipart', whoami, 'multipart/form-data; boundary=x', 415, 'REQUEST.UNSUPPORTED_TYPE'],
    ['JSON text/json lookalike', whoami, 'application/jsonp', 415, 'REQUEST.UNSUPPORTED_TYPE'],
    ['a body of 1 MB and one byte', `"${'x'.repeat(1024 * 1024 - 1)}"`, 'application/json', 413, 'REQUEST.TOO_LARGE'],
    ['JSON cut short', '{"action":"session.whoami"', 'application/json; charset=utf-8', 400, 'REQUEST.MALFORMED_JSON'],
    [
      'bytes that are not UTF-8 JSON',
      Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
      'application/json',
      400,
      'REQUEST.MALFORMED_JSON',
    ],
  ])('%s', async (_what, body, contentType, status, code) => {
    const before = await cloud.database.exportAll()
    const res = await send(body, contentType)
    expect(res.status).toBe(status)
    expect(res.json).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
    expect(await cloud.database.exportAll()).toEqual(before)
  })

  it('reads a body of 1.5 to 12 MB to its end and refuses it, never cutting the upload short', async () => {
    for (const mb of [1.5, 2.4, 3, 4, 6, 8, 12]) {
      const body = JSON.stringify({ action: 'study.checkIn', input: { title: '👍'.repeat((mb * 1024 * 1024) / 4) } })
      const res = await send(body, 'application/json')
      expect([mb, res.status, res.json]).toEqual([
        mb,
        413,
        { ok: false, error: { code: 'REQUEST.TOO_LARGE', message: '提交的内容太大了' } },
      ])
    }
  })

  it('takes JSON with a charset, and exactly 1 MB', async () => {
    expect((await send(whoami, 'application/json; charset=utf-8')).json).toMatchObject({ ok: true })
    const padded = JSON.stringify({ action: 'session.whoami', pad: '' })
    const exact = padded.replace('"pad":""', `"pad":"${'x'.repeat(1024 * 1024 - padded.length)}"`)
    expect(Buffer.byteLength(exact)).toBe(1024 * 1024)
    expect((await send(exact, 'application/json')).json).toMatchObject({ ok: true })
  })
})

it('names each wrong field in Chinese', async () => {
  const res = await post(
    cloud,
    '/fn/member',
    '{"action":"binding.bind","input":{"name":"","code":"12"}}',
    DEMO_STRANGER_OPENID,
  )
  expect(res.json).toEqual({
    ok: false,
    error: { code: 'REQUEST.INVALID', message: '请填写姓名', fields: { name: '请填写姓名', code: '绑定码是6位数字' } },
  })
})

it('refuses a timer trigger sent to a client function', async () => {
  const res = await fetch(`${cloud.url}/_admin/timers/member`, { method: 'POST' })
  const outcome = (await res.json()) as { result: unknown }
  expect(outcome.result).toMatchObject({ ok: false, error: { code: 'REQUEST.MALFORMED' } })
})

it("words its own refusals as the app's error table does", () => {
  for (const [code, message] of Object.entries(FRONT_DOOR_ERRORS)) {
    expect([code, ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES]]).toEqual([code, message])
  }
})

describe('input that used to crash the door (issue 22): refused with a stable code, nothing written, no worker harmed', () => {
  const nested = (depth: number, open: string, close: string, inner = '1') =>
    `${open.repeat(depth)}${inner}${close.repeat(depth)}`
  const member = () => asMember(cloud).openid

  it.each([
    [
      'a function name with a broken percent-escape',
      '/fn/%E0%A4%A',
      '{"action":"session.whoami"}',
      404,
      'REQUEST.UNKNOWN_FUNCTION',
    ],
    [
      'a lone percent sign in the function name',
      '/fn/mem%ber',
      '{"action":"session.whoami"}',
      404,
      'REQUEST.UNKNOWN_FUNCTION',
    ],
    [
      'input objects 5,000 levels deep',
      '/fn/member',
      `{"action":"binding.bind","input":${nested(5000, '{"a":', '}')}}`,
      400,
      'REQUEST.TOO_DEEP',
    ],
    [
      'input arrays 50,000 levels deep',
      '/fn/member',
      `{"action":"binding.bind","input":{"a":${nested(50_000, '[', ']')}}}`,
      400,
      'REQUEST.TOO_DEEP',
    ],
    ['a whole event 5,000 levels deep', '/fn/member', nested(5000, '[', ']'), 400, 'REQUEST.TOO_DEEP'],
  ])('%s', async (_what, path, body, status, code) => {
    const before = await cloud.database.exportAll()
    const crashes = [...cloud.pools.values()].reduce((n, p) => n + p.crashes, 0)
    const res = await post(cloud, path, body, member())
    expect([res.status, res.json]).toEqual([
      status,
      { ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } },
    ])
    expect(await cloud.database.exportAll()).toEqual(before)
    // The function still answers, from an instance that was never lost.
    expect((await post(cloud, '/fn/member', '{"action":"session.whoami"}', member())).json).toMatchObject({ ok: true })
    expect([...cloud.pools.values()].reduce((n, p) => n + p.crashes, 0)).toBe(crashes)
  })

  it('takes brackets and braces inside strings at any count, and input as deep as the contract needs', async () => {
    const text = `${'['.repeat(3000)}${'{'.repeat(3000)}`
    const res = await post(
      cloud,
      '/fn/member',
      JSON.stringify({ action: 'session.whoami', input: { note: text } }),
      member(),
    )
    expect(res.json).toMatchObject({ ok: true })
  })
})

describe("the functions' router, handed deep JSON past the door (as WeChat hands a function whatever a client sends)", () => {
  const deep = (depth: number): unknown => {
    let value: unknown = 1
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
    return value
  }
  const invoke = async (event: unknown) => {
    const outcome = await cloud.pools
      .get('member')!
      .invoke(event, { openid: asMember(cloud).openid, source: 'wx_client' })
    return outcome.kind === 'result' ? outcome.result : outcome
  }

  it('refuses an event nested past 32 levels with its own code', async () => {
    expect(await invoke({ action: 'binding.bind', input: { name: deep(200) } })).toEqual({
      ok: false,
      error: { code: 'REQUEST.TOO_DEEP', message: '提交的内容层次太多，无法识别' },
    })
  })

  it('validates as before an event within the limit', async () => {
    expect(await invoke({ action: 'binding.bind', input: { name: deep(20), code: '123456' } })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID' },
    })
  })
})

it("carries the cloud's clock in every action's answer, wherever the hub has moved it", async () => {
  const moved = Date.parse('2026-12-07T14:30:00+08:00')
  cloud.clock.set(moved)
  try {
    const res = await post(cloud, '/fn/member', '{"action":"session.whoami"}', member())
    const now = (res.json as { now?: unknown }).now
    expect(res.json).toMatchObject({ ok: true })
    expect(typeof now).toBe('number')
    // The cloud's clock keeps running from where it was set: a few seconds at most in between.
    expect(now as number).toBeGreaterThanOrEqual(moved)
    expect(now as number).toBeLessThan(moved + 10_000)
  } finally {
    cloud.clock.set(null)
  }
})
