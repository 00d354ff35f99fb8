/**
 * The local cloud knows nothing of 党建助手: a project of its own (tests/fixtures/hello-project,
 * one plain wx-server-sdk function and a localcloud.config.ts) runs under it as this one does.
 */
import { join } from 'node:path'
import { configFromEnv, loadProject } from '../../localcloud/config'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { VISITOR } from '../fixtures/hello-project/localcloud.config'
import { clockStart } from '../helpers/now'

const ALICE = 'oHelloAlice00000000000000000'
const BOB = 'oHelloBob0000000000000000000'

let cloud: LocalCloud
beforeAll(async () => {
  const project = loadProject(join(__dirname, '../fixtures/hello-project/localcloud.config.ts'))
  cloud = await startLocalCloud({
    ...configFromEnv(project, { GREETING: '您好' }),
    port: 0,
    dataDir: null,
    realTimers: false,
    startAt: clockStart(),
  })
})
afterAll(() => cloud.close())

/** As the app calls a function: its data as the body, the caller's openid in a header. */
async function hello(openid: string, text: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${cloud.url}/fn/hello`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ text }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

it("finds the project's functions and collections from its config file alone", () => {
  expect([...cloud.pools.keys()]).toEqual(['hello'])
  expect(cloud.config.functionsDir).toBe(join(__dirname, '../fixtures/hello-project/cloudfunctions'))
  expect(cloud.config.collections).toEqual(['greetings'])
})

it("runs its function under the real SDK with the caller's OPENID, writing and reading the database", async () => {
  await cloud.reset()
  expect(await hello(ALICE, '早上好')).toEqual({
    openid: ALICE,
    source: 'wx_client',
    greeting: '您好',
    texts: ['早上好'],
  })
  expect(await hello(BOB, '晚上好')).toMatchObject({ openid: BOB, texts: ['晚上好'] })
  expect(await hello(ALICE, '中午好')).toMatchObject({ texts: ['早上好', '中午好'] })

  const stored = await cloud.database.find('greetings', { openid: ALICE })
  expect(stored.map((g) => g.text).sort()).toEqual(['中午好', '早上好'])
  expect(stored[0].at).toEqual(expect.any(Date))
})

it("seeds the project's demo and lists its identities through the admin hub", async () => {
  const seeded = await fetch(`${cloud.url}/_admin/seed`, { method: 'POST', body: '{}' })
  expect(await seeded.json()).toMatchObject({ ok: true, greetings: 1 })
  expect(await cloud.database.find('greetings', {})).toEqual([expect.objectContaining({ text: '演示' })])
  const identities = await fetch(`${cloud.url}/_admin/identities`)
  expect(await identities.json()).toEqual([{ openid: VISITOR, name: '访客' }])
  expect(await (await fetch(`${cloud.url}/_admin`)).text()).toContain('<h1>Hello · 本地云管理</h1>')
})
