/**
 * The admin hub under `/_admin`: reset, seed the project's demo data, set the clock, fire a
 * timer, read recorded subscribe messages, export the store, list the project's demo
 * identities. Local only; never in WeChat.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { allowCors, readJson, readLimited, sendJson } from './http-util'
import { hubPage } from './hub-page'
import { BAD_TIME, chinaTimeText, offsetText, parseInstant } from './hub-words'
import type { LocalCloud } from './local-cloud'
import { seedDemoData } from './demo-seed'
import { markSeeded } from './seed-mark'
import { OPENID_PATTERN } from './platform/subscribe'
import type { KeptAnswer } from './platform/state'
import { fireTimer, timerTrigger } from './timers'

const MAX_UPLOAD = 10 * 1024 * 1024

function field(body: unknown, key: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined
}

/**
 * The clock as the hub reports it: now, how far from the real clock, and where a reset takes it;
 * the same in words, in China time (`nowText`, `offsetText`, `startsAtText`).
 */
function isKeptAnswers(value: unknown): value is Record<string, KeptAnswer> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((answer) => answer === 'accept' || answer === 'reject')
  )
}

function clockState(cloud: LocalCloud) {
  const now = cloud.clock.now()
  const start = cloud.clock.startsAt
  return {
    now: new Date(now).toISOString(),
    offsetMs: cloud.clock.offset,
    startsAt: start === null ? null : new Date(start).toISOString(),
    nowText: chinaTimeText(now),
    offsetText: offsetText(cloud.clock.offset),
    startsAtText: start === null ? '真实时间' : chinaTimeText(start),
  }
}

export async function handleHub(
  cloud: LocalCloud,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method === 'OPTIONS') return allowCors(res)
  const route = `${req.method} ${path.replace(/\/+$/, '')}`
  if (route === 'GET /_admin') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      hubPage({
        title: cloud.config.title,
        words: cloud.config.hubWords,
        templates: cloud.config.subscribeTemplates ?? [],
        nextMoment: cloud.config.demo?.nextMoment ? (cloud.config.hubWords?.nextMoment ?? '调到下一个演示时刻') : null,
        timers: [...cloud.pools.values()].flatMap((pool) => {
          const trigger = timerTrigger(pool)
          return trigger ? [{ name: pool.name, cron: trigger.config }] : []
        }),
      }),
    )
    return
  }
  if (route === 'GET /_admin/identities') {
    const demo = cloud.config.demo
    return sendJson(res, 200, demo ? await demo.identities(cloud.database, cloud.config.functionEnv) : [])
  }
  if (route === 'GET /_admin/messages') return sendJson(res, 200, cloud.platform.messages())
  if (route === 'GET /_admin/export') return sendJson(res, 200, await cloud.database.exportAll())
  if (route === 'GET /_admin/clock') return sendJson(res, 200, clockState(cloud))
  if (route === 'GET /_admin/clock/next') {
    // Where the preset below would move the clock, without moving it (npm run dev asks).
    const next = cloud.config.demo?.nextMoment
      ? await cloud.config.demo.nextMoment(cloud.database, cloud.clock.now())
      : null
    if (!next) return sendJson(res, 404, { error: '没有将要开始的活动' })
    return sendJson(res, 200, {
      at: new Date(next.at).toISOString(),
      atText: chinaTimeText(next.at),
      what: next.what,
      ...clockState(cloud),
    })
  }

  if (route === 'POST /_admin/upload') {
    // The H5 build's stand-in for wx.cloud.uploadFile: raw bytes in, a cloud fileID out.
    const cloudPath = new URL(req.url ?? '/', 'http://localhost').searchParams.get('cloudPath') ?? ''
    const bytes = await readLimited(req, MAX_UPLOAD)
    if (bytes === null) return sendJson(res, 413, { error: '文件太大（最多10MB）' })
    try {
      return sendJson(res, 200, { fileID: await cloud.platform.putFile(cloudPath, bytes) })
    } catch {
      return sendJson(res, 400, { error: '文件路径不对' })
    }
  }

  let body: unknown
  try {
    body = await readJson(req)
  } catch {
    return sendJson(res, 400, { error: '请求内容不是有效的 JSON' })
  }
  if (route === 'POST /_admin/reset') {
    await cloud.reset()
    return sendJson(res, 200, { ok: true })
  }
  if (route === 'POST /_admin/seed') {
    // Optionally at a given instant: the clock moves there first, so the demo is built from it.
    const at = field(body, 'now') === undefined ? null : parseInstant(field(body, 'now'))
    if (at === undefined) return sendJson(res, 400, { error: BAD_TIME })
    const demo = cloud.config.demo
    if (!demo) return sendJson(res, 404, { error: '这个项目没有配置演示数据（localcloud.config.ts 的 demo）' })
    await cloud.reset()
    if (at !== null) cloud.clock.set(at)
    const summary = await seedDemoData(cloud, demo)
    markSeeded(cloud.config.dataDir, cloud.clock.now(), demo.version)
    return sendJson(res, 200, { ok: true, ...summary, ...clockState(cloud) })
  }
  if (route === 'POST /_admin/clock') {
    const instant = parseInstant(field(body, 'now'))
    if (instant === undefined) return sendJson(res, 400, { error: BAD_TIME })
    cloud.clock.set(instant)
    return sendJson(res, 200, clockState(cloud))
  }
  if (route === 'GET /_admin/subscriptions') {
    // getSetting({ withSubscriptions: true }) for the H5 stand-in: what 总是保持以上选择 kept.
    const openid = new URL(req.url ?? '/', 'http://localhost').searchParams.get('openid') ?? ''
    if (!OPENID_PATTERN.test(openid)) return sendJson(res, 400, { error: '需要 openid' })
    return sendJson(res, 200, {
      quota: cloud.platform.quota(openid),
      kept: cloud.platform.keptSubscriptionChoices(openid),
    })
  }
  if (route === 'POST /_admin/clock/next') {
    // The demo's next moment worth showing (e.g. ten minutes into the next meeting).
    const demo = cloud.config.demo
    if (!demo?.nextMoment) return sendJson(res, 404, { error: '这个项目的演示数据没有“下一个时刻”' })
    const next = await demo.nextMoment(cloud.database, cloud.clock.now())
    if (!next) return sendJson(res, 404, { error: '没有将要开始的活动：先重置并载入演示数据' })
    cloud.clock.set(next.at)
    return sendJson(res, 200, { ...clockState(cloud), what: next.what })
  }
  if (route === 'POST /_admin/subscriptions') {
    const openid = field(body, 'openid') ?? req.headers['x-wx-openid']
    const templateIds = field(body, 'templateIds')
    const kept = field(body, 'kept')
    if (typeof openid !== 'string' || !Array.isArray(templateIds)) {
      return sendJson(res, 400, { error: '需要 openid 和 templateIds' })
    }
    if (kept !== undefined && !isKeptAnswers(kept)) {
      return sendJson(res, 400, { error: 'kept 须为 模板id → accept 或 reject' })
    }
    for (const id of templateIds) if (typeof id === 'string') cloud.platform.grantSubscription(openid, id)
    if (kept) cloud.platform.keepSubscriptionChoices(openid, kept)
    return sendJson(res, 200, {
      quota: cloud.platform.quota(openid),
      kept: cloud.platform.keptSubscriptionChoices(openid),
    })
  }
  if (route === 'POST /_admin/sends') {
    // WeChat's latency per subscribeMessage.send, and failures to inject (tests, benchmarks).
    const latencyMs = field(body, 'latencyMs')
    const failNext = field(body, 'failNext')
    const behaviour = cloud.platform.configureSends({
      ...(typeof latencyMs === 'number' && latencyMs >= 0 ? { latencyMs } : {}),
      ...(failNext && typeof failNext === 'object'
        ? {
            failNext: {
              count: Number(field(failNext, 'count')) || 0,
              errcode: Number(field(failNext, 'errcode')) || -1,
            },
          }
        : {}),
    })
    return sendJson(res, 200, behaviour)
  }
  if (route === 'POST /_admin/latency') {
    // A delay before each database request, so that a test can kill an instance between two writes.
    const ms = field(body, 'databaseMs')
    if (typeof ms !== 'number' || ms < 0 || ms > 10_000) return sendJson(res, 400, { error: 'databaseMs 应为 0–10000' })
    cloud.latency.databaseMs = ms
    return sendJson(res, 200, cloud.latency)
  }
  const kill = /^POST \/_admin\/functions\/([\w-]+)\/kill$/.exec(route)
  if (kill) {
    const pool = cloud.pools.get(kill[1])
    if (!pool) return sendJson(res, 404, { error: `没有云函数 ${kill[1]}` })
    return sendJson(res, 200, { killed: pool.killBusy() })
  }
  if (route === 'POST /_admin/sensitive-words') {
    const words = field(body, 'words')
    if (!Array.isArray(words)) return sendJson(res, 400, { error: '需要 words 数组' })
    cloud.platform.setSensitiveWords(words.filter((w): w is string => typeof w === 'string'))
    return sendJson(res, 200, { ok: true })
  }
  const timer = /^POST \/_admin\/timers\/([\w-]+)$/.exec(route)
  if (timer) {
    const pool = cloud.pools.get(timer[1])
    if (!pool) return sendJson(res, 404, { error: `没有云函数 ${timer[1]}` })
    const outcome = await fireTimer(pool, cloud.clock.now())
    return sendJson(res, outcome.kind === 'result' ? 200 : 502, outcome)
  }
  sendJson(res, 404, { error: `没有这个管理接口：${route}` })
}
