/**
 * The local cloud runs functions as WeChat does: each caller's own WeChat context even under
 * concurrency, the cloud's clock, timers with SOURCE wx_trigger, the time limit, 1 MB results.
 */
import { join } from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { post, testCloudConfig } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud(
    testCloudConfig({ maxInstances: 3, functionsDir: join(__dirname, '../fixtures/functions') }),
  )
  await cloud.database.ensureCollections(['probe'])
})
afterAll(() => cloud.close())

interface Probe {
  wx: { OPENID?: string; SOURCE?: string; APPID?: string; ENV?: string }
  now: number
}

async function probe(event: object, openid?: string): Promise<{ status: number; json: unknown }> {
  return post(cloud, '/fn/probe', JSON.stringify(event), openid)
}

it('gives every concurrent caller their own WeChat context', async () => {
  const openids = Array.from({ length: 24 }, (_, i) => `oProbeCaller${String(i).padStart(16, '0')}`)
  const results = await Promise.all(openids.map((o) => probe({ do: 'sleep', ms: 20 }, o)))
  expect(results.map((r) => (r.json as Probe).wx.OPENID)).toEqual(openids)
  expect((results[0].json as Probe).wx).toMatchObject({ SOURCE: 'wx_client', APPID: 'wxlocal0000000000', ENV: 'local' })
})

it('runs no more instances than allowed, queueing the rest', async () => {
  const started = performance.now()
  await Promise.all(Array.from({ length: 6 }, () => probe({ do: 'sleep', ms: 300 }, 'oProbeQueue000000000000000000')))
  expect(cloud.pools.get('probe')?.size).toBeLessThanOrEqual(3)
  expect(performance.now() - started).toBeGreaterThanOrEqual(600)
})

it("follows the cloud's clock in Date and in serverDate", async () => {
  const target = Date.parse('2026-03-06T07:00:00Z')
  cloud.clock.set(target)
  try {
    const { now } = (await probe({}, 'oProbeClock000000000000000000')).json as Probe
    expect(Math.abs(now - target)).toBeLessThan(5000)
    const dates = (await probe({ do: 'serverDate' }, 'oProbeClock000000000000000000')).json as {
      at: number
      local: number
    }
    expect(Math.abs(dates.at - target)).toBeLessThan(5000)
    expect(Math.abs(dates.local - target)).toBeLessThan(5000)
  } finally {
    cloud.clock.set(null)
  }
})

it('fires a timer as WeChat does: SOURCE wx_trigger, no OPENID', async () => {
  const res = await fetch(`${cloud.url}/_admin/timers/probe`, { method: 'POST' })
  const outcome = (await res.json()) as {
    kind: string
    result: Probe & { event: { Type: string; TriggerName: string } }
  }
  expect(outcome.kind).toBe('result')
  expect(outcome.result.wx.SOURCE).toBe('wx_trigger')
  expect(outcome.result.wx.OPENID).toBeUndefined()
  expect(outcome.result.event).toMatchObject({ Type: 'Timer', TriggerName: 'everyMinute' })
})

it('ends an invocation at the time limit, and the next one still works', async () => {
  const slow = await probe({ do: 'sleep', ms: 5000 }, 'oProbeSlow0000000000000000000')
  expect(slow).toMatchObject({ status: 502, json: { ok: false, error: { code: 'SYSTEM.TIMEOUT' } } })
  const next = await probe({}, 'oProbeSlow0000000000000000000')
  expect(next.status).toBe(200)
})

it('reports a crash as an internal error, without a stack', async () => {
  const res = await probe({ do: 'throw' }, 'oProbeCrash000000000000000000')
  expect(res).toMatchObject({ status: 502, json: { ok: false, error: { code: 'INTERNAL' } } })
  expect(JSON.stringify(res.json)).not.toContain('probe failed')
})

it('refuses a result over 1 MB, as WeChat does', async () => {
  const res = await probe({ do: 'big' }, 'oProbeBig00000000000000000000')
  expect(res).toMatchObject({ status: 502, json: { ok: false, error: { code: 'SYSTEM.RESULT_TOO_LARGE' } } })
})
