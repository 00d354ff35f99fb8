/**
 * Attendance at scale, against the local cloud on a disk store: members signing in at once with
 * the current code (500 beside a baseline of 50, same run: total time, p50/p95 per sign-in as a
 * member's phone waits for it, records made), closing the activity, and loading the roster of a
 * 500-member activity (beside a 50-member one). p50/p95 include the wait for a free instance;
 * 'instance time each' is total × instances ÷ sign-ins, the work one sign-in costs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { codeStep } from '../../core/activity/code'
import { chinaInstant } from '../../core/dates'
import { configFromEnv } from '../../localcloud/config'
import project from '../../localcloud.config'
import { demoOpenid } from '../../demo/identities'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import { codeForStep } from '../../server/actions/activity/sign-code'
import type { MemberDoc, OrgDoc } from '../../server/model'
import { record } from '../figures'
import { median, ms, percentile, table } from '../stats'

const SECRET = 'bench-secret'
const T0 = chinaInstant('2026-03-01 09:00')

async function call(cloud: LocalCloud, fn: string, openid: string, action: string, input: object): Promise<number> {
  const started = performance.now()
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  })
  const body = (await res.json()) as { ok: boolean; error?: { code: string } }
  if (!body.ok) throw new Error(`${fn}/${action}: ${body.error?.code}`)
  return performance.now() - started
}

function member(id: string, branchId: string, role: MemberDoc['role'] = 'member'): MemberDoc {
  return {
    _id: id,
    name: `党员${id}`,
    branchId,
    groupId: null,
    role,
    duty: null,
    joinDate: '2012-07-01',
    probationary: false,
    duesCategory: 'inService',
    duesBaseFen: 600000,
    status: 'active',
    openid: demoOpenid(id),
    boundAt: T0,
    createdAt: T0,
    updatedAt: T0,
  }
}

/** A branch of `size` members (the first is its secretary) and a published activity on 6 March 15:00–17:00. */
async function branchWithActivity(
  cloud: LocalCloud,
  branchId: string,
  size: number,
): Promise<{ ids: string[]; secretary: string; activityId: string }> {
  const org: OrgDoc = {
    _id: branchId,
    kind: 'branch',
    name: `${branchId}支部`,
    parentId: null,
    status: 'active',
    createdAt: T0,
  }
  const members = Array.from({ length: size }, (_, i) =>
    member(`${branchId}-${String(i).padStart(4, '0')}`, branchId, i === 0 ? 'secretary' : 'member'),
  )
  const activityId = `${branchId}_activityDay_2026-03`
  const activity: ActivityDoc = {
    _id: activityId,
    branchId,
    type: 'activityDay',
    title: '3月党员集中活动日',
    status: 'published',
    date: '2026-03-06',
    month: '2026-03',
    startTime: '15:00',
    endTime: '17:00',
    startAt: chinaInstant('2026-03-06 15:00'),
    endAt: chinaInstant('2026-03-06 17:00'),
    place: '三楼会议室',
    geofence: null,
    agenda: '',
    materials: [{ kind: 'text', title: '学习材料', text: '中国共产党章程' }],
    expected: { kind: 'branch' },
    expectedIds: members.map((m) => m._id).sort(),
    scheduleId: `${branchId}_activityDay`,
    edited: false,
    signInSecret: SECRET,
    contentVerdict: 'pass',
    createdAt: T0,
    createdById: null,
    updatedAt: T0,
    publishedAt: T0,
    publishedById: null,
    closedAt: null,
    closedById: null,
  }
  await cloud.database.insertRaw('orgs', [org as unknown as Record<string, unknown>])
  await cloud.database.insertRaw('members', members as unknown as Record<string, unknown>[])
  await cloud.database.insertRaw('activities', [activity as unknown as Record<string, unknown>])
  return { ids: members.map((m) => m._id), secretary: members[0]._id, activityId }
}

async function signInAll(
  cloud: LocalCloud,
  ids: string[],
  activityId: string,
): Promise<{ total: number; each: number[] }> {
  const code = codeForStep(SECRET, codeStep(cloud.clock.now()))
  const started = performance.now()
  const each = await Promise.all(
    ids.map((id) => call(cloud, 'member', demoOpenid(id), 'attendance.signIn', { activityId, code })),
  )
  return { total: performance.now() - started, each }
}

export default async function attendanceBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-attendance-'))
  const config = { ...configFromEnv(project, {}), port: 0, dataDir, staticDir: null, realTimers: false }
  const cloud = await startLocalCloud(config)
  try {
    const small = await branchWithActivity(cloud, 'bench-50', 50)
    const large = await branchWithActivity(cloud, 'bench-500', 500)
    cloud.clock.set(chinaInstant('2026-03-06 15:01'))
    // Warm every instance of both functions once, so that the figures are of sign-in, not cold starts.
    await Promise.all(
      Array.from({ length: config.maxInstances }, () =>
        call(cloud, 'member', demoOpenid(small.ids[0]), 'activity.list', {}),
      ),
    )
    await call(cloud, 'secretary', demoOpenid(small.secretary), 'activity.roster', { activityId: small.activityId })

    const rows: Array<Array<string | number>> = [
      ['members at once', 'total', 'p50 per sign-in', 'p95 per sign-in', 'instance time each', 'records made'],
    ]
    for (const [label, branch] of [
      ['50 (baseline)', small],
      ['500', large],
    ] as const) {
      const run = await signInAll(cloud, branch.ids, branch.activityId)
      const records = (await cloud.database.find('attendance', { activityId: branch.activityId })).length
      const instanceTime = (run.total * config.maxInstances) / branch.ids.length
      const n = branch.ids.length
      const base = n === small.ids.length ? undefined : small.ids.length
      const figure = (what: string, value: number, unit: 'ms' | 'count') =>
        record(`${n} sign-ins ${what}`, value, unit, base === undefined ? undefined : `${base} sign-ins ${what}`)
      figure('total', run.total, 'ms')
      figure('p50', median(run.each), 'ms')
      figure('p95', percentile(run.each, 95), 'ms')
      figure('instance time each', instanceTime, 'ms')
      figure('records made', records, 'count')
      rows.push([
        label,
        ms(run.total),
        ms(median(run.each)),
        ms(percentile(run.each, 95)),
        ms(instanceTime),
        `${records} / ${branch.ids.length}`,
      ])
    }
    console.log(
      `\n同时签到（member/attendance.signIn，本地云磁盘存储，每个云函数最多 ${config.maxInstances} 个实例，已预热）`,
    )
    table(rows)

    const rosterRows: Array<Array<string | number>> = [['activity', 'expected', 'median of 10']]
    for (const [label, branch] of [
      ['50-member (baseline)', small],
      ['500-member', large],
    ] as const) {
      const times: number[] = []
      for (let i = 0; i < 10; i++)
        times.push(
          await call(cloud, 'secretary', demoOpenid(branch.secretary), 'activity.roster', {
            activityId: branch.activityId,
          }),
        )
      const n = branch.ids.length
      record(
        `activity.roster ${n}`,
        median(times),
        'ms',
        n === small.ids.length ? undefined : `activity.roster ${small.ids.length}`,
      )
      rosterRows.push([label, n, ms(median(times))])
    }
    console.log('\n活动名册（secretary/activity.roster，一次调用，全部已签到）')
    table(rosterRows)

    cloud.clock.set(chinaInstant('2026-03-06 17:05'))
    const absent = await branchWithActivity(cloud, 'bench-500-absent', 500)
    const closeRows: Array<Array<string | number>> = [['activity', 'time', 'records + 补学 written']]
    for (const [label, branch] of [
      ['500 present', large],
      ['500 absent', absent],
    ] as const) {
      const time = await call(cloud, 'secretary', demoOpenid(branch.secretary), 'activity.close', {
        activityId: branch.activityId,
      })
      const written =
        (await cloud.database.find('attendance', { activityId: branch.activityId, source: 'close' })).length +
        (await cloud.database.find('makeupTasks', { activityId: branch.activityId })).length
      record(`activity.close ${label}`, time, 'ms', branch === large ? undefined : 'activity.close 500 present')
      record(`activity.close ${label}: written`, written, 'count')
      closeRows.push([label, ms(time), written])
    }
    console.log('\n结束活动（secretary/activity.close，一次调用：补齐缺席/请假记录并生成补学任务）')
    table(closeRows)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
