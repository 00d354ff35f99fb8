/**
 * Bugs the generated payloads found (tests/abuse, `npm run test:abuse`), each pinned by name so
 * that it stays fixed.
 */
import type { LocalCloud } from '../../localcloud/server'
import { MAX_FIELD_PROBLEMS } from '../../core/validation'
import { postRaw, storeText } from '../abuse/answers'
import { asAdmin, asMember, seedWorld, startTestCloud } from '../helpers/cloud'
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

it('an admin naming a branch that does not exist is refused before anything is written (转入 wrote a member first)', async () => {
  const before = await storeText(cloud)
  const input = {
    branchId: 'no-such-branch',
    name: '丙转入',
    from: '中共某某区委机关工委',
    duesPaidThrough: '2020-01',
    joinDate: '2012-07-01',
    probationary: false,
    duesCategory: 'inService',
  }
  const body = JSON.stringify({ action: 'transfer.arrive', input, requestKey: 'found-arrive-1' })
  const answer = await postRaw(cloud, 'secretary', body, asAdmin(cloud).openid)
  expect(JSON.parse(answer.text)).toMatchObject({
    ok: false,
    error: { code: 'ORG.NOT_FOUND', message: '没有找到这个支部' },
  })
  expect(await storeText(cloud)).toBe(before)
})

it('活动安排 for a month or an activity day out of 2000–2099 is refused in words, before anything is written (9999-12 answered INTERNAL)', async () => {
  const before = await storeText(cloud)
  for (const month of ['9999-12', '1000-01']) {
    const body = JSON.stringify({ action: 'schedule.get', input: { branchId: 'org-a', month } })
    const answer = JSON.parse((await postRaw(cloud, 'secretary', body, asAdmin(cloud).openid)).text) as unknown
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', fields: { month: '月份应在2000年到2099年之间' } },
    })
  }
  const move = { activityId: 'any', changes: { date: '9999-12-31' } }
  const body = JSON.stringify({ action: 'schedule.move', input: move, requestKey: 'found-move-1' })
  const answer = JSON.parse((await postRaw(cloud, 'secretary', body, asAdmin(cloud).openid)).text) as unknown
  expect(answer).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
  expect(await storeText(cloud)).toBe(before)
})
