/**
 * The local WeChat cloud: the real wx-server-sdk inside each function instance talks to
 * `/admin` here; the H5 app calls functions through `/fn/<name>`; people and tests drive
 * the cloud through the admin hub under `/_admin`.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { handleAdmin } from './admin-endpoint'
import { Clock } from './clock'
import type { LocalCloudConfig } from './config'
import { openDatabase, type Database } from './db'
import { functionName, handleFunctionCall } from './front-door'
import { handleHub } from './hub'
import type { LocalCloud } from './local-cloud'
import { allowCors, sendJson } from './http-util'
import { openPlatform } from './platform'
import { sdkBundle } from './sdk-bundle'
import { serveStatic } from './static'
import { scheduleTimers } from './timers'
import { FunctionPool } from './workers'

export type { LocalCloud } from './local-cloud'

export function deployedFunctions(functionsDir: string): string[] {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(functionsDir, d.name, 'index.js')))
    .map((d) => d.name)
    .sort()
}

export async function startLocalCloud(config: LocalCloudConfig): Promise<LocalCloud> {
  const clock = new Clock(config.startAt)
  let baseUrl = ''
  const database = await openDatabase({ dataDir: config.dataDir, clock, recordQueries: config.recordQueries })
  await database.ensureCollections(config.collections)
  const platform = await openPlatform({
    dataDir: config.dataDir,
    ctx: { clock, baseUrl: () => baseUrl },
    templates: config.subscribeTemplates ?? undefined,
    pages: config.pages ?? undefined,
    sensitiveWords: config.riskyWords,
    reviewWords: config.reviewWords,
  })
  const pools = new Map<string, FunctionPool>()
  // No request is answered before the cloud has started (its functions deployed) and, when the
  // caller holds them, before it opens: a hub call during the start-up demo load would mix with it.
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => (open = resolve))
  const server: Server = createServer()
  // An idle connection outlives a fetch client's pool (undici keeps one about 4 s, on a clock
  // that ticks once a second): with Node's 5 s default, a client could reuse a socket the
  // server was closing that instant and see ECONNRESET. close() still ends them all.
  server.keepAliveTimeout = 60_000
  server.headersTimeout = 61_000
  const cloud: LocalCloud = {
    url: '',
    port: 0,
    clock,
    database,
    platform,
    pools,
    config,
    latency: { databaseMs: 0 },
    open: () => open(),
    reset: async () => {
      await database.reset()
      await database.ensureCollections(config.collections)
      await platform.reset()
      clock.set(null)
      cloud.latency.databaseMs = 0
    },
    close: async () => {
      stopTimers()
      await Promise.all([...pools.values()].map((p) => p.close()))
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await platform.close()
      await database.close()
    },
  }

  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const route = async (): Promise<void> => {
      await opened
      if (req.method === 'OPTIONS') return allowCors(res)
      if (req.method === 'POST' && path === '/admin') {
        const slow = (ms: number) => new Promise((done) => setTimeout(done, ms))
        const db = async (r: Parameters<Database['handle']>[0]) => {
          if (cloud.latency.databaseMs > 0) await slow(cloud.latency.databaseMs)
          return database.handle(r)
        }
        return handleAdmin({ database: db, platform: (r) => platform.handle(r) }, req, res)
      }
      if (req.method === 'POST' && path.startsWith('/fn/')) {
        return handleFunctionCall(pools, functionName(path.slice(4)), req, res)
      }
      if (path.startsWith('/_admin')) return handleHub(cloud, path, req, res)
      if (await platform.http(req, res)) return
      if (config.staticDir && serveStatic(config.staticDir, req, res)) return
      sendJson(res, 404, { error: 'not found' })
    }
    route().catch((error: unknown) => {
      console.error('[localcloud] request failed', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '本地云出错' } })
      else res.end()
    })
  })

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve))
  const { port } = server.address() as AddressInfo
  baseUrl = `http://${config.host}:${port}`
  cloud.url = baseUrl
  cloud.port = port

  // The project's configured variables first: WeChat's own runtime variables are not theirs to change.
  const runtimeEnv: Record<string, string> = {
    ...config.functionEnv,
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD_SESSIONTOKEN: 'local',
    TCB_ENV: config.envId,
    SCF_NAMESPACE: config.envId,
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    TZ: 'UTC',
    // As in WeChat's runtime; without them every SDK call first looks up Tencent's metadata host.
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
  }
  const sdk = await sdkBundle()
  for (const name of deployedFunctions(config.functionsDir)) {
    pools.set(
      name,
      new FunctionPool(name, {
        functionsDir: config.functionsDir,
        clock,
        env: runtimeEnv,
        maxInstances: config.maxInstances,
        appId: config.appId,
        sdkBundle: sdk,
      }),
    )
  }
  const stopTimers = config.realTimers ? scheduleTimers(pools.values(), () => clock.now()) : () => undefined
  if (!config.holdRequests) open()
  return cloud
}
