/** Arrears flags, the branch ledger, the bureau's collection rates and 首页's dues status. */
import { addMonths, monthRange } from '../../core/dues'
import type { LocalCloud } from '../../localcloud/server'
import { duesHomeStatus } from '../../server/actions/dues/home'
import type { DuesBillDoc } from '../../server/actions/dues/model'
import type { MemberDoc } from '../../server/model'
import type { Db } from '../../server/runtime/types'
import { setSdkEnvironment } from '../helpers/admin-harness'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill, aSettings, insertDues, MARCH_10 } from '../helpers/dues-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const DUE = 9000
/** Bills of a member: months before `paidUntil` (exclusive) paid, the rest open. */
function run(memberId: string, branchId: string, from: string, to: string, paidUntil: string): DuesBillDoc[] {
  return monthRange(from, to).map((m) => aBill(memberId, branchId, m, DUE, m < paidUntil ? DUE : 0))
}

beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(MARCH_10)
  const marked = { since: '2025-07', billedThrough: '2026-03', billedAt: MARCH_10 }
  const overpaid = { ...aBill(WORLD.memberB1, WORLD.branchB, '2026-02', DUE, 12000) }
  await insertDues(cloud, {
    settings: [aSettings(WORLD.branchA, marked), aSettings(WORLD.branchB, marked)],
    bills: [
      ...run(WORLD.memberA1, WORLD.branchA, '2025-09', '2026-03', '2025-09'),
      ...run(WORLD.memberA2, WORLD.branchA, '2025-07', '2026-02', '2025-12'),
      aBill(WORLD.memberA2, WORLD.branchA, '2026-03', DUE, DUE),
      ...run(WORLD.unboundA, WORLD.branchA, '2025-07', '2026-03', '2025-10'),
      ...run(WORLD.secretaryA, WORLD.branchA, '2025-07', '2026-03', '2026-04'),
      ...run(WORLD.admin, WORLD.branchA, '2026-01', '2026-03', '2026-01'),
      ...run(WORLD.memberB1, WORLD.branchB, '2026-01', '2026-03', '2026-03').filter((b) => b.month !== '2026-02'),
      overpaid,
      ...run(WORLD.secretaryB, WORLD.branchB, '2026-01', '2026-03', '2026-01'),
    ],
  })
})

describe('arrears', () => {
  it('flags 3, 5 and 6 months for the branch, longest first, and removes no one', async () => {
    const page = await asSecretary(cloud).ok('secretary', 'dues.branch', {})
    expect(page.arrears.map((a) => [a.name, a.months.length, a.consecutive, a.level, a.owedFen])).toEqual([
      ['甲党员一', 6, 6, 'sixMonths', 6 * DUE],
      ['甲未绑定', 5, 5, 'fiveMonths', 5 * DUE],
      ['甲党员二', 3, 3, 'threeMonths', 3 * DUE],
      ['党委办', 2, 2, 'owing', 2 * DUE],
    ])
    expect(page.thisMonth).toMatchObject({
      month: '2026-03',
      billed: true,
      members: 5,
      paidMembers: 2,
      dueFen: 5 * DUE,
      paidFen: 2 * DUE,
      outstandingFen: 3 * DUE,
    })
    const roster = await asSecretary(cloud).ok('secretary', 'members.list', {})
    expect(roster.members).toHaveLength(5)
  })

  it('shows the member their arrears and what they may pay, older months left to the branch', async () => {
    const mine = await asMember(cloud).ok('member', 'dues.my', {})
    expect(mine.arrears).toMatchObject({ consecutive: 6, level: 'sixMonths' })
    expect(mine.payOptions[0].months).toEqual(['2025-09'])
    expect(mine.notice).toBeNull()
    await asSecretary(cloud).ok('secretary', 'dues.settings.set', { prepayLimit: 3 })
    const limited = await asMember(cloud).ok('member', 'dues.my', {})
    expect(limited.payOptions[0].months).toEqual(['2025-12'])
    expect(limited.notice).toBe('2025年9月—11月共3个月的欠交已超过3个月的补交期限，请与支部书记联系')
    const asSeenBySecretary = await asSecretary(cloud).ok('secretary', 'dues.member', { memberId: WORLD.memberA1 })
    expect(asSeenBySecretary).toMatchObject({ canCollect: true, notice: null })
    expect(asSeenBySecretary.payOptions[0].months).toEqual(['2025-09'])
    await asSecretary(cloud).ok('secretary', 'dues.payment.record', {
      memberId: WORLD.memberA1,
      months: ['2025-09', '2025-10', '2025-11'],
      amountFen: 3 * DUE,
      method: 'cash',
    })
    expect((await asMember(cloud).ok('member', 'dues.my', {})).arrears).toMatchObject({
      consecutive: 3,
      level: 'threeMonths',
    })
  })
})

describe('the branch ledger', () => {
  it('loads 12 months per member and in total in one call', async () => {
    const ledger = await asSecretary(cloud).ok('secretary', 'dues.ledger', {})
    expect(ledger.months).toEqual(monthRange('2025-04', '2026-03'))
    expect(ledger.members.map((m) => m.name)).toHaveLength(5)
    const a1 = ledger.members.find((m) => m.memberId === WORLD.memberA1)
    expect(a1?.cells.map((c) => c?.status ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      ...Array(6).fill('overdue'),
      'due',
    ])
    expect(a1).toMatchObject({
      dueFen: 7 * DUE,
      paidFen: 0,
      outstandingFen: 7 * DUE,
      arrears: { months: 6, consecutive: 6, level: 'sixMonths' },
    })
    const feb = ledger.monthTotals.find((t) => t.month === '2026-02')
    expect(feb).toEqual({
      month: '2026-02',
      dueFen: 5 * DUE,
      paidFen: DUE,
      outstandingFen: 4 * DUE,
      billed: 5,
      paid: 1,
    })
    const sum = (k: 'dueFen' | 'paidFen' | 'outstandingFen') => ledger.members.reduce((s, m) => s + m[k], 0)
    expect(ledger.total).toEqual({
      dueFen: sum('dueFen'),
      paidFen: sum('paidFen'),
      outstandingFen: sum('outstandingFen'),
    })
    expect(ledger.total.dueFen - ledger.total.paidFen).toBe(ledger.total.outstandingFen)
  })

  it('takes a year or a range of at most 24 months', async () => {
    const year = await asSecretary(cloud).ok('secretary', 'dues.ledger', { year: 2025 })
    expect(year.months).toEqual(monthRange('2025-01', '2025-12'))
    const res = await asSecretary(cloud).call('secretary', 'dues.ledger', { from: '2024-01', to: '2026-03' })
    expect(res).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
    const admin = await asAdmin(cloud).ok('secretary', 'dues.ledger', { branchId: WORLD.branchB, from: '2026-01' })
    expect(admin.months).toEqual(monthRange('2026-01', addMonths('2026-01', 11)))
  })
})

describe('collection rates for the party office', () => {
  it('gives each branch by month, paying over never lifting a rate past 100%', async () => {
    const rates = await asAdmin(cloud).ok('admin', 'dues.collection', { year: 2026 })
    expect(rates.months).toHaveLength(12)
    const a = rates.branches.find((b) => b.branchId === WORLD.branchA)
    const b = rates.branches.find((x) => x.branchId === WORLD.branchB)
    const open = true
    expect(a?.cells[0]).toEqual({ open, dueFen: 5 * DUE, paidFen: DUE, billed: 5, paid: 1, ratePct: 20 })
    expect(a?.cells[2]).toEqual({ open, dueFen: 5 * DUE, paidFen: 2 * DUE, billed: 5, paid: 2, ratePct: 40 })
    expect(b?.cells[1]).toEqual({ open, dueFen: 2 * DUE, paidFen: DUE, billed: 2, paid: 1, ratePct: 50 })
    // June has not come: no rate, and nothing of it in the year's total.
    expect(a?.cells[5]).toEqual({ open: false, dueFen: 0, paidFen: 0, billed: 0, paid: 0, ratePct: null })
    expect(rates.bureau.cells[0]).toMatchObject({ dueFen: 7 * DUE, paidFen: 2 * DUE, billed: 7, paid: 2 })
    expect(rates.bureau.total.ratePct).toBe(Math.round((6 * 1000) / 21) / 10)
  })
})

describe('首页', () => {
  it('gets this month’s dues of one member from a small piece it can include in its call', async () => {
    setSdkEnvironment(`${cloud.url}/admin`)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk')
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string })
    const db = sdk.database() as unknown as Db
    const [member] = (await cloud.database.find('members', { _id: WORLD.memberA1 })) as unknown as MemberDoc[]
    expect(await duesHomeStatus(db, member, MARCH_10)).toEqual({
      month: '2026-03',
      dueFen: DUE,
      owedFen: DUE,
      status: 'due',
      arrearsMonths: 6,
      level: 'sixMonths',
    })
  })
})
