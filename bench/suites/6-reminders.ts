/**
 * Reminders at scale, against the local cloud on a disk store with 100 ms of WeChat latency per
 * send: 3,000 members expected at one activity, each with authorizations. The evening reminder is
 * planned by `timer`, then drained by `sender` fired three times at once (and again until the
 * outbox is empty): time to drain, sends per second, duplicates (goal: under 20 s, 0), and
 * database reads and writes per reminder sent. Baseline in the same run: the same sender code
 * sending one at a time (in this process, through the real SDK) for ten seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chinaInstant } from '../../core/dates'
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { configFromEnv } from '../../localcloud/config'
import project from '../../localcloud.config'
import { demoOpenid } from '../../demo/identities'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { OutboxDoc, SubscriptionDoc } from '../../server/actions/notify/model'
import { drainOutbox } from '../../server/actions/notify/sender'
import type { MemberDoc, OrgDoc } from '../../server/model'
import type { Cloud } from '../../server/runtime/sdk'
import { record } from '../figures'
import { ms, table } from '../stats'

const MEMBERS = 3000
const LATENCY_MS = Number(process.env.BENCH_LATENCY ?? 100)
const START = chinaInstant('2026-03-06 15:00')
const BRANCH = 'org-bench'

function member(i: number): MemberDoc {
  const id = `m-bench-${String(i).padStart(4, '0')}`
  return {
    _id: id,
    name: `党员${i}`,
    branchId: BRANCH,
    groupId: null,
    role: i === 0 ? 'secretary' : 'member',
    duty: null,
    joinDate: '2012-07-01',
    probationary: false,
    duesCategory: 'inService',
    duesBaseFen: 600000,
    status: 'active',
    openid: demoOpenid(id),
    boundAt: 0,
    createdAt: 0,
    updatedAt: 0,
  }
}

async function seed(cloud: LocalCloud, members: MemberDoc[]): Promise<void> {
  const raw = (docs: object[]) => docs as unknown as Record<string, unknown>[]
  const org: OrgDoc = { _id: BRANCH, kind: 'branch', name: '压测支部', parentId: null, status: 'active', createdAt: 0 }
  const activity: ActivityDoc = {
    _id: 'act-bench',
    branchId: BRANCH,
    type: 'activityDay',
    title: '3月党员集中活动日',
    status: 'published',
    date: '2026-03-06',
    month: '2026-03',
    startTime: '15:00',
    endTime: '17:00',
    startAt: START,
    endAt: START + 2 * 3600_000,
    place: '机关三楼党员活动室',
    geofence: null,
    agenda: '',
    materials: [],
    expected: { kind: 'branch' },
    expectedIds: members.map((m) => m._id).sort(),
    scheduleId: null,
    edited: false,
    signInSecret: 'bench',
    contentVerdict: 'pass',
    createdAt: 0,
    createdById: null,
    updatedAt: 0,
    publishedAt: chinaInstant('2026-03-01 09:00'),
    publishedById: null,
    closedAt: null,
    closedById: null,
  }
  const subs: SubscriptionDoc[] = members.map((m) => ({
    _id: `${m._id}_activity`,
    memberId: m._id,
    template: 'activity',
    on: true,
    remaining: 2,
    accepted: 2,
    lastAnswer: 'accept',
    kept: false,
    answeredAt: 0,
    updatedAt: 0,
  }))
  await cloud.database.insertRaw('orgs', raw([org]))
  await cloud.database.insertRaw('members', raw(members))
  await cloud.database.insertRaw('activities', raw([activity]))
  await cloud.database.insertRaw('subscriptions', raw(subs))
  for (const m of members) cloud.platform.grantSubscription(m.openid as string, SUBSCRIBE_TEMPLATES.activity.id, 2)
}

const fire = async (cloud: LocalCloud, fn: string) => {
  const res = await fetch(`${cloud.url}/_admin/timers/${fn}`, { method: 'POST' })
  if (res.status !== 200) throw new Error(`${fn}: ${await res.text()}`)
}

async function outbox(cloud: LocalCloud, key: string): Promise<OutboxDoc[]> {
  return (await cloud.database.find('outbox', { key })) as unknown as OutboxDoc[]
}

function dbCounts(cloud: LocalCloud): { reads: number; writes: number } {
  const c = cloud.database.requestCounts()
  const n = (...actions: string[]) => actions.reduce((sum, a) => sum + (c[a] ?? 0), 0)
  return {
    reads: n('database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'),
    writes: n('database.insertDocument', 'database.modifyDocument', 'database.removeDocument'),
  }
}

/** The same sender, one push at a time, in this process through the real wx-server-sdk. */
async function oneAtATime(cloud: LocalCloud, seconds: number): Promise<{ sent: number; elapsed: number }> {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `${cloud.url}/admin` })
  for (const key of ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN'])
    process.env[key] = 'local'
  Object.assign(process.env, {
    TCB_ENV: 'local',
    SCF_NAMESPACE: 'local',
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
  })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk') as Cloud
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const ctx = { db: sdk.database(), cloud: sdk, requestId: 'bench-baseline', now: () => cloud.clock.now() }
  const started = performance.now()
  const counts = await drainOutbox(ctx, { budgetMs: seconds * 1000, batch: 20, concurrency: 1 })
  return { sent: counts.sent, elapsed: performance.now() - started }
}

export default async function reminders(): Promise<void> {
  console.log(
    `\n提醒（订阅消息）：${MEMBERS}名党员的一次活动提醒，每次发送模拟微信延迟 ${LATENCY_MS} ms（本地云磁盘存储）`,
  )
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-reminders-'))
  const cloud = await startLocalCloud({
    ...configFromEnv(project, {}),
    port: 0,
    dataDir,
    staticDir: null,
    realTimers: false,
    maxInstances: 4,
    startAt: chinaInstant('2026-03-05 17:59'),
  })
  try {
    const members = Array.from({ length: MEMBERS }, (_, i) => member(i))
    await seed(cloud, members)
    cloud.platform.configureSends({ latencyMs: LATENCY_MS })

    cloud.clock.set(chinaInstant('2026-03-05 18:00'))
    const before = dbCounts(cloud)
    let t = performance.now()
    await fire(cloud, 'timer')
    const planMs = performance.now() - t
    const eveKey = `act:act-bench:${START}:eve`
    const planned = (await outbox(cloud, eveKey)).length

    t = performance.now()
    await Promise.all([fire(cloud, 'sender'), fire(cloud, 'sender'), fire(cloud, 'sender')])
    let rounds = 1
    while ((await outbox(cloud, eveKey)).some((o) => o.status === 'pending' || o.status === 'sending')) {
      await fire(cloud, 'sender')
      rounds++
    }
    const drainMs = performance.now() - t
    const after = dbCounts(cloud)
    const sent = cloud.platform.messages().filter((m) => m.outcome === 'sent')
    const perMember = new Map<string, number>()
    for (const m of sent) perMember.set(m.touser, (perMember.get(m.touser) ?? 0) + 1)
    const duplicates = [...perMember.values()].filter((n) => n > 1).length

    cloud.clock.set(chinaInstant('2026-03-06 14:01'))
    await fire(cloud, 'timer')
    const baseline = await oneAtATime(cloud, 10)
    const baseRate = baseline.sent / (baseline.elapsed / 1000)
    const rate = sent.length / (drainMs / 1000)

    table([
      ['run', 'planned', 'sent', 'time', 'sends/s', 'duplicates', 'sender runs'],
      ['one at a time (baseline), 10 s', '—', baseline.sent, ms(baseline.elapsed), baseRate.toFixed(1), '—', 1],
      [`timer plans, sender ×3 at once`, planned, sent.length, ms(drainMs), rate.toFixed(1), duplicates, rounds + 2],
    ])
    console.log(`  planning ${planned} reminders (timer): ${ms(planMs)}`)
    const reads = (after.reads - before.reads) / sent.length
    const writes = (after.writes - before.writes) / sent.length
    console.log(
      `  per reminder sent: ${reads.toFixed(2)} database reads, ${writes.toFixed(2)} writes (planning and sending; base plan: 50,000 reads a day)`,
    )
    console.log(
      `  ${rate > baseRate ? (rate / baseRate).toFixed(1) : '<1'}× the one-at-a-time rate; 3,000 one at a time would take about ${Math.round(MEMBERS / baseRate)} s`,
    )
    record('one at a time (baseline) sends/s', baseRate, 'count')
    record('3000 reminders drain time', drainMs, 'ms')
    record('sends/s', rate, 'count', 'one at a time (baseline) sends/s')
    record('duplicates', duplicates, 'count')
    record('reads per reminder', reads, 'count')
    record('writes per reminder', writes, 'count')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
