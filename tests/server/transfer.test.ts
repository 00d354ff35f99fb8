/**
 * 组织关系转接 (issue 26): a 转出 from the secretary's start through the office's letter (党费交至
 * read from the ledger) to the 回执, which archives the member as member.markLeft does; the
 * receipt reminder told once; a 转入 putting the member on the roll with a binding code; 外出; the
 * 失去联系 list; bad input refused with a code and nothing written; 党内统计 from the records.
 */
import { addDays } from '../../core/appraisal/rules'
import { chinaDate, chinaInstant, chinaMonth } from '../../core/dates'
import { addMonths } from '../../core/dues/months'
import type { FunctionName } from '../../core/contract'
import type { LocalCloud } from '../../localcloud/server'
import type { OutboxDoc } from '../../server/actions/notify/model'
import type { TransferDoc } from '../../server/actions/transfer/model'
import type { AuditDoc, MemberDoc } from '../../server/model'
import { demoOpenid } from '../../demo/identities'
import { docs, insertDocs } from '../helpers/activity-mothers'
import { actor, asAdmin, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { aBill, aSettings, insertDues } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'
import { aProbationer, insertPeople, stepsUpTo } from '../helpers/develop-mothers'
import { aTransfer, anAbsence, insertAbsences, insertTransfers } from '../helpers/transfer-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const MOVER = 'm-ta-mover'
const secretary = () => asSecretary(cloud)
const today = () => chinaDate(cloud.clock.now())
const month = () => chinaMonth(cloud.clock.now())
async function fails(who: Actor, fn: FunctionName, action: string, input: object, code: string) {
  const before = await cloud.database.exportAll()
  const answer = await who.call(fn, action as never, input as never)
  expect(answer).toMatchObject({ ok: false, error: { code } })
  expect(await cloud.database.exportAll()).toEqual(before)
  return answer
}

/** A member of branch A on the roll for two years, whose dues are paid through two months ago. */
async function insertMover() {
  const twoYears = cloud.clock.now() - 730 * 86_400_000
  await insertDocs(cloud, 'members', [
    aMember({ _id: MOVER, branchId: WORLD.branchA, name: '甲调出', createdAt: twoYears, updatedAt: twoYears }),
  ])
  const m = month()
  await insertDues(cloud, {
    settings: [aSettings(WORLD.branchA, { since: addMonths(m, -3) })],
    bills: [
      aBill(MOVER, WORLD.branchA, addMonths(m, -3), 9000, 9000),
      aBill(MOVER, WORLD.branchA, addMonths(m, -2), 9000, 9000),
      aBill(MOVER, WORLD.branchA, addMonths(m, -1), 9000, 0),
    ],
  })
}

describe('转出', () => {
  it('goes from the secretary to the office and back with its 回执, which archives the member', async () => {
    await insertMover()
    const started = await secretary().ok('secretary', 'transfer.start', {
      memberId: MOVER,
      destination: '中共某某县委组织部',
      reason: '工作调动',
    })
    const mine = started.outgoing.find((t) => t.memberId === MOVER)!
    expect(mine).toMatchObject({ state: 'requested', stateLabel: '待党委开具', letter: null })
    // The picker's read says who has one under way, so 办理转出 does not offer them again.
    expect(started.people.find((p) => p.id === MOVER)).toMatchObject({ transferring: true })
    expect(started.people.filter((p) => p.transferring).map((p) => p.id)).toEqual([MOVER])
    await fails(
      secretary(),
      'secretary',
      'transfer.start',
      { memberId: MOVER, destination: '另一个单位', reason: '重复提请' },
      'TRANSFER.ALREADY_OPEN',
    )

    const office = await asAdmin(cloud).ok('admin', 'transfer.office', {})
    expect(office.waiting.map((t) => t.id)).toEqual([mine.id])
    expect(office.settings.validityDefaultDays).toBe(30)
    await fails(
      asAdmin(cloud),
      'admin',
      'transfer.issue',
      { transferId: mine.id, letterNo: '机党转〔2026〕9号', validDays: 91 },
      'TRANSFER.VALIDITY_TOO_LONG',
    )
    const issued = await asAdmin(cloud).ok('admin', 'transfer.issue', {
      transferId: mine.id,
      letterNo: '机党转〔2026〕9号',
      validDays: 90,
    })
    const letter = issued.issued[0]!.letter!
    expect(letter).toMatchObject({
      letterNo: '机党转〔2026〕9号',
      issuedOn: today(),
      validUntil: addDays(today(), 89),
      duesPaidThrough: addMonths(month(), -2),
    })
    const printable = await secretary().ok('secretary', 'transfer.letter', { transferId: mine.id })
    expect(printable).toMatchObject({ memberName: '甲调出', standing: '正式党员', destination: '中共某某县委组织部' })
    await fails(
      secretary(),
      'secretary',
      'transfer.receipt',
      { transferId: mine.id, receivedOn: addDays(today(), 1) },
      'TRANSFER.FUTURE_DATE',
    )

    const done = await secretary().ok('secretary', 'transfer.receipt', {
      transferId: mine.id,
      receivedOn: today(),
      note: '已到新单位报到',
    })
    expect(done.outgoing.find((t) => t.id === mine.id)).toMatchObject({ state: 'completed' })
    expect(done.people.map((p) => p.id)).not.toContain(MOVER)
    const [member] = await docs<MemberDoc>(cloud, 'members', { _id: MOVER })
    expect(member).toMatchObject({ status: 'left', left: { date: today(), kind: 'transferOut' } })
    // Access ends: the member's WeChat no longer reaches a member's action.
    const after = await actor(cloud, demoOpenid(MOVER)).call('member', 'profile.get', {})
    expect(after).toMatchObject({ ok: false, error: { code: 'AUTH.NOT_BOUND' } })
    const kinds = (await docs<AuditDoc>(cloud, 'auditLog', {})).map((a) => a.kind).sort()
    expect(kinds).toEqual(['member.left', 'transfer.issue', 'transfer.receipt', 'transfer.start'])
  })

  it('is refused for a member of another branch, in words, nothing written', async () => {
    const answer = await fails(
      secretary(),
      'secretary',
      'transfer.start',
      { memberId: WORLD.memberB1, destination: '中共某某县委组织部', reason: '工作调动' },
      'AUTH.OTHER_BRANCH',
    )
    expect(answer).toMatchObject({ error: { message: expect.stringContaining('不在本支部') } })
  })

  it('may be withdrawn before it is issued, not after', async () => {
    await insertTransfers(cloud, [aTransfer(cloud), aTransfer(cloud, { _id: 'tr-issued', issuedOn: today() })])
    const page = await secretary().ok('secretary', 'transfer.cancel', { transferId: 'tr-a2', reason: '调动暂缓' })
    expect(page.outgoing.find((t) => t.id === 'tr-a2')).toMatchObject({ state: 'cancelled', cancelReason: '调动暂缓' })
    await fails(
      secretary(),
      'secretary',
      'transfer.cancel',
      { transferId: 'tr-issued', reason: '调动暂缓' },
      'TRANSFER.NOT_REQUESTED',
    )
  })

  it('reminds the secretary once when the letter is about to lapse without its 回执', async () => {
    cloud.clock.set(chinaInstant(`${today()} 10:00`))
    await insertTransfers(cloud, [
      aTransfer(cloud, { _id: 'tr-soon', issuedOn: addDays(today(), -23), validDays: 30 }),
      aTransfer(cloud, { _id: 'tr-later', issuedOn: addDays(today(), -22), validDays: 30, memberId: WORLD.memberA1 }),
    ])
    const page = await secretary().ok('secretary', 'transfer.page', {})
    expect(page.outgoing.map((t) => [t.id, t.receiptDue])).toEqual([
      ['tr-soon', true],
      ['tr-later', false],
    ])
    const fire = () => fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
    await Promise.all([fire(), fire()])
    await fire()
    const pushes = (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('transfer:'))
    expect(pushes.map((p) => [p.key, p.memberId])).toEqual([['transfer:tr-soon:receipt', WORLD.secretaryA]])
    cloud.clock.set(chinaInstant(`${addDays(today(), 1)} 09:30`))
    await fire()
    const again = (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('transfer:'))
    expect(again.map((p) => p.key).sort()).toEqual(['transfer:tr-later:receipt', 'transfer:tr-soon:receipt'])
    const reminded = await docs<TransferDoc>(cloud, 'transfers', {})
    expect(reminded.every((t) => t.receiptRemindedAt !== null)).toBe(true)
  })
})

describe('转入', () => {
  const letter = () => ({
    name: '丙转入',
    from: '中共某某区委机关工委',
    letterNo: '区机工转〔2026〕3号',
    duesPaidThrough: month(),
    joinDate: '2012-07-01',
    probationary: false,
    duesCategory: 'inService' as const,
    duesBaseFen: 500000,
  })

  it('puts the member on the roll with a binding code, dues from the month after, a talk suggested', async () => {
    const result = await secretary().ok('secretary', 'transfer.arrive', letter())
    expect(result.code).toMatch(/^\d{6}$/)
    expect(result.talk).toMatchObject({ partnerId: WORLD.secretaryA, partnerName: '甲书记' })
    expect(result.page.arrivals[0]).toMatchObject({ memberName: '丙转入', from: '中共某某区委机关工委', bound: false })
    expect(result.page.people.map((p) => p.name)).toContain('丙转入')
    const [member] = await docs<MemberDoc>(cloud, 'members', { _id: result.memberId })
    expect(member).toMatchObject({ status: 'active', duesFrom: addMonths(month(), 1), branchId: WORLD.branchA })
    const bound = await actor(cloud, 'wx-newcomer').ok('member', 'binding.bind', { name: '丙转入', code: result.code })
    expect(bound).toBeTruthy()
    const kinds = (await docs<AuditDoc>(cloud, 'auditLog', {})).map((a) => a.kind).sort()
    expect(kinds).toEqual(['binding.issue', 'transfer.arrive'])
  })

  it('refuses 党费交至 after the current month and a name already on the branch, nothing written', async () => {
    await fails(
      secretary(),
      'secretary',
      'transfer.arrive',
      { ...letter(), duesPaidThrough: addMonths(month(), 1) },
      'TRANSFER.DUES_AHEAD',
    )
    await fails(secretary(), 'secretary', 'transfer.arrive', { ...letter(), name: '甲党员一' }, 'MEMBER.DUPLICATE_NAME')
    await fails(
      asSecretary(cloud, 'B'),
      'secretary',
      'transfer.arrive',
      { ...letter(), branchId: WORLD.branchA },
      'AUTH.OTHER_BRANCH',
    )
  })
})

describe('外出', () => {
  it('is at most 6 months, and ends with the return', async () => {
    const from = today()
    await fails(
      secretary(),
      'secretary',
      'absence.add',
      { memberId: WORLD.memberA1, kind: 'study', place: '中央党校', fromOn: from, returnOn: addDays(from, 200) },
      'ABSENCE.TOO_LONG',
    )
    const page = await secretary().ok('secretary', 'absence.add', {
      memberId: WORLD.memberA1,
      kind: 'secondment',
      place: '某某县挂职',
      fromOn: from,
      returnOn: addDays(from, 90),
    })
    const away = page.absences[0]!
    expect(away).toMatchObject({ memberName: '甲党员一', kindLabel: '挂职/借调', state: 'away', overdue: false })
    const back = await secretary().ok('secretary', 'absence.end', { absenceId: away.id, returnedOn: from })
    expect(back.absences[0]).toMatchObject({ state: 'returned' })
    expect(back.outgoing).toEqual([])
  })
})

describe('失去联系', () => {
  it('shows members quiet for 6 whole months with what was tried; a contact attempt is recorded', async () => {
    const long = cloud.clock.now() - 730 * 86_400_000
    await insertDocs(cloud, 'members', [
      aMember({ _id: 'm-ta-quiet', branchId: WORLD.branchA, name: '甲失联', createdAt: long, updatedAt: long }),
      aMember({ _id: 'm-ta-busy', branchId: WORLD.branchA, name: '甲常来', createdAt: long, updatedAt: long }),
    ])
    await insertDocs(cloud, 'studyCheckins', [
      { _id: 'sc-1', memberId: 'm-ta-busy', month: month(), day: today(), status: 'active', createdAt: 0 },
      { _id: 'sc-2', memberId: 'm-ta-quiet', month: addMonths(month(), -7), day: today(), status: 'active' },
    ])
    await insertAbsences(cloud, [anAbsence(cloud, { memberId: 'm-ta-quiet', memberName: '甲失联' })])
    const page = await secretary().ok('secretary', 'touch.page', {})
    const row = page.rows.find((r) => r.memberId === 'm-ta-quiet')!
    expect(row).toMatchObject({ quietMonths: 6, reminders: 0, unreadNotices: 0 })
    expect(row.lastSign).toContain('学习打卡')
    expect(row.away).toContain('外出学习')
    expect(page.rows.map((r) => r.memberId)).not.toContain('m-ta-busy')
    const recorded = await secretary().ok('secretary', 'touch.record', {
      memberId: 'm-ta-quiet',
      on: today(),
      way: 'phone',
      note: '电话未接通，已发短信',
    })
    expect(recorded.rows.find((r) => r.memberId === 'm-ta-quiet')!.attempts).toMatchObject([
      { wayLabel: '打电话', note: '电话未接通，已发短信', byName: '甲书记' },
    ])
    // Nothing decided: the member is still on the roll.
    const [member] = await docs<MemberDoc>(cloud, 'members', { _id: 'm-ta-quiet' })
    expect(member!.status).toBe('active')
    await fails(
      asSecretary(cloud, 'B'),
      'secretary',
      'touch.record',
      { memberId: 'm-ta-quiet', on: today(), way: 'phone', note: '电话未接通' },
      'AUTH.OTHER_BRANCH',
    )
  })
})

describe('党内统计', () => {
  it('counts the year from the records, each figure with its names; the export is audited', async () => {
    const year = Number(today().slice(0, 4))
    await asAdmin(cloud).ok('admin', 'member.markLeft', {
      memberId: WORLD.memberA2,
      leftDate: today(),
      reason: '病故',
      kind: 'died',
    })
    await secretary().ok('secretary', 'transfer.arrive', {
      name: '丙转入',
      from: '中共某某区委机关工委',
      duesPaidThrough: month(),
      joinDate: '2012-07-01',
      probationary: false,
      duesCategory: 'retiree',
    })
    // 党员发展: one admitted today, one admitted on last year's last day and made full today.
    const lastYearsEnd = `${year - 1}-12-31`
    await insertPeople(cloud, [
      aProbationer(cloud, today(), { _id: 'dev-new', name: '甲新预备', memberId: 'm-dev-new' }),
      aProbationer(cloud, lastYearsEnd, {
        _id: 'dev-full',
        name: '甲转正',
        memberId: 'm-dev-full',
        status: 'done',
        steps: stepsUpTo(null, (k) =>
          k === 'fullVote' || k === 'fullApproval' || k === 'archive' ? today() : lastYearsEnd,
        ),
      }),
    ])
    const stats = await asAdmin(cloud).ok('admin', 'stats.year', { year })
    const figure = (key: string) => stats.sections.flatMap((s) => s.figures).find((f) => f.key === key)!
    expect(figure('develop.admitted')).toMatchObject({
      value: 1,
      names: [{ id: 'm-dev-new', name: '甲新预备', branchName: '第一支部' }],
    })
    expect(figure('develop.full')).toMatchObject({ value: 1, names: [{ id: 'm-dev-full', name: '甲转正' }] })
    const lastYear = await asAdmin(cloud).ok('admin', 'stats.year', { year: year - 1 })
    const before = (key: string) => lastYear.sections.flatMap((s) => s.figures).find((f) => f.key === key)!
    expect(before('develop.admitted').names.map((n) => n.name)).toEqual(['甲转正'])
    expect(before('develop.full').value).toBe(0)
    expect(figure('deaths')).toMatchObject({ value: 1, names: [{ name: '甲党员二', branchName: '第一支部' }] })
    expect(figure('transfersIn')).toMatchObject({ value: 1, names: [{ name: '丙转入' }] })
    expect(figure('end.retired').names.map((n) => n.name)).toEqual(['丙转入'])
    expect(figure('end.total').value).toBe(figure('start.total').value)
    expect(figure('orgs.branches').value).toBe(2)
    expect(stats.notes.join('')).toContain('支部大会通过接收预备党员的日期')
    await fails(asAdmin(cloud), 'admin', 'stats.year', { year: year + 1 }, 'STATS.YEAR')
    const link = await asAdmin(cloud).ok('admin', 'stats.export', { year })
    expect(link.fileName).toBe(`全机关${year}年党内统计.xlsx`)
    const audits = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'attendance.export' })
    expect(audits.map((a) => a.summary)).toEqual([expect.stringContaining('党内统计')])
  })
})

describe('性别 and 学历 in 党内统计', () => {
  const SHEET = [
    '姓名\t支部\t入党日期\t性别\t学历',
    '钱学文\t第一支部\t2012-07-01\t男\t本科',
    '孙丽\t第一支部\t2015-07-01\t女\t硕士',
  ].join('\n')
  const keys = (stats: { sections: Array<{ figures: Array<{ key: string }> }> }) =>
    stats.sections.flatMap((s) => s.figures.map((f) => f.key))

  it('are neither read nor counted while off', async () => {
    await asAdmin(cloud).ok('admin', 'roster.import', { text: SHEET })
    const imported = await docs<MemberDoc>(cloud, 'members', { name: '孙丽' })
    expect(imported[0]!.sex).toBeUndefined()
    expect(imported[0]!.education).toBeUndefined()
    const stats = await asAdmin(cloud).ok('admin', 'stats.year', {})
    expect(keys(stats).filter((k) => k.startsWith('profile.'))).toEqual([])
  })

  it('are read from the import and counted on the year’s end roll, with names, when on', async () => {
    await asAdmin(cloud).ok('admin', 'transfer.setting', {
      validityDefaultDays: 30,
      statsFields: { sex: true, education: true },
    })
    await asAdmin(cloud).ok('admin', 'roster.import', { text: SHEET })
    const stats = await asAdmin(cloud).ok('admin', 'stats.year', {})
    const figure = (key: string) => stats.sections.flatMap((s) => s.figures).find((f) => f.key === key)!
    expect(figure('profile.female')).toMatchObject({ value: 1, names: [{ name: '孙丽', branchName: '第一支部' }] })
    expect(figure('profile.education.postgraduate').names.map((n) => n.name)).toEqual(['孙丽'])
    expect(figure('profile.education.bachelor').names.map((n) => n.name)).toEqual(['钱学文'])
    // The roster entries made before it was turned on say nothing of either.
    expect(figure('profile.sexUnknown').value).toBe(figure('end.total').value - 2)
    expect(stats.notes.join('')).toContain('性别、学历取自名册导入')
  })
})
