/**
 * Roster at bureau scale, against the local cloud on a disk store: importing 3,000 rows in
 * one call (beside 300 rows, same run), and loading a 200-member branch's list in one call
 * (beside a 20-member branch).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configFromEnv } from '../../localcloud/config'
import project from '../../localcloud.config'
import { seedDemo } from '../../demo'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { record } from '../figures'
import { median, ms, table } from '../stats'

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

function rosterText(rows: number, prefix: string, branches: string[]): string {
  const lines = ['姓名\t支部\t入党日期\t预备党员\t党费类别\t党费基数（元）']
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${prefix}${String(i).padStart(4, '0')}\t${branches[i % branches.length]}\t2012-07-01\t否\t在职\t${5000 + (i % 50) * 100}`,
    )
  }
  return lines.join('\n')
}

export default async function rosterBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-roster-'))
  const cloud = await startLocalCloud({
    ...configFromEnv(project, {}),
    port: 0,
    dataDir,
    staticDir: null,
    realTimers: false,
  })
  try {
    await seedDemo(cloud.database, cloud.clock.now())
    const branches = ['机关第一党支部', '机关第二党支部', '水环境管理处党支部', '大气环境处党支部']
    await call(cloud, 'admin', DEMO_ADMIN_OPENID, 'org.tree', {})
    const small = await call(cloud, 'admin', DEMO_ADMIN_OPENID, 'roster.import', {
      text: rosterText(300, '试甲', branches),
    })
    const large = await call(cloud, 'admin', DEMO_ADMIN_OPENID, 'roster.import', {
      text: rosterText(3000, '试乙', branches),
    })
    record('roster.import 300 rows', small, 'ms')
    record('roster.import 3,000 rows', large, 'ms', 'roster.import 300 rows')
    console.log('\n名册导入（admin/roster.import，一次调用，本地云磁盘存储）')
    table([
      ['rows', 'time', 'per 1,000 rows'],
      ['300 (baseline)', ms(small), ms((small / 300) * 1000)],
      ['3,000', ms(large), ms((large / 3000) * 1000)],
    ])

    const big = 'org-b2'
    const extra = Array.from(
      { length: 200 - 15 },
      (_, i) => `大支部${String(i).padStart(3, '0')}\t机关第二党支部\t2015-07-01`,
    )
    await call(cloud, 'admin', DEMO_ADMIN_OPENID, 'roster.import', {
      text: ['姓名\t支部\t入党日期', ...extra].join('\n'),
    })
    const secretaryBig = demoOpenid('m-b2-01')
    const secretarySmall = demoOpenid('m-b8-01')
    await call(cloud, 'secretary', secretaryBig, 'members.list', {})
    const bigTimes: number[] = []
    const smallTimes: number[] = []
    for (let i = 0; i < 10; i++) {
      bigTimes.push(await call(cloud, 'secretary', secretaryBig, 'members.list', {}))
      smallTimes.push(await call(cloud, 'secretary', secretarySmall, 'members.list', {}))
    }
    record('members.list 13 members', median(smallTimes), 'ms')
    record('members.list 200 members', median(bigTimes), 'ms', 'members.list 13 members')
    console.log(`\n支部成员列表（secretary/members.list，一次调用，10 次取中位数；${big} 约 200 人）`)
    table([
      ['branch', 'members', 'median'],
      ['防污办党支部 (baseline)', '13', ms(median(smallTimes))],
      ['机关第二党支部', '200', ms(median(bigTimes))],
    ])
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
