/** Reporting, confirming, returning, recording and correcting payments. */
import { demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aSettings, bills, fireTimer, insertDues, MARCH_10, payments } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(MARCH_10)
  await insertDues(cloud, {
    settings: [aSettings(WORLD.branchA, { since: '2026-03' }), aSettings(WORLD.branchB, { since: '2026-03' })],
  })
  await cloud.database.insertRaw('members', [
    aMember({ _id: COMMITTEE, branchId: WORLD.branchA, role: 'committee', name: '甲组织委员' }) as unknown as Record<
      string,
      unknown
    >,
  ])
  await fireTimer(cloud)
})

const COMMITTEE = 'm-ta-com'
const MONTHLY = 9000
const member = (id: string = WORLD.memberA1) => asMember(cloud, id)
const secretary = () => asSecretary(cloud)
const report = (months: string[], amountFen = MONTHLY * months.length, id?: string) =>
  member(id).call('member', 'dues.report', { months, amountFen, method: 'wechat' })

describe('a member reports, the secretary confirms; another prepays; ledger and page agree', () => {
  it('goes through the whole loop', async () => {
    const fileID = await cloud.platform.putFile('dues/receipt-1.jpg', Buffer.from('jpeg'))
    const before = await member().ok('member', 'dues.my', {})
    expect(before).toMatchObject({
      currentMonth: '2026-03',
      firstMonth: '2026-03',
      thisMonth: { month: '2026-03', dueFen: MONTHLY, paidFen: 0, owedFen: MONTHLY, status: 'due' },
      arrears: { months: [], level: 'none' },
      amount: { monthlyFen: MONTHLY, baseFen: 600000, rateBp: 150, confirmed: false },
      settings: { collectionDay: 5, prepayLimit: 6 },
      notice: null,
    })
    expect(before.payOptions.map((o) => o.months.length)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(before.payOptions[2]).toEqual({
      months: ['2026-03', '2026-04', '2026-05'],
      totalFen: 27000,
      label: '2026年3月—5月，3个月',
      arrearsCount: 0,
      prepayCount: 2,
    })

    const reported = await member().ok('member', 'dues.report', {
      months: ['2026-03'],
      amountFen: MONTHLY,
      method: 'wechat',
      receiptFileID: fileID,
    })
    expect(reported.thisMonth.status).toBe('reported')
    expect(reported.payments[0]).toMatchObject({
      status: 'reported',
      via: 'report',
      amountFen: MONTHLY,
      receiptFileID: fileID,
      reportedByName: '甲党员一',
    })
    expect(reported.payOptions[0].months).toEqual(['2026-04'])

    const page = await secretary().ok('secretary', 'dues.branch', {})
    expect(page.waiting).toHaveLength(1)
    expect(page.waiting[0]).toMatchObject({ memberName: '甲党员一', months: [{ month: '2026-03', fen: MONTHLY }] })
    expect(page.waiting[0].receiptUrl).toMatch(/^http/)
    expect(page.thisMonth.rows.find((r) => r.memberId === WORLD.memberA1)?.status).toBe('reported')

    const confirmed = await secretary().ok('secretary', 'dues.payment.confirm', { paymentId: reported.payments[0].id })
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedByName: '甲书记' })

    await member(WORLD.memberA2).ok('member', 'dues.report', {
      months: ['2026-03', '2026-04', '2026-05'],
      amountFen: 27000,
      method: 'bank',
    })
    const waiting = (await secretary().ok('secretary', 'dues.branch', {})).waiting
    // The tap answers with the page it was made on, as that page now reads.
    const answer = await secretary().ok('secretary', 'dues.payment.confirm', {
      paymentId: waiting[0].id,
      answerWith: 'branch',
    })
    expect(answer.branchPage).toEqual(await secretary().ok('secretary', 'dues.branch', {}))
    expect(answer.branchPage?.waiting.map((p) => p.id)).not.toContain(waiting[0].id)
    expect(answer.memberPage).toBeUndefined()

    const ledger = await secretary().ok('secretary', 'dues.ledger', { from: '2026-03', to: '2026-05' })
    const mine = await member(WORLD.memberA2).ok('member', 'dues.my', {})
    const row = ledger.members.find((m) => m.memberId === WORLD.memberA2)
    expect(row?.cells.map((c) => c && [c.dueFen, c.paidFen, c.status])).toEqual([
      [MONTHLY, MONTHLY, 'paid'],
      [MONTHLY, MONTHLY, 'paid'],
      [MONTHLY, MONTHLY, 'paid'],
    ])
    expect(mine.history.slice(0, 3).map((m) => [m.month, m.paidFen, m.status])).toEqual([
      ['2026-05', MONTHLY, 'paid'],
      ['2026-04', MONTHLY, 'paid'],
      ['2026-03', MONTHLY, 'paid'],
    ])
    expect(mine.payOptions[0].months).toEqual(['2026-06'])
    expect(ledger.monthTotals[0]).toMatchObject({
      month: '2026-03',
      dueFen: 6 * MONTHLY,
      paidFen: 2 * MONTHLY,
      billed: 6,
      paid: 2,
    })
    const mineA1 = await member().ok('member', 'dues.my', {})
    expect(mineA1.thisMonth).toMatchObject({ status: 'paid', paidFen: MONTHLY })
    expect(ledger.members.find((m) => m.memberId === WORLD.memberA1)?.cells[0]).toEqual({
      dueFen: MONTHLY,
      paidFen: MONTHLY,
      status: 'paid',
    })
    expect(await cloud.database.find('auditLog', { kind: 'dues.confirm' })).toHaveLength(2)
  })
})

describe('refusals', () => {
  it('refuses a month already reported, and once confirmed, already paid', async () => {
    await report(['2026-03'])
    expect(await report(['2026-03'])).toMatchObject({
      ok: false,
      error: { code: 'DUES.ALREADY_REPORTED', message: '2026年3月已经报告过缴费，正在等待确认' },
    })
    const [entry] = await payments(cloud)
    await secretary().ok('secretary', 'dues.payment.confirm', { paymentId: entry._id })
    expect(await report(['2026-03'])).toMatchObject({
      ok: false,
      error: { code: 'DUES.ALREADY_PAID', message: '2026年3月的党费已经交过了' },
    })
  })

  it('lets only one of two reports of the same month at the same moment succeed', async () => {
    const results = await Promise.all([report(['2026-03', '2026-04']), report(['2026-03']), report(['2026-03'])])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ error: { code: 'DUES.ALREADY_REPORTED' } })
    const written = await payments(cloud)
    expect(written).toHaveLength(1)
    const claimed = await bills(cloud, { memberId: WORLD.memberA1, state: 'reported' })
    expect(claimed.every((b) => b.pendingPaymentId === written[0]._id)).toBe(true)
    expect(claimed).toHaveLength(written[0].months.length)
  })

  it('refuses prepaying beyond the limit, 3 months where the branch says so', async () => {
    const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']
    expect(await report(months)).toMatchObject({
      ok: false,
      error: { code: 'DUES.PREPAY_LIMIT', message: '最多预交6个月，现在最晚可交到2026年9月' },
    })
    await secretary().ok('secretary', 'dues.settings.set', { prepayLimit: 3 })
    expect(await report(months.slice(0, 5))).toMatchObject({
      ok: false,
      error: { message: '最多预交3个月，现在最晚可交到2026年6月' },
    })
    expect(await report(months.slice(0, 4))).toMatchObject({ ok: true })
  })

  it.each([
    [-9000, '金额不能为负'],
    [0, '金额必须大于0'],
    [90.5, '金额应为以分为单位的整数'],
    [1_000_000_000, '金额不合常理（超过10万元），请核对'],
  ])('refuses %p fen: %s', async (amountFen, message) => {
    expect(await report(['2026-03'], amountFen)).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', message },
    })
    expect(await payments(cloud)).toEqual([])
  })

  it('refuses an amount that is not what is due, skipping a month, and months before the first', async () => {
    expect(await report(['2026-03'], 900)).toMatchObject({
      ok: false,
      error: { code: 'DUES.AMOUNT_MISMATCH', message: '金额不对：2026年3月共应交90.00元' },
    })
    expect(await report(['2026-04'])).toMatchObject({ ok: false, error: { code: 'DUES.SKIPS_MONTH' } })
    expect(await report(['2026-02'])).toMatchObject({
      ok: false,
      error: { code: 'DUES.NOT_DUE', message: '2026年2月不用交党费：从2026年3月起交纳' },
    })
  })
})

describe('returning and correcting', () => {
  it('returns a report with a reason; the month opens again', async () => {
    await report(['2026-03'])
    const [entry] = await payments(cloud)
    const rejected = await secretary().ok('secretary', 'dues.payment.reject', {
      paymentId: entry._id,
      reason: '没有收到转账',
    })
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '没有收到转账', rejectedByName: '甲书记' })
    const mine = await member().ok('member', 'dues.my', {})
    expect(mine.thisMonth.status).toBe('due')
    expect(mine.payments[0]).toMatchObject({ status: 'rejected', rejectReason: '没有收到转账' })
    expect(await secretary().call('secretary', 'dues.payment.confirm', { paymentId: entry._id })).toMatchObject({
      ok: false,
      error: { code: 'DUES.PAYMENT_HANDLED' },
    })
    expect(await report(['2026-03'])).toMatchObject({ ok: true })
  })

  it('reverses a confirmed payment with an audited correction; the original stays as it was', async () => {
    const recorded = await secretary().ok('secretary', 'dues.payment.record', {
      memberId: WORLD.memberA2,
      months: ['2026-03', '2026-04'],
      amountFen: 2 * MONTHLY,
      method: 'cash',
      note: '支部大会现场交纳',
    })
    expect(recorded).toMatchObject({
      status: 'confirmed',
      via: 'inPerson',
      amountFen: 18000,
      confirmedByName: '甲书记',
    })
    const [original] = await payments(cloud, { _id: recorded.id })
    const correction = await secretary().ok('secretary', 'dues.payment.correct', {
      paymentId: recorded.id,
      reason: '登记错了人',
    })
    expect(correction).toMatchObject({
      id: `${recorded.id}_rev`,
      kind: 'correction',
      status: 'confirmed',
      amountFen: -18000,
      months: [
        { month: '2026-03', fen: -MONTHLY },
        { month: '2026-04', fen: -MONTHLY },
      ],
      correctsId: recorded.id,
      reason: '登记错了人',
    })
    expect(await payments(cloud, { _id: recorded.id })).toEqual([original])
    const mine = await member(WORLD.memberA2).ok('member', 'dues.my', {})
    expect(mine.thisMonth).toMatchObject({ status: 'due', paidFen: 0 })
    expect(mine.payments.find((p) => p.id === recorded.id)?.correctedById).toBe(`${recorded.id}_rev`)
    const [log] = await cloud.database.find('auditLog', { kind: 'dues.correct' })
    expect(log).toMatchObject({ summary: '冲正甲党员二2026年3月—4月党费180.00元：登记错了人', targetId: recorded.id })

    const again = (paymentId: string) =>
      secretary().call('secretary', 'dues.payment.correct', { paymentId, reason: '再次冲正' })
    expect(await again(recorded.id)).toMatchObject({ ok: false, error: { code: 'DUES.ALREADY_CORRECTED' } })
    expect(await again(correction.id)).toMatchObject({ ok: false, error: { code: 'DUES.CORRECTION_FINAL' } })
    await report(['2026-03'])
    const reported = (await payments(cloud, { status: 'reported' }))[0]
    expect(await again(reported._id)).toMatchObject({ ok: false, error: { code: 'DUES.NOT_CONFIRMED' } })
  })

  it('will not record in person a month the member has reported', async () => {
    await report(['2026-03'])
    const res = await secretary().call('secretary', 'dues.payment.record', {
      memberId: WORLD.memberA1,
      months: ['2026-03'],
      amountFen: MONTHLY,
      method: 'cash',
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'DUES.ALREADY_REPORTED' } })
  })
})

describe('who collects', () => {
  const committee = () => actor(cloud, demoOpenid(COMMITTEE))

  it('the secretary, a 支委 they name as treasurer, or an admin; no one else', async () => {
    await report(['2026-03'])
    const [entry] = await payments(cloud)
    expect(await committee().call('secretary', 'dues.payment.confirm', { paymentId: entry._id })).toMatchObject({
      ok: false,
      error: { code: 'DUES.NOT_COLLECTOR' },
    })
    expect(await committee().call('secretary', 'dues.settings.set', { treasurerIds: [COMMITTEE] })).toMatchObject({
      ok: false,
      error: { code: 'DUES.SECRETARY_ONLY' },
    })
    expect(await secretary().call('secretary', 'dues.settings.set', { treasurerIds: [WORLD.memberA2] })).toMatchObject({
      ok: false,
      error: { code: 'DUES.TREASURER_NOT_COMMITTEE' },
    })
    const settings = await secretary().ok('secretary', 'dues.settings.set', { treasurerIds: [COMMITTEE] })
    expect(settings.treasurers).toEqual([{ id: COMMITTEE, name: '甲组织委员' }])
    expect((await committee().ok('secretary', 'dues.branch', {})).canCollect).toBe(true)
    expect(await committee().ok('secretary', 'dues.payment.confirm', { paymentId: entry._id })).toMatchObject({
      confirmedByName: '甲组织委员',
    })
    const byAdmin = await asAdmin(cloud).ok('secretary', 'dues.payment.record', {
      memberId: WORLD.memberA2,
      months: ['2026-03'],
      amountFen: MONTHLY,
      method: 'cash',
    })
    expect(byAdmin.confirmedByName).toBe('党委办')
  })

  it('keeps another branch out', async () => {
    await report(['2026-03'])
    const [entry] = await payments(cloud)
    expect(
      await asSecretary(cloud, 'B').call('secretary', 'dues.payment.confirm', { paymentId: entry._id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OTHER_BRANCH' },
    })
    expect(await asSecretary(cloud, 'B').call('secretary', 'dues.member', { memberId: WORLD.memberA1 })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OTHER_BRANCH' },
    })
  })
})
