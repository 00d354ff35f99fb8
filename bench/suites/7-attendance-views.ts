/**
 * 总览 at bureau scale: 3,000 members in 20 branches, one year (~100k attendance records, their
 * leave and 补学, 36k dues bills, ~70k study check-ins) in the local cloud. Printed: the year
 * dashboard's database requests and time (attendance.bureau, computed in the database), beside a
 * fetch-all-then-compute baseline in the same run over the same SDK; both also through the
 * function as a phone calls it; then a branch's year as the Excel ledger: time and size.
 * Requests are counted by wrapping the real wx-server-sdk's database in this process.
 */
import { configFromEnv } from '../../localcloud/config'
import project from '../../localcloud.config'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { chinaInstant } from '../../core/dates'
import { bureauAttendance } from '../../server/actions/attendance/bureau'
import { branchLedgerBytes } from '../../server/actions/attendance/exports'
import type { Cloud, Database } from '../../server/runtime/sdk'
import type { ActionContext } from '../../server/runtime/types'
import { record } from '../figures'
import { median, ms, table } from '../stats'
import { fetchAllBaseline } from './attendance-views/baseline'
import { buildBureau, YEAR } from './attendance-views/data'

const TERMINAL = new Set(['get', 'count', 'end', 'update', 'remove', 'add', 'set'])

/** The SDK's database with every request that reaches the cloud counted. */
function counting(db: Database, counter: { n: number }): Database {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (TERMINAL.has(String(key))) counter.n++
          const out = (value as (...a: unknown[]) => unknown).apply(obj, args)
          return out && typeof out === 'object' && !(out instanceof Promise) ? wrap(out) : out
        }
      },
    })
  return wrap(db)
}

function sdkAgainst(cloud: LocalCloud): Cloud {
  Object.assign(process.env, {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${cloud.url}/admin` }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD_SESSIONTOKEN: 'local',
    TCB_ENV: cloud.config.envId,
    SCF_NAMESPACE: cloud.config.envId,
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
  })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk') as Cloud
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  return sdk
}

async function callAdmin(
  cloud: LocalCloud,
  fn: string,
  action: string,
  input: object,
): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': DEMO_ADMIN_OPENID },
    body: JSON.stringify({ action, input }),
  })
  const text = await res.text()
  const body = JSON.parse(text) as { ok: boolean; data: { sizeBytes?: number }; error?: { code: string } }
  if (!body.ok) throw new Error(`${fn}/${action}: ${body.error?.code}`)
  return { ms: performance.now() - started, bytes: body.data.sizeBytes ?? Buffer.byteLength(text) }
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

export default async function attendanceViewsBench(): Promise<void> {
  const config = { ...configFromEnv(project, {}), port: 0, dataDir: null, staticDir: null, realTimers: false }
  const cloud = await startLocalCloud(config)
  try {
    cloud.clock.set(chinaInstant(`${YEAR + 1}-01-10 09:00`))
    const made = await buildBureau(cloud)
    console.log(
      `\n总览（${YEAR}年全年）：${made.branches}个支部 ${made.members}名党员，出勤记录${made.attendance}条，请假${made.leaves}条，补学${made.makeups}条，党费账单${made.bills}条，学习打卡${made.checkins}条`,
    )
    const sdk = sdkAgainst(cloud)
    const counter = { n: 0 }
    const ctx: ActionContext = {
      db: counting(sdk.database(), counter),
      cloud: sdk,
      caller: { openid: DEMO_ADMIN_OPENID, source: 'wx_client', member: null, isAdmin: true },
      requestId: 'bench',
      requestKey: null,
      now: () => cloud.clock.now(),
    }
    const runs = async (run: () => Promise<unknown>) => {
      const times: number[] = []
      let requests = 0
      for (let i = 0; i < 3; i++) {
        counter.n = 0
        times.push((await timed(run)).ms)
        requests = counter.n
      }
      return { median: median(times), requests }
    }
    const baseline = await runs(() => fetchAllBaseline(ctx, YEAR))
    const dashboard = await runs(() => bureauAttendance({ year: YEAR }, ctx))
    const viaFunction: number[] = []
    for (let i = 0; i < 3; i++)
      viaFunction.push((await callAdmin(cloud, 'admin', 'attendance.bureau', { year: YEAR })).ms)
    record('year dashboard, fetch all then compute (baseline): requests', baseline.requests, 'count')
    record('year dashboard, fetch all then compute (baseline): time', baseline.median, 'ms')
    record(
      'year dashboard, aggregates: requests',
      dashboard.requests,
      'count',
      'year dashboard, fetch all then compute (baseline): requests',
    )
    record(
      'year dashboard, aggregates: time',
      dashboard.median,
      'ms',
      'year dashboard, fetch all then compute (baseline): time',
    )
    record('year dashboard through the admin function: time', median(viaFunction), 'ms')
    table([
      ['总览 (year, bureau)', 'database requests', 'median of 3', 'vs baseline'],
      ['fetch all, then compute (baseline)', baseline.requests, ms(baseline.median), '1×'],
      [
        'aggregates (attendance.bureau)',
        dashboard.requests,
        ms(dashboard.median),
        `${(baseline.median / dashboard.median).toFixed(1)}× faster`,
      ],
      ['… through admin/attendance.bureau', dashboard.requests, ms(median(viaFunction)), ''],
    ])

    counter.n = 0
    const ledger = await timed(() => branchLedgerBytes(ctx, made.largestBranch, YEAR))
    const ledgerRequests = counter.n
    const exported = await callAdmin(cloud, 'secretary', 'attendance.exportBranch', {
      branchId: made.largestBranch,
      year: YEAR,
    })
    record('branch-year Excel: build time', ledger.ms, 'ms')
    record('branch-year Excel: size', ledger.value.bytes.length, 'B')
    record(
      'branch-year Excel through secretary/attendance.exportBranch (build, upload, link, audit): time',
      exported.ms,
      'ms',
    )
    console.log(
      `\n支部工作手册（${YEAR}年，${made.largestBranchSize}名党员的支部，${ledger.value.data.activities.length}次活动）`,
    )
    table([
      ['what', 'time', 'size', 'database requests'],
      [
        'read + build workbook (in process)',
        ms(ledger.ms),
        `${(ledger.value.bytes.length / 1024).toFixed(0)} KB`,
        ledgerRequests,
      ],
      [
        'secretary/attendance.exportBranch (+ upload, link, audit)',
        ms(exported.ms),
        `${(exported.bytes / 1024).toFixed(0)} KB`,
        '',
      ],
    ])
  } finally {
    await cloud.close()
  }
}
