/** The year's amounts: a secretary sets or pastes bases, previews, confirms (all or nothing). */
import type { LocalCloud } from '../../localcloud/server'
import type { DuesAmountDoc } from '../../server/actions/dues/model'
import { asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill, aSettings, bills, insertDues, MARCH_10 } from '../helpers/dues-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(MARCH_10)
  await insertDues(cloud, {
    settings: [aSettings(WORLD.branchA, { since: '2026-01' }), aSettings(WORLD.branchB, { since: '2026-01' })],
  })
})

const secretary = () => asSecretary(cloud)
const EDGE = '姓名\t基数（元）\n甲书记\t3000.00\n甲党员一\t3000.01\n甲党员二\t2999.99'

async function amounts(): Promise<DuesAmountDoc[]> {
  return (await cloud.database.find('duesAmounts', {})) as unknown as DuesAmountDoc[]
}

describe('bases either side of a bracket edge', () => {
  it('previews the amounts with a warning just over the edge, writing nothing', async () => {
    const before = await cloud.database.exportAll()
    const preview = await secretary().ok('secretary', 'dues.amounts.preview', { year: 2026, text: EDGE })
    expect(preview.rows.map((r) => [r.line, r.name, r.baseFen, r.monthlyFen, r.rateBp, r.problems])).toEqual([
      [2, '甲书记', 300000, 1500, 50, []],
      [3, '甲党员一', 300001, 3000, 100, []],
      [4, '甲党员二', 299999, 1500, 50, []],
    ])
    expect(preview.rows.map((r) => r.warning)).toEqual([
      null,
      '基数只比3000.00元高0.01元，按1%每月30.00元；若为3000.00元则按0.5%每月15.00元，请核对基数',
      null,
    ])
    expect(preview).toMatchObject({ problemCount: 0, warningCount: 1, monthlyFen: 6000 })
    expect(preview.rows[1].previousFen).toBeNull()
    expect(await cloud.database.exportAll()).toEqual(before)
  })

  it('confirms them with who and when, lists the year, and audits the change', async () => {
    const done = await secretary().ok('secretary', 'dues.amounts.confirm', { year: 2026, text: EDGE })
    expect(done).toMatchObject({ confirmed: 3, billsUpdated: 0 })
    // The answer is the year's amounts as the page lists them now.
    expect(done.year).toEqual(await secretary().ok('secretary', 'dues.amounts.list', { year: 2026 }))
    expect(await amounts()).toHaveLength(3)
    expect((await amounts()).find((a) => a.memberId === WORLD.memberA1)).toMatchObject({
      _id: `${WORLD.memberA1}_2026-01`,
      year: 2026,
      effectiveFrom: '2026-01',
      category: 'inService',
      baseFen: 300001,
      monthlyFen: 3000,
      confirmedBy: { id: WORLD.secretaryA, name: '甲书记' },
      confirmedAt: expect.any(Number),
    })
    const row = (name: string) => done.year.rows.find((r) => r.name === name)
    expect(row('甲党员一')).toMatchObject({
      source: 'confirmed',
      base: '3000.01',
      monthlyFen: 3000,
      confirmedByName: '甲书记',
    })
    expect(row('甲党员一')?.warning).toContain('3000.00')
    expect(row('甲未绑定')).toMatchObject({
      source: 'roster',
      base: '6000.00',
      monthlyFen: 9000,
      confirmedByName: null,
    })
    expect(done.year.totals).toEqual({
      members: 5,
      confirmed: 3,
      unconfirmed: 2,
      missing: 0,
      warnings: 1,
      monthlyFen: 6000 + 2 * 9000,
    })
    const log = await cloud.database.find('auditLog', { kind: 'dues.amounts' })
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      actorName: '甲书记',
      summary: '确认第一支部3人的党费金额（自2026年1月起）',
      branchId: WORLD.branchA,
    })
  })

  it('lists another year with this year carried until confirmed', async () => {
    await secretary().ok('secretary', 'dues.amounts.confirm', { year: 2026, text: EDGE })
    const next = await secretary().ok('secretary', 'dues.amounts.list', { year: 2027 })
    expect(next.rows.find((r) => r.name === '甲党员一')).toMatchObject({
      source: 'carried',
      monthlyFen: 3000,
      effectiveFrom: '2026-01',
    })
  })
})

describe('refusals', () => {
  it('names every problem and confirms nothing while any row has one', async () => {
    const text = '姓名,基数,党费类别\n甲书记,650000\n甲党员一,0.65\n无此人,5000\n甲党员二,5000,外星\n甲未绑定,5200'
    const preview = await secretary().ok('secretary', 'dues.amounts.preview', { year: 2026, text })
    expect(preview.rows.map((r) => r.problems)).toEqual([
      ['基数650000.00元不像以元为单位的税后月工资，请核对单位（应为元，不是分或万元）'],
      ['基数0.65元不像以元为单位的税后月工资，请核对单位（应为元，不是分或万元）'],
      ['本支部没有名为“无此人”的党员'],
      ['党费类别“外星”不对'],
      [],
    ])
    const res = await secretary().call('secretary', 'dues.amounts.confirm', { year: 2026, text })
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'DUES.AMOUNTS_HAVE_PROBLEMS',
        message:
          '第2行：基数650000.00元不像以元为单位的税后月工资，请核对单位（应为元，不是分或万元）（共4行需要修改）',
      },
    })
    expect(await amounts()).toEqual([])
  })

  it('refuses a zero or missing base and says what to do', async () => {
    const preview = await secretary().ok('secretary', 'dues.amounts.preview', {
      year: 2026,
      rows: [
        { memberId: WORLD.memberA1, base: '0' },
        { memberId: WORLD.memberA2, base: '' },
        { memberId: WORLD.unboundA, base: '3千' },
      ],
    })
    expect(preview.rows.map((r) => r.problems[0])).toEqual([
      '基数为0：没有工资或退休金的党员请改选“失业”或“低保”类别（每月0.20元），或按规定申请减免',
      '缺少基数：请填写税后月工资（元）',
      '基数“3千”不对，应为以元为单位的金额，如 3000.01',
    ])
  })

  it('keeps secretaries to their own branch', async () => {
    const other = asSecretary(cloud, 'B')
    const preview = await other.ok('secretary', 'dues.amounts.preview', {
      year: 2026,
      rows: [{ memberId: WORLD.memberA1, base: '5000' }],
    })
    expect(preview.rows[0].problems).toEqual(['这名党员不在本支部'])
    const res = await other.call('secretary', 'dues.amounts.confirm', {
      branchId: WORLD.branchA,
      year: 2026,
      text: EDGE,
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
  })

  it('refuses a first month outside the year', async () => {
    const res = await secretary().call('secretary', 'dues.amounts.confirm', {
      year: 2026,
      effectiveFrom: '2025-12',
      text: EDGE,
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'DUES.BAD_EFFECTIVE_MONTH' } })
  })
})

describe('categories and reductions', () => {
  it('computes retirees, flat categories and farmers at the branch amount', async () => {
    await secretary().ok('secretary', 'dues.settings.set', { farmerFen: 50 })
    const preview = await secretary().ok('secretary', 'dues.amounts.preview', {
      year: 2026,
      rows: [
        { memberId: WORLD.memberA1, category: 'retiree', base: '5000.01' },
        { memberId: WORLD.memberA2, category: 'relief' },
        { memberId: WORLD.unboundA, category: 'farmer' },
      ],
    })
    expect(preview.rows.map((r) => [r.category, r.baseFen, r.monthlyFen])).toEqual([
      ['retiree', 500001, 5000],
      ['relief', null, 20],
      ['farmer', null, 50],
    ])
  })

  it('records an approved reduction or exemption with who approved it and when', async () => {
    const done = await secretary().ok('secretary', 'dues.amounts.confirm', {
      year: 2026,
      rows: [
        {
          memberId: WORLD.memberA1,
          base: '6000',
          reduction: {
            kind: 'reduced',
            monthly: '10.00',
            approvedBy: '机关党委',
            approvedOn: '2026-02-20',
            reason: '家庭困难',
          },
        },
        {
          memberId: WORLD.memberA2,
          reduction: { kind: 'exempt', approvedBy: '机关党委', approvedOn: '2026-02-20', reason: '重病' },
        },
      ],
    })
    const [a1, a2] = [WORLD.memberA1, WORLD.memberA2].map((id) => done.year.rows.find((r) => r.memberId === id))
    expect(a1).toMatchObject({
      regulationFen: 9000,
      monthlyFen: 1000,
      reduction: { kind: 'reduced', monthlyFen: 1000, approvedBy: '机关党委', approvedOn: '2026-02-20' },
    })
    expect(a2).toMatchObject({ regulationFen: 9000, monthlyFen: 0, reduction: { kind: 'exempt', monthlyFen: 0 } })
  })
})

describe('a base change from a given month', () => {
  it('brings the bills from that month on to the new amount, paid months owing the difference', async () => {
    await insertDues(cloud, {
      bills: [
        aBill(WORLD.memberA1, WORLD.branchA, '2026-01', 9000, 9000),
        aBill(WORLD.memberA1, WORLD.branchA, '2026-02', 9000, 9000),
        aBill(WORLD.memberA1, WORLD.branchA, '2026-03', 9000),
      ],
    })
    const first = await secretary().ok('secretary', 'dues.amounts.confirm', {
      year: 2026,
      rows: [{ memberId: WORLD.memberA1, base: '6000' }],
    })
    expect(first.billsUpdated).toBe(3)
    const change = await secretary().ok('secretary', 'dues.amounts.confirm', {
      year: 2026,
      effectiveFrom: '2026-02',
      rows: [{ memberId: WORLD.memberA1, base: '10000.01' }],
    })
    expect(change.billsUpdated).toBe(2)
    const byMonth = new Map((await bills(cloud, { memberId: WORLD.memberA1 })).map((b) => [b.month, b]))
    expect(byMonth.get('2026-01')).toMatchObject({
      dueFen: 9000,
      paidFen: 9000,
      state: 'settled',
      amountId: `${WORLD.memberA1}_2026-01`,
    })
    expect(byMonth.get('2026-02')).toMatchObject({
      dueFen: 20000,
      paidFen: 9000,
      state: 'open',
      amountId: `${WORLD.memberA1}_2026-02`,
    })
    expect(byMonth.get('2026-03')).toMatchObject({ dueFen: 20000, paidFen: 0, state: 'open' })
    const row = change.year.rows.find((r) => r.memberId === WORLD.memberA1)
    expect(row).toMatchObject({
      monthlyFen: 9000,
      changes: [{ effectiveFrom: '2026-02', baseFen: 1000001, monthlyFen: 20000 }],
    })
  })
})
