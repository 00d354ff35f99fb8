/**
 * 民主评议党员 (issue 24): the year's sheet shows only facts of organisational life; grades are
 * recorded for the branch's own full members with a reason where one is required; 优秀 over a
 * third warns; 不合格 starts 限期改正 and the secretary is reminded once; corrections keep what the
 * record held; a member sees only their own grade; the office sees counts.
 */
import { addDays, addMonths } from '../../core/appraisal/rules'
import type { AppraisalGrade } from '../../core/appraisal/types'
import { chinaInstant, dayWords } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { AppraisalDoc } from '../../server/actions/appraisal/model'
import type { OutboxDoc } from '../../server/actions/notify/model'
import type { AuditDoc } from '../../server/model'
import { aLeave, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { insertAppraisal, todayOf, yearOf } from '../helpers/appraisal-mothers'
import type { FunctionName } from '../../core/contract'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { aBill, insertDues } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const secretary = () => asSecretary(cloud)
async function fails(actor: Actor, fn: FunctionName, action: string, input: object, code: string) {
  const answer = await actor.call(fn, action as never, input as never)
  expect(answer).toMatchObject({ ok: false, error: { code } })
}
const grade = (memberId: string, g: AppraisalGrade, reason = '') => ({
  year: yearOf(cloud),
  memberId,
  grade: g,
  reason,
  decidedOn: todayOf(cloud),
})

describe('the year’s sheet', () => {
  it('lists the roll with meetings missed (with reasons) and dues months unpaid — and no study figure', async () => {
    await insertDocs(cloud, 'members', [
      aMember({ _id: 'm-ta-prob', branchId: WORLD.branchA, name: '甲预备', probationary: true }),
      aMember({ _id: 'm-ta-left', branchId: WORLD.branchA, name: '甲已离开', status: 'left' }),
    ])
    // Last year: its meetings and months are all past, whatever day the tests run on.
    const year = yearOf(cloud) - 1
    const meeting = await insertActivity(cloud, { _id: 'act-missed', title: '3月主题党日', date: `${year}-03-06` })
    await insertDocs(cloud, 'leaveRequests', [
      aLeave(meeting, WORLD.memberA2, { status: 'approved', reason: '住院治疗' }),
    ])
    await insertDues(cloud, { bills: [aBill(WORLD.memberA1, WORLD.branchA, `${year}-02`, 3000)] })
    // Study the member did on the app: it must never reach this screen.
    await asMember(cloud, WORLD.memberA1).ok('member', 'study.checkIn', { title: '学习强国专题学习', minutes: 45 })

    const sheet = await secretary().ok('secretary', 'appraisal.sheet', { year })
    expect(sheet.year).toBe(year)
    const names = sheet.rows.map((r) => r.name)
    expect(names).toContain('甲预备')
    expect(names).not.toContain('甲已离开')
    expect(names.at(-1)).toBe('甲预备')
    const a1 = sheet.rows.find((r) => r.memberId === WORLD.memberA1)
    const a2 = sheet.rows.find((r) => r.memberId === WORLD.memberA2)
    expect(a1?.missed).toEqual([{ date: `${year}-03-06`, title: '3月主题党日', reason: '未请假' }])
    expect(a1?.unpaidMonths).toEqual([`${year}-02`])
    expect(a2?.missed).toEqual([{ date: `${year}-03-06`, title: '3月主题党日', reason: '住院治疗' }])
    expect(a2?.unpaidMonths).toEqual([])
    expect(sheet.counts).toMatchObject({ pending: sheet.rows.length - 1, probationary: 1 })

    const json = JSON.stringify(sheet)
    expect(json).not.toMatch(/学习强国|study|minutes|makeup|duration|补学|学习时长|学习次数/i)
    const keys = new Set<string>()
    JSON.parse(json, (k, v) => (keys.add(k), v))
    expect([...keys].filter((k) => /study|minute|makeup|hour|duration/i.test(k))).toEqual([])
  })

  it('refuses a year in the future, and another branch', async () => {
    await fails(secretary(), 'secretary', 'appraisal.sheet', { year: yearOf(cloud) + 1 }, 'APPRAISAL.FUTURE_YEAR')
    await fails(secretary(), 'secretary', 'appraisal.sheet', { branchId: WORLD.branchB }, 'AUTH.OTHER_BRANCH')
  })
})

describe('recording grades', () => {
  it('records a grade and answers with the new sheet; audited in words', async () => {
    const sheet = await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA1, 'excellent'))
    const row = sheet.rows.find((r) => r.memberId === WORLD.memberA1)
    expect(row?.grade).toMatchObject({ label: '优秀', reason: '', recordedByName: '甲书记', rectification: null })
    expect(sheet.counts.excellent).toBe(1)
    const [entry] = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'appraisal.record' })
    expect(entry.summary).toBe(`记录甲党员一${yearOf(cloud)}年度民主评议等次：优秀`)
    expect(entry.after).toMatchObject({ 等次: '优秀' })
  })

  it('warns — never refuses — when 优秀 exceeds a third of the full members, with the count and the limit', async () => {
    // Branch A has 5 full members: one third is 1.
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA1, 'excellent'))
    const sheet = await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA2, 'excellent'))
    expect(sheet.excellent).toMatchObject({ excellent: 2, evaluated: 5, limit: 1, over: true })
    expect(sheet.excellent.words).toBe('评为优秀2人，超过了参评正式党员5人的三分之一（一般不超过1人），请支部再斟酌')
  })

  it('refuses a missing reason, an unknown grade, a future year, a 预备党员, a member who left, another branch’s member', async () => {
    await insertDocs(cloud, 'members', [
      aMember({ _id: 'm-ta-prob', branchId: WORLD.branchA, name: '甲预备', probationary: true }),
      aMember({ _id: 'm-ta-left', branchId: WORLD.branchA, name: '甲已离开', status: 'left' }),
    ])
    await fails(
      secretary(),
      'secretary',
      'appraisal.record',
      grade(WORLD.memberA1, 'basic'),
      'APPRAISAL.REASON_REQUIRED',
    )
    await fails(
      secretary(),
      'secretary',
      'appraisal.record',
      grade(WORLD.memberA1, 'unqualified', ' '),
      'APPRAISAL.REASON_REQUIRED',
    )
    await fails(
      secretary(),
      'secretary',
      'appraisal.record',
      grade(WORLD.memberA1, 'good' as AppraisalGrade),
      'REQUEST.INVALID',
    )
    await fails(
      secretary(),
      'secretary',
      'appraisal.record',
      { ...grade(WORLD.memberA1, 'qualified'), year: yearOf(cloud) + 1 },
      'APPRAISAL.FUTURE_YEAR',
    )
    await fails(secretary(), 'secretary', 'appraisal.record', grade('m-ta-prob', 'qualified'), 'APPRAISAL.PROBATIONARY')
    await fails(
      secretary(),
      'secretary',
      'appraisal.record',
      grade('m-ta-left', 'qualified'),
      'APPRAISAL.NOT_APPRAISED',
    )
    await fails(secretary(), 'secretary', 'appraisal.record', grade(WORLD.memberB1, 'qualified'), 'AUTH.OTHER_BRANCH')
    const tomorrow = { ...grade(WORLD.memberA1, 'qualified'), decidedOn: '2099-01-01' }
    await fails(secretary(), 'secretary', 'appraisal.record', tomorrow, 'APPRAISAL.BAD_DATE')
    expect(await docs(cloud, 'appraisals')).toEqual([])
    expect(await docs(cloud, 'auditLog', { kind: 'appraisal.record' })).toEqual([])
  })

  it('records once: a second record is refused and a change is a correction with its reason, keeping what it held', async () => {
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA1, 'qualified'))
    await fails(secretary(), 'secretary', 'appraisal.record', grade(WORLD.memberA1, 'excellent'), 'APPRAISAL.RECORDED')
    const changed = {
      ...grade(WORLD.memberA1, 'basic', '全年三次无故缺席组织生活'),
      correction: '支委会复议后改定',
    }
    const sheet = await secretary().ok('secretary', 'appraisal.correct', changed)
    const row = sheet.rows.find((r) => r.memberId === WORLD.memberA1)
    expect(row?.grade).toMatchObject({ label: '基本合格', reason: '全年三次无故缺席组织生活' })
    expect(row?.grade?.corrections).toEqual([expect.objectContaining({ reason: '支委会复议后改定', was: '合格' })])
    await fails(secretary(), 'secretary', 'appraisal.correct', changed, 'APPRAISAL.NOTHING_CHANGED')
    const [entry] = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'appraisal.correct' })
    expect(entry.before).toMatchObject({ 等次: '合格' })
    expect(entry.after).toMatchObject({ 等次: '基本合格', 评定理由: '全年三次无故缺席组织生活' })
  })
})

describe('限期改正', () => {
  it('starts with 不合格, shows its end on the row, and reminds the secretary once a month before it ends', async () => {
    cloud.clock.set(chinaInstant(`${todayOf(cloud)} 10:00`))
    const today = todayOf(cloud)
    const endsOn = addDays(today, 17)
    const decidedOn = addMonths(endsOn, -12)
    const year = Number(decidedOn.slice(0, 4))
    await insertAppraisal(cloud, {
      year,
      grade: 'unqualified',
      reason: '长期不参加组织生活',
      decidedOn,
      rectification: { endsOn, remindedAt: null },
    })
    const sheet = await secretary().ok('secretary', 'appraisal.sheet', { year })
    expect(sheet.rows.find((r) => r.memberId === WORLD.memberA1)?.grade?.rectification).toMatchObject({
      endsOn,
      state: 'endingSoon',
      words: `限期改正至${dayWords(endsOn)}（还有17天）`,
    })

    const fire = () => fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
    await Promise.all([fire(), fire()])
    await fire()
    const pushes = await docs<OutboxDoc>(cloud, 'outbox', {})
    expect(pushes.filter((p) => p.key.startsWith('appraisal:'))).toEqual([
      expect.objectContaining({
        memberId: WORLD.secretaryA,
        page: `packageSecretary/pages/appraisal/index?year=${year}`,
      }),
    ])
    // The next morning: still once.
    cloud.clock.set(chinaInstant(`${addDays(today, 1)} 09:30`))
    await fire()
    const again = await docs<OutboxDoc>(cloud, 'outbox', {})
    expect(again.filter((p) => p.key.startsWith('appraisal:'))).toHaveLength(1)
    const [doc] = await docs<AppraisalDoc>(cloud, 'appraisals', {})
    expect(doc.rectification?.remindedAt).not.toBeNull()
  })

  it('is set a year from the decision when recorded', async () => {
    const sheet = await secretary().ok(
      'secretary',
      'appraisal.record',
      grade(WORLD.memberA1, 'unqualified', '长期不参加组织生活'),
    )
    const endsOn = sheet.rows.find((r) => r.memberId === WORLD.memberA1)?.grade?.rectification?.endsOn
    expect(endsOn).toBe(addMonths(todayOf(cloud), 12))
  })
})

describe('who sees what', () => {
  it('a member sees their own grade and reason only', async () => {
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA1, 'basic', '党费连续两月未交'))
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA2, 'excellent'))
    const mine = await asMember(cloud, WORLD.memberA1).ok('member', 'appraisal.mine', {})
    expect(mine.grades).toEqual([
      expect.objectContaining({ year: yearOf(cloud), label: '基本合格', reason: '党费连续两月未交' }),
    ])
    expect(JSON.stringify(mine)).not.toMatch(/甲党员二|优秀/)
    const other = await asMember(cloud, WORLD.memberB1).ok('member', 'appraisal.mine', {})
    expect(other.grades).toEqual([])
  })

  it('the office sees counts per grade per branch, without names', async () => {
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA1, 'basic', '党费连续两月未交'))
    await secretary().ok('secretary', 'appraisal.record', grade(WORLD.memberA2, 'excellent'))
    const counts = await asAdmin(cloud).ok('admin', 'appraisal.counts', {})
    const a = counts.branches.find((b) => b.branchId === WORLD.branchA)
    expect(a).toMatchObject({
      members: 5,
      recorded: 2,
      counts: { excellent: 1, qualified: 0, basic: 1, unqualified: 0 },
    })
    expect(counts.totals).toMatchObject({ recorded: 2, excellent: 1, basic: 1 })
    expect(JSON.stringify(counts)).not.toMatch(/甲党员|党费连续/)
  })
})
