/** The bills timer: on each branch's collection day, once, for everyone who pays. */
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill, aSettings, bills, fireTimer, insertDues, MARCH_10, payments } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const at = (iso: string) => cloud.clock.set(Date.parse(iso))
const addMembers = (...members: MemberDoc[]) =>
  cloud.database.insertRaw('members', members as unknown as Record<string, unknown>[])

describe('monthly bills', () => {
  it('appear on each branch’s collection day, with deterministic ids, and only once', async () => {
    await insertDues(cloud, {
      settings: [
        aSettings(WORLD.branchA, { since: '2026-03' }),
        aSettings(WORLD.branchB, { since: '2026-03', collectionDay: 3 }),
      ],
    })
    at('2026-03-04T09:00:00+08:00')
    expect(await fireTimer(cloud)).toMatchObject({ created: 2 })
    expect((await bills(cloud)).map((b) => b._id).sort()).toEqual([
      `${WORLD.memberB1}_2026-03`,
      `${WORLD.secretaryB}_2026-03`,
    ])
    expect((await asMember(cloud).ok('member', 'dues.my', {})).thisMonth.status).toBe('upcoming')

    at('2026-03-05T00:00:00+08:00')
    expect(await fireTimer(cloud)).toMatchObject({ created: 5 })
    expect(await fireTimer(cloud)).toMatchObject({ created: 0, backfilled: 0 })
    const [bill] = await bills(cloud, { _id: `${WORLD.memberA1}_2026-03` })
    expect(bill).toMatchObject({
      memberId: WORLD.memberA1,
      branchId: WORLD.branchA,
      month: '2026-03',
      dueFen: 9000,
      amountId: 'roster',
      paidFen: 0,
      state: 'open',
    })
    expect(await bills(cloud)).toHaveLength(7)
  })

  it('makes a branch’s settings with the defaults (the 5th) the first time it runs', async () => {
    at('2026-03-06T09:00:00+08:00')
    await fireTimer(cloud)
    const [settings] = await cloud.database.find('duesSettings', { _id: WORLD.branchA })
    expect(settings).toMatchObject({
      collectionDay: 5,
      prepayLimit: 6,
      farmerFen: 20,
      since: '2026-03',
      billedThrough: '2026-03',
    })
    expect(await bills(cloud, { month: '2026-03' })).toHaveLength(7)
  })

  it('bills a 预备党员 from the month they were admitted; a member transferred in from the month they arrive', async () => {
    await insertDues(cloud, { settings: [aSettings(WORLD.branchA, { since: '2026-01' })] })
    at('2026-03-06T09:00:00+08:00')
    await fireTimer(cloud)
    // The world's members joined the roster on 1 March: they pay from March, not from January.
    expect((await bills(cloud, { memberId: WORLD.memberA1 })).map((b) => b.month)).toEqual(['2026-03'])
    at('2026-03-20T09:00:00+08:00')
    const arrived = Date.parse('2026-03-20T09:00:00+08:00')
    await addMembers(
      aMember({
        _id: 'm-ta-new',
        branchId: WORLD.branchA,
        probationary: true,
        joinDate: '2026-02-14',
        createdAt: arrived,
        updatedAt: arrived,
      }),
      aMember({
        _id: 'm-ta-moved',
        branchId: WORLD.branchA,
        joinDate: '1998-07-01',
        createdAt: arrived,
        updatedAt: arrived,
      }),
    )
    expect(await fireTimer(cloud)).toMatchObject({ created: 0, backfilled: 3 })
    expect((await bills(cloud, { memberId: 'm-ta-new' })).map((b) => b.month).sort()).toEqual(['2026-02', '2026-03'])
    expect((await bills(cloud, { memberId: 'm-ta-moved' })).map((b) => b.month)).toEqual(['2026-03'])
    expect(await fireTimer(cloud)).toMatchObject({ created: 0, backfilled: 0 })
  })

  it('marks a month without an amount, and confirming the amount fixes the bill', async () => {
    await insertDues(cloud, { settings: [aSettings(WORLD.branchA, { since: '2026-03' })] })
    await addMembers(aMember({ _id: 'm-ta-nobase', branchId: WORLD.branchA, duesBaseFen: null, name: '甲无基数' }))
    at('2026-03-06T09:00:00+08:00')
    await fireTimer(cloud)
    expect((await bills(cloud, { memberId: 'm-ta-nobase' }))[0]).toMatchObject({ dueFen: null, state: 'noAmount' })
    const page = await asMember(cloud, 'm-ta-nobase').ok('member', 'dues.my', {})
    expect(page).toMatchObject({ thisMonth: { status: 'noAmount' }, payOptions: [], amount: null })
    expect(page.notice).toBe('2026年3月起的党费金额还没有确定，请与支部书记联系')
    const overview = await asSecretary(cloud).ok('secretary', 'dues.branch', {})
    expect(overview.year.rows.find((r) => r.memberId === 'm-ta-nobase')).toMatchObject({
      source: 'missing',
      problem: '缺少基数：请填写税后月工资（元）',
    })
    await asSecretary(cloud).ok('secretary', 'dues.amounts.confirm', {
      year: 2026,
      rows: [{ memberId: 'm-ta-nobase', base: '4000' }],
    })
    expect((await bills(cloud, { memberId: 'm-ta-nobase' }))[0]).toMatchObject({ dueFen: 4000, state: 'open' })
  })
})

describe('finishing what a failed call left', () => {
  it('posts a confirmed entry to its bills, once', async () => {
    cloud.clock.set(MARCH_10)
    const entry = {
      _id: 'p-left',
      memberId: WORLD.memberA1,
      memberName: '甲党员一',
      branchId: WORLD.branchA,
      kind: 'payment',
      via: 'inPerson',
      status: 'confirmed',
      months: [{ month: '2026-03', fen: 9000 }],
      amountFen: 9000,
      method: 'cash',
      receiptFileID: null,
      note: null,
      reportedAt: MARCH_10,
      reportedBy: { id: WORLD.secretaryA, name: '甲书记' },
      confirmedAt: MARCH_10,
      confirmedBy: { id: WORLD.secretaryA, name: '甲书记' },
      rejectedAt: null,
      rejectedBy: null,
      rejectReason: null,
      correctsId: null,
      reason: null,
      posted: false,
      requestId: 'r',
    }
    const bill = {
      ...aBill(WORLD.memberA1, WORLD.branchA, '2026-03', 9000),
      state: 'reported' as const,
      pendingPaymentId: 'p-left',
    }
    await insertDues(cloud, {
      settings: [aSettings(WORLD.branchA, { since: '2026-03', billedThrough: '2026-03', billedAt: MARCH_10 })],
      bills: [bill],
    })
    await cloud.database.insertRaw('duesPayments', [entry])
    expect(await fireTimer(cloud)).toMatchObject({ posted: 1 })
    expect(await fireTimer(cloud)).toMatchObject({ posted: 0 })
    expect((await bills(cloud, { _id: bill._id }))[0]).toMatchObject({
      paidFen: 9000,
      state: 'settled',
      pendingPaymentId: null,
      applied: ['p-left'],
    })
    expect((await payments(cloud))[0].posted).toBe(true)
  })

  it('lifts a claim whose report was never written, after two minutes', async () => {
    cloud.clock.set(MARCH_10)
    const bill = {
      ...aBill(WORLD.memberA1, WORLD.branchA, '2026-03', 9000),
      state: 'reported' as const,
      pendingPaymentId: 'p-ghost',
      updatedAt: MARCH_10 - 60_000,
    }
    await insertDues(cloud, {
      settings: [aSettings(WORLD.branchA, { since: '2026-03', billedThrough: '2026-03', billedAt: MARCH_10 })],
      bills: [bill],
    })
    expect(await fireTimer(cloud)).toMatchObject({ released: 0 })
    cloud.clock.set(MARCH_10 + 90_000)
    expect(await fireTimer(cloud)).toMatchObject({ released: 1 })
    expect((await bills(cloud, { _id: bill._id }))[0]).toMatchObject({ state: 'open', pendingPaymentId: null })
  })
})
