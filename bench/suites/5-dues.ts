/**
 * Dues at bureau scale (3,000 members), against the local cloud on a disk store:
 * - computing a year of amounts for 3,000 members, pure (beside 300, same run), and
 *   confirming them branch by branch through `dues.amounts.confirm` (a 200-member branch
 *   beside a 13-member one);
 * - the timer making a month's bills for 3,000 members, and a run with nothing to do;
 * - loading a 200-member branch's 12-month ledger in one call (beside 13 members), the
 *   secretary's page, a member's page, and the office's year of collection rates.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configFromEnv } from '../../localcloud/config'
import project from '../../localcloud.config'
import { seedDemo } from '../../demo'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { chinaDate, chinaMonth } from '../../core/dates'
import { addMonths, amountsOfYear, computeAmount, monthRange } from '../../core/dues'
import { formatFen } from '../../core/money'
import type { DuesBillDoc } from '../../server/actions/dues/model'
import type { MemberDoc } from '../../server/model'
import { record } from '../figures'
import { median, ms, table } from '../stats'

async function call(cloud: LocalCloud, fn: string, openid: string, action: string, input: object): Promise<number> {
  const started = performance.now()
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  })
  const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } }
  if (!body.ok) throw new Error(`${fn}/${action}: ${body.error?.code} ${body.error?.message}`)
  return performance.now() - started
}

async function responseBytes(
  cloud: LocalCloud,
  fn: string,
  openid: string,
  action: string,
  input: object,
): Promise<number> {
  const res = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, input }),
  })
  return (await res.arrayBuffer()).byteLength
}

async function fireTimer(cloud: LocalCloud): Promise<{ time: number; counts: string }> {
  const started = performance.now()
  const res = await fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
  const body = (await res.json()) as { result?: { data?: { duesBills?: Record<string, number> } } }
  return { time: performance.now() - started, counts: JSON.stringify(body.result?.data?.duesBills ?? {}) }
}

const OTHER_BRANCHES = [
  '机关第一党支部',
  '水环境管理处党支部',
  '大气环境处党支部',
  '大气监测站党支部',
  '水质监测管理所党支部',
]

function rosterText(): string {
  const lines = ['姓名\t支部\t入党日期\t预备党员\t党费类别\t党费基数（元）']
  for (let i = 0; i < 185; i++)
    lines.push(`二支${String(i).padStart(3, '0')}\t机关第二党支部\t2012-07-01\t否\t在职\t${2600 + i * 53}`)
  for (let i = 0; i < 2815; i++) {
    lines.push(
      `局员${String(i).padStart(4, '0')}\t${OTHER_BRANCHES[i % OTHER_BRANCHES.length]}\t2010-07-01\t否\t在职\t${2800 + ((i * 37) % 9000)}`,
    )
  }
  return lines.join('\n')
}

/** A year of amounts for each member, a fifth of them with a new base from July. */
function computeYear(members: MemberDoc[], year: number, today: string): number {
  let total = 0
  for (const [i, m] of members.entries()) {
    const base = m.duesBaseFen ?? 500000
    const records = [{ effectiveFrom: `${year}-01`, base }]
    if (i % 5 === 0) records.push({ effectiveFrom: `${year}-07`, base: base + 30000 })
    const amounts = records.map((r) => {
      const c = computeAmount({ category: m.duesCategory, baseFen: r.base, farmerFen: 20, reduction: null }, today)
      return { effectiveFrom: r.effectiveFrom, monthlyFen: c.ok ? c.monthlyFen : 0 }
    })
    for (const month of amountsOfYear(amounts, year)) total += month.monthlyFen ?? 0
  }
  return total
}

function timeCompute(members: MemberDoc[], year: number, today: string): { time: number; total: number } {
  const times: number[] = []
  let total = 0
  for (let run = 0; run < 15; run++) {
    const started = performance.now()
    total = computeYear(members, year, today)
    times.push(performance.now() - started)
  }
  return { time: median(times), total }
}

function yearOfBills(members: MemberDoc[], months: string[], now: number): DuesBillDoc[] {
  return members.flatMap((m, i) =>
    months.map((month, k) => {
      const dueFen = 9000
      const paidFen = (i + k) % 7 === 0 ? 0 : dueFen
      return {
        _id: `${m._id}_${month}`,
        memberId: m._id,
        branchId: m.branchId,
        month,
        dueFen,
        amountId: 'roster',
        paidFen,
        state: paidFen >= dueFen ? 'settled' : 'open',
        pendingPaymentId: null,
        applied: [],
        rev: 0,
        createdAt: now,
        updatedAt: now,
      }
    }),
  )
}

async function tenTimes(run: () => Promise<number>): Promise<number> {
  await run()
  const times: number[] = []
  for (let i = 0; i < 10; i++) times.push(await run())
  return median(times)
}

export default async function duesBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-dues-'))
  const cloud = await startLocalCloud({
    ...configFromEnv(project, {}),
    port: 0,
    dataDir,
    staticDir: null,
    realTimers: false,
  })
  try {
    const now = cloud.clock.now()
    await seedDemo(cloud.database, now)
    await call(cloud, 'admin', DEMO_ADMIN_OPENID, 'roster.import', { text: rosterText() })
    const members = (await cloud.database.find('members', { status: 'active' })) as unknown as MemberDoc[]
    const year = Number(chinaMonth(now).slice(0, 4))
    const today = chinaDate(now)

    computeYear(members, year, today) // warm up the JIT so that neither size pays for it
    const small = timeCompute(members.slice(0, 300), year, today)
    const large = timeCompute(members.slice(0, 3000), year, today)
    record('year of amounts 300 members', small.time, 'ms')
    record('year of amounts 3,000 members', large.time, 'ms', 'year of amounts 300 members')
    console.log('\n一年的党费金额（core，纯计算，15 次取中位数；五分之一党员年中调整基数）')
    table([
      ['members', 'time', 'per 1,000', 'year total'],
      ['300 (baseline)', ms(small.time), ms((small.time / 300) * 1000), `${formatFen(small.total)} 元`],
      ['3,000', ms(large.time), ms((large.time / 3000) * 1000), `${formatFen(large.total)} 元`],
    ])

    const rowsOf = (branchId: string) =>
      members
        .filter((m) => m.branchId === branchId)
        .map((m) => ({ memberId: m._id, base: formatFen(m.duesBaseFen ?? 500000) }))
    const confirm = (branchId: string) =>
      call(cloud, 'secretary', DEMO_ADMIN_OPENID, 'dues.amounts.confirm', { branchId, year, rows: rowsOf(branchId) })
    await call(cloud, 'secretary', DEMO_ADMIN_OPENID, 'dues.amounts.list', { branchId: 'org-b8', year })
    const smallConfirm = await confirm('org-b8')
    const bigConfirm = await confirm('org-b2')
    let bureauConfirm = smallConfirm + bigConfirm
    for (const b of ['org-b1', 'org-b3', 'org-b4', 'org-b5', 'org-b6', 'org-b7']) bureauConfirm += await confirm(b)
    record('dues.amounts.confirm 防污办党支部', smallConfirm, 'ms')
    record('dues.amounts.confirm 机关第二党支部', bigConfirm, 'ms', 'dues.amounts.confirm 防污办党支部')
    record('dues.amounts.confirm 8 branches', bureauConfirm, 'ms', 'dues.amounts.confirm 防污办党支部')
    console.log('\n确认全年党费金额（secretary/dues.amounts.confirm，每支部一次调用，含更新已有账单）')
    table([
      ['branch', 'members', 'time'],
      ['防污办党支部 (baseline)', String(rowsOf('org-b8').length), ms(smallConfirm)],
      ['机关第二党支部', String(rowsOf('org-b2').length), ms(bigConfirm)],
      ['全局 8 个支部合计', String(members.length), ms(bureauConfirm)],
    ])

    const billing = await fireTimer(cloud)
    const idle = await fireTimer(cloud)
    record('timer nothing to do', idle.time, 'ms')
    record('timer bills', billing.time, 'ms', 'timer nothing to do')
    console.log('\n定时任务（timer，生成账单；新导入的党员首次出账）')
    table([
      ['run', 'time', 'counts'],
      ['nothing to do (baseline)', ms(idle.time), idle.counts],
      [`~${members.length} members' bills`, ms(billing.time), billing.counts],
    ])

    const months = monthRange(addMonths(chinaMonth(now), -11), chinaMonth(now))
    await cloud.database.insertRaw(
      'duesBills',
      yearOfBills(members, months, now) as unknown as Record<string, unknown>[],
    )
    const secretaryBig = demoOpenid('m-b2-01')
    const secretarySmall = demoOpenid('m-b8-01')
    const ledgerSmall = await tenTimes(() => call(cloud, 'secretary', secretarySmall, 'dues.ledger', {}))
    const ledgerBig = await tenTimes(() => call(cloud, 'secretary', secretaryBig, 'dues.ledger', {}))
    const pageSmall = await tenTimes(() => call(cloud, 'secretary', secretarySmall, 'dues.branch', {}))
    const pageBig = await tenTimes(() => call(cloud, 'secretary', secretaryBig, 'dues.branch', {}))
    const memberPage = await tenTimes(() => call(cloud, 'member', demoOpenid('m-b2-02'), 'dues.my', {}))
    const rates = await tenTimes(() => call(cloud, 'admin', DEMO_ADMIN_OPENID, 'dues.collection', { year }))
    const reads: Array<[string, number, [string, string, string, object]]> = [
      ['dues.ledger 13 members', ledgerSmall, ['secretary', secretarySmall, 'dues.ledger', {}]],
      ['dues.ledger 200 members', ledgerBig, ['secretary', secretaryBig, 'dues.ledger', {}]],
      ['dues.branch 13 members', pageSmall, ['secretary', secretarySmall, 'dues.branch', {}]],
      ['dues.branch 200 members', pageBig, ['secretary', secretaryBig, 'dues.branch', {}]],
      ['dues.my', memberPage, ['member', demoOpenid('m-b2-02'), 'dues.my', {}]],
      ['dues.collection', rates, ['admin', DEMO_ADMIN_OPENID, 'dues.collection', { year }]],
    ]
    const size: Record<string, string> = {}
    for (const [what, time, [fn, openid, action, input]] of reads) {
      const bytes = await responseBytes(cloud, fn, openid, action, input)
      const base = what.replace(/ 200 members$/, ' 13 members')
      record(what, time, 'ms', base === what ? undefined : base)
      record(`${what} response`, bytes, 'B', base === what ? undefined : `${base} response`)
      size[what] = `${(bytes / 1024).toFixed(0)} KB`
    }
    console.log(`\n读取（一次调用，10 次取中位数；账单 ${members.length} 人 × 12 个月）`)
    table([
      ['call', 'scope', 'median', 'response'],
      ['dues.ledger (baseline)', '13 members × 12 months', ms(ledgerSmall), size['dues.ledger 13 members']],
      ['dues.ledger', '200 members × 12 months', ms(ledgerBig), size['dues.ledger 200 members']],
      ['dues.branch (baseline)', '13 members', ms(pageSmall), size['dues.branch 13 members']],
      ['dues.branch', '200 members', ms(pageBig), size['dues.branch 200 members']],
      ['dues.my', 'one member', ms(memberPage), size['dues.my']],
      ['dues.collection', `8 branches, ${members.length * 12} bills`, ms(rates), size['dues.collection']],
    ])
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
