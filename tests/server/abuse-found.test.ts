/**
 * Bugs the generated payloads found (tests/abuse, `npm run test:abuse`), each pinned by name so
 * that it stays fixed.
 */
import type { LocalCloud } from '../../localcloud/server'
import { MAX_FIELD_PROBLEMS } from '../../core/validation'
import { postRaw } from '../abuse/answers'
import { asMember, seedWorld, startTestCloud } from '../helpers/cloud'
import { runAtFixedInstant } from '../helpers/now'

// Who may call what, and robustness: not about the calendar (see runAtFixedInstant).
runAtFixedInstant()

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedWorld(cloud)
})
afterAll(() => cloud.close())

it('a report of 100,000 bad months is refused with a few field problems, not an answer over 1 MB', async () => {
  const months = Array.from({ length: 100_000 }, () => 'x')
  const body = JSON.stringify({ action: 'dues.report', input: { months, method: 'wechat' } })
  const answer = await postRaw(cloud, 'member', body, asMember(cloud).openid)
  expect(answer.status).toBe(200)
  const env = JSON.parse(answer.text) as { ok: boolean; error: { code: string; fields: Record<string, string> } }
  expect(env).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
  expect(Object.keys(env.error.fields).length).toBeLessThanOrEqual(MAX_FIELD_PROBLEMS)
  expect(answer.text.length).toBeLessThan(10_000)
})
