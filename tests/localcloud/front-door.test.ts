/** Bad input at the front door and in the function router: its own code each, nothing changed. */
import type { LocalCloud } from '../../localcloud/server'
import { DEMO_STRANGER_OPENID } from '../../localcloud/seed/identities'
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
