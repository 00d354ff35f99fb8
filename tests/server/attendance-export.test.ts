/**
 * The 支部工作手册 ledger and the bureau's summary in Excel: made in the function, saved to
 * storage, opened through a temporary link only the branch's officers or admins get, audited —
 * and the file, opened with exceljs, says what the store says.
 */
import ExcelJS from 'exceljs'
import { chinaDate, chinaInstant, chinaMonth, formatChinaClock, formatChinaDateTime } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import { aHeldMeeting, insertHeld } from '../helpers/attendance-mothers'
import { asAdmin, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill } from '../helpers/dues-mothers'
import { aMinutes, insertMinutes } from '../helpers/minutes-mothers'
import { testNow } from '../helpers/now'
import { insertAppraisal, yearOf } from '../helpers/appraisal-mothers'
import { aTalk, insertTalks } from '../helpers/talk-mothers'
import { aVote, insertGeneralMeeting, insertVote, makeProbationary, tally } from '../helpers/vote-mothers'
import type { ActivityDoc } from '../../server/actions/activity/model'
import { addDays } from '../../core/appraisal/rules'
import { anItem, insertItems, insertLifeMeeting } from '../helpers/orglife-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(testNow())
})

async function open(url: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await res.arrayBuffer())
  return book
}

const row = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1)

it("writes a branch's year as the ledger: meetings with names and reasons, 补学, dues in yuan, the rules", async () => {
  const id = await aHeldMeeting(cloud)
  const [activity] = await cloud.database.find('activities', { _id: id })
  const month = activity.month as string
  const year = Number(month.slice(0, 4))
  await cloud.database.insertRaw('duesBills', [
    aBill(WORLD.memberA1, WORLD.branchA, month, 1234, 1234),
    aBill(WORLD.memberA2, WORLD.branchA, month, 3001, 0),
  ] as unknown as Record<string, unknown>[])

  // 甲未绑定 studied in the branch office and handed in a paper 心得: the secretary recorded it.
  const today = chinaDate(cloud.clock.now())
  await asSecretary(cloud).ok('secretary', 'makeup.recordOffline', {
    activityId: id,
    memberId: WORLD.unboundA,
    on: today,
    note: '在支部活动室学习，交了纸质心得',
  })

  const link = await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })
  expect(link).toMatchObject({
    kind: 'branchYear',
    branchId: WORLD.branchA,
    year,
    fileName: `第一支部${year}年支部工作手册.xlsx`,
  })
  const book = await open(link.url)
  expect(book.worksheets.map((s) => s.name)).toEqual([
    '三会一课',
    '其他活动',
    '补学',
    '党费',
    '制度落实',
    '会议记录',
    '民主评议',
    '谈心谈话',
    '整改清单',
  ])

  const meetings = book.getWorksheet('三会一课')!
  expect(meetings.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  expect(row(meetings, 2).slice(0, 10)).toEqual([
    '日期',
    '时间',
    '类型',
    '主题',
    '地点',
    '应到',
    '实到',
    '请假',
    '缺席',
    '出勤率',
  ])
  const [date, time, type, , , expected, present, leave, absent, rate, here, onLeave, away] = row(meetings, 3)
  expect((date as Date).toISOString().slice(0, 10)).toBe(activity.date)
  expect([time, type, expected, present, leave, absent, rate]).toEqual([activity.startTime, '支委会', 5, 2, 1, 2, 0.4])
  expect(meetings.getRow(3).getCell(10).numFmt).toBe('0.0%')
  expect(String(here).split('、').sort()).toEqual(['党委办', '甲书记'].sort())
  expect(onLeave).toBe('甲党员一（外出执法检查）')
  expect(String(away).split('、').sort()).toEqual(['甲未绑定', '甲党员二'].sort())
  expect(meetings.getColumn(4).width).toBeGreaterThan(20)

  const makeups = book.getWorksheet('补学')!
  const states = [3, 4, 5].map((n) => row(makeups, n).slice(2, 5))
  expect(states).toEqual(
    expect.arrayContaining([
      ['甲党员一', '请假', '已补学'],
      ['甲党员二', '缺席', '补学待审'],
      // Done in person reads as on every screen: 线下补学（书记登记） and the day.
      ['甲未绑定', '缺席', `线下补学（书记登记） ${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日`],
    ]),
  )
  expect(row(makeups, 2)[4]).toBe('补学情况')
  expect(makeups.getColumn(5).width).toBeGreaterThan(20)
  expect(row(makeups, 2).at(-1)).toBe('线下补学（书记登记）')
  const offline = [3, 4, 5].map((n) => row(makeups, n)).find((r) => r[2] === '甲未绑定')!
  expect(offline.at(-1)).toBe(`${today}，甲书记登记：在支部活动室学习，交了纸质心得`)

  const dues = book.getWorksheet('党费')!
  const m = Number(month.slice(5))
  const byName = new Map([3, 4, 5].map((n) => [row(dues, n)[0], row(dues, n)]))
  expect(byName.get('甲党员一')?.[m]).toBe(12.34)
  expect(byName.get('甲党员二')?.[m]).toBe(0)
  expect(byName.get('合计')?.slice(13)).toEqual([42.35, 12.34])
  expect(dues.getRow(3).getCell(m + 1).numFmt).toBe('0.00')

  const rules = book.getWorksheet('制度落实')!
  expect(row(rules, 3)[0]).toBe('支委会')

  const [saved] = await cloud.database.find('attendanceExports', { _id: link.id })
  expect(saved).toMatchObject({ branchId: WORLD.branchA, year, byName: '甲书记', sizeBytes: link.sizeBytes })
  expect(String(saved.cloudPath)).toMatch(
    new RegExp(`^exports/attendance/${WORLD.branchA}/${year}/[0-9a-f]{32}\\.xlsx$`),
  )
  const audits = await cloud.database.find('auditLog', { kind: 'attendance.export' })
  expect(audits).toHaveLength(1)
  expect(audits[0]).toMatchObject({ actorName: '甲书记', branchId: WORLD.branchA, targetId: link.id })
})

/** The 会议记录 sheet's blocks: each a heading and its items (label → value), split at blank rows. */
function minutesBlocks(sheet: ExcelJS.Worksheet): Array<{ heading: string; items: Map<string, unknown> }> {
  const out: Array<{ heading: string; items: Map<string, unknown> }> = []
  let current: { heading: string; items: Map<string, unknown> } | null = null
  for (let n = 3; n <= sheet.rowCount; n++) {
    const [label, value] = [sheet.getRow(n).getCell(1).value, sheet.getRow(n).getCell(2).value]
    if (label === null || label === undefined) current = null
    else if (current === null) out.push((current = { heading: String(label), items: new Map() }))
    else current.items.set(String(label), value)
  }
  return out
}

/** The middle of the run's year: meetings some days apart all fall in one year, whatever the date. */
function midYear(): number {
  const now = chinaInstant(`${chinaDate(testNow()).slice(0, 4)}-06-20 10:00`)
  cloud.clock.set(now)
  return now
}

it('writes each held meeting’s 会议记录 as the handbook does: confirmed with who and when, a draft, none, amendments', async () => {
  const day = 24 * 3600_000
  const now = midYear()
  const confirmedId = await aHeldMeeting(cloud, now - 2 * day)
  const draftId = await insertHeld(cloud, {
    type: 'generalMeeting',
    startAt: now - 5 * day,
    records: { [WORLD.secretaryA]: 'present', [WORLD.memberA1]: 'present' },
  })
  await insertHeld(cloud, { type: 'partyLecture', startAt: now - 10 * day })
  await insertHeld(cloud, { type: 'studyDay', startAt: now - 12 * day })
  const find = async (id: string) => (await cloud.database.find('activities', { _id: id }))[0] as unknown as ActivityDoc
  const [held, draft] = [await find(confirmedId), await find(draftId)]
  const confirmedAt = held.endAt + 3600_000
  const amendedAt = held.endAt + day
  await insertMinutes(
    cloud,
    aMinutes(held, {
      status: 'confirmed',
      confirmedAt,
      confirmedById: WORLD.secretaryA,
      confirmedByName: '甲书记',
      resolutions: '同意三名同志为入党积极分子。',
      amendments: [
        {
          at: amendedAt,
          byId: WORLD.secretaryA,
          byName: '甲书记',
          reason: '补记一名同志',
          before: { resolutions: '同意确定两名同志为入党积极分子。' },
          fields: ['resolutions'],
        },
      ],
    }),
  )
  await insertMinutes(cloud, aMinutes(draft, { recorderId: null, summary: '' }))
  const year = Number(held.month.slice(0, 4))

  const link = await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })
  const book = await open(link.url)
  const sheet = book.getWorksheet('会议记录')!
  expect(sheet.getRow(2).getCell(1).value).toBe('项目')
  const blocks = minutesBlocks(sheet)
  expect(blocks.map((b) => b.heading)).toEqual([
    '1. 党课 测试partyLecture',
    '2. 支部党员大会 测试generalMeeting',
    `3. 支委会 ${held.title}`,
  ])
  const [none, saved, done] = blocks.map((b) => Object.fromEntries(b.items))

  expect(done).toEqual({
    会议名称: held.title,
    类型: '支委会',
    时间: `${formatChinaDateTime(held.startAt)}–${formatChinaClock(held.endAt)}`,
    地点: held.place,
    主持人: '甲书记',
    记录人: '甲党员一',
    应到: '5人',
    实到: expect.stringMatching(/^2人：/),
    请假: '1人：甲党员一（外出执法检查）',
    缺席: expect.stringMatching(/^2人：/),
    议题: '讨论确定入党积极分子',
    发言要点: '书记介绍了情况，大家逐一发言。',
    决议事项: '同意三名同志为入党积极分子。',
    记录状态: `已确认（甲书记，${formatChinaDateTime(confirmedAt)}）`,
    修改记录1: `${formatChinaDateTime(amendedAt)} 甲书记：补记一名同志（修改了：决议事项）`,
  })
  expect(String(done.实到).slice(3).split('、').sort()).toEqual(['党委办', '甲书记'].sort())

  expect(saved).toMatchObject({
    主持人: '甲书记',
    记录人: null,
    应到: '5人',
    发言要点: null,
    记录状态: `草稿（未确认；甲书记${formatChinaDateTime(draft.endAt + 600_000)}最后保存）`,
    修改记录: '无',
  })
  expect(String(saved.实到)).toMatch(/^2人：/)

  expect(none).toMatchObject({
    类型: '党课',
    主持人: null,
    议题: null,
    决议事项: null,
    记录状态: '未记录（没有会议记录）',
    修改记录: '无',
  })
})

/** Every cell's text in a sheet, for what must never be in it. */
function sheetText(sheet: ExcelJS.Worksheet): string {
  const out: string[] = []
  sheet.eachRow((r) => r.eachCell((c) => void out.push(String(c.value))))
  return out.join('\n')
}

/** Every cell's text in the workbook. */
function allText(book: ExcelJS.Workbook): string {
  return book.worksheets.map(sheetText).join('\n')
}

it('writes the organisational-life records: each 表决 in its 党员大会 block, 民主评议 and 谈心谈话 without notes', async () => {
  // The meeting (three hours ago) and the talks stay in this year, even at 00:10 on 1 January.
  const morning = chinaInstant(`${chinaDate(cloud.clock.now())} 04:00`)
  if (cloud.clock.now() < morning) cloud.clock.set(morning)
  await makeProbationary(cloud, [WORLD.unboundA])
  const meeting = await insertGeneralMeeting(cloud, [WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2])
  await insertVote(
    cloud,
    aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(3, 0, 0), { title: '关于发展对象的决议' }),
  )
  await insertVote(
    cloud,
    aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(2, 1, 0), {
      title: '关于支部活动安排',
      recordedAt: meeting.endAt + 600_000,
    }),
  )
  const year = yearOf(cloud)
  const decided = `${year}-01-05`
  await insertAppraisal(cloud, {
    memberId: WORLD.memberA1,
    grade: 'unqualified',
    reason: '长期不参加组织生活',
    decidedOn: decided,
    rectification: { endsOn: `${year + 1}-01-05`, remindedAt: null },
    corrections: [
      {
        at: testNow() - 3600_000,
        byId: WORLD.secretaryA,
        byName: '甲书记',
        reason: '支委会复议',
        before: { grade: 'basic', reason: '多次缺席', decidedOn: decided },
      },
    ],
  })
  await insertAppraisal(cloud, {
    memberId: WORLD.memberA2,
    memberName: '甲党员二',
    grade: 'qualified',
    decidedOn: decided,
  })
  // A talk's notes are the two people's own: never in the ledger.
  const secret = '谈到了家里的困难，需要保密'
  await insertTalks(cloud, [
    aTalk(cloud, { notes: secret }),
    aTalk(cloud, { recorderId: WORLD.secretaryA, recorderName: '甲书记', partnerId: WORLD.memberA1, notes: secret }),
  ])

  const book = await open((await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })).url)
  expect(allText(book)).not.toContain(secret)
  expect(allText(book)).not.toContain('谈到了')

  const [general] = minutesBlocks(book.getWorksheet('会议记录')!)
  const items = Object.fromEntries(general.items)
  expect(items).toMatchObject({
    表决1: '关于发展对象的决议',
    表决1人数: '应到会有表决权的正式党员4人，到会3人（另有预备党员1人，没有表决权，不计在内）',
    表决1票数: '赞成3票，反对0票，弃权0票',
    表决1结果: '通过：赞成3票，超过应到会有表决权的4人的半数（至少3票）',
    表决2: '关于支部活动安排',
    表决2票数: '赞成2票，反对1票，弃权0票',
    表决2结果:
      '未通过：赞成2票，没有超过应到会有表决权的4人的半数（至少3票）；虽然超过了所投3票的半数，但通过要按应到人数算',
  })

  const appraisal = book.getWorksheet('民主评议')!
  expect(row(appraisal, 2)).toEqual(['姓名', '身份', '评定等次', '评定理由', '评定日期', '限期改正至', '修改记录'])
  const lines = new Map(
    Array.from({ length: appraisal.rowCount - 2 }, (_, i) => row(appraisal, i + 3)).map((r) => [r[0], r]),
  )
  const [, kind, grade, reason, on, until, corrections] = lines.get('甲党员一')!
  expect([kind, grade, reason]).toEqual(['正式党员', '不合格', '长期不参加组织生活'])
  expect([(on as Date).toISOString().slice(0, 10), (until as Date).toISOString().slice(0, 10)]).toEqual([
    decided,
    `${year + 1}-01-05`,
  ])
  expect(corrections).toBe(`${formatChinaDateTime(testNow() - 3600_000)} 甲书记：支委会复议（原为基本合格，多次缺席）`)
  expect(lines.get('甲党员二')!.slice(1, 4)).toEqual(['正式党员', '合格'])
  expect(lines.get('甲书记')!.slice(1, 3)).toEqual(['正式党员', '未评定'])
  expect(lines.get('甲未绑定')!.slice(1, 3)).toEqual(['预备党员', '参加评议、不评定等次'])
  expect(lines.get('合计：优秀0人、合格1人、基本合格0人、不合格1人；未评定2人；预备党员1人')).toBeTruthy()
  // No study figure beside a grade.
  expect(sheetText(appraisal)).not.toMatch(/学习/)

  const talk = book.getWorksheet('谈心谈话')!
  expect(row(talk, 2).slice(0, 4)).toEqual(['日期', '谈话人（记录人）', '谈话对象', '类型'])
  const talks = [3, 4].map((n) => row(talk, n).slice(1, 4)).sort()
  expect(talks).toEqual(
    [
      ['甲党员一', '甲党员二', '党员之间'],
      ['甲书记', '甲党员一', '支委与党员'],
    ].sort(),
  )
  expect(row(talk, 6)[0]).toBe('各党员谈心谈话情况（按本支部计入的类型）')
  expect(row(talk, 7)).toEqual(['姓名', '身份', '支委之间', '支委与党员', '党员之间', '情况'])
  const people = new Map([8, 9, 10, 11, 12].map((n) => [row(talk, n)[0], row(talk, n).slice(1)]))
  expect(people.get('甲书记')).toEqual(['支委', '不适用', '已谈', '不适用', '已谈完'])
  expect(people.get('甲党员一')).toEqual(['党员', '不适用', '已谈', '已谈', '已谈完'])
  expect(people.get('甲党员二')).toEqual(['党员', '不适用', '未谈', '已谈', '未谈完'])
})

it('gives a new link to the branch’s officers and admins only; bureau files to admins only', async () => {
  const year = Number(chinaMonth(testNow()).slice(0, 4))
  const branchFile = await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })
  expect((await asAdmin(cloud).ok('secretary', 'attendance.exportLink', { exportId: branchFile.id })).url).toMatch(
    /^http/,
  )
  const other = await asSecretary(cloud, 'B').call('secretary', 'attendance.exportLink', { exportId: branchFile.id })
  expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
  const bureauFile = await asAdmin(cloud).ok('admin', 'attendance.exportBureau', { year })
  const mine = await asSecretary(cloud).call('secretary', 'attendance.exportLink', { exportId: bureauFile.id })
  expect(mine).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  const missing = await asAdmin(cloud).call('secretary', 'attendance.exportLink', { exportId: 'nope' })
  expect(missing).toMatchObject({ ok: false, error: { code: 'EXPORT.NOT_FOUND', message: '没有找到这份导出的文件' } })
  const page = await asAdmin(cloud).ok('admin', 'attendance.exports', {})
  expect(page.recent.map((r) => r.id)).toEqual([bureauFile.id, branchFile.id])
  expect(page.branches.map((b) => b.name)).toEqual(['第一支部', '第二支部'])
})

it("writes the bureau's summary with every branch in the organisation's order and the totals", async () => {
  const id = await aHeldMeeting(cloud)
  const [activity] = await cloud.database.find('activities', { _id: id })
  const year = Number((activity.month as string).slice(0, 4))
  const link = await asAdmin(cloud).ok('admin', 'attendance.exportBureau', { year })
  const book = await open(link.url)
  const summary = book.getWorksheet('出勤汇总')!
  expect([3, 4, 5].map((n) => row(summary, n)[0])).toEqual(['第一支部', '第二支部', '全机关'])
  expect(row(summary, 3).slice(1, 7)).toEqual([1, 5, 2, 1, 2, 0.4])
  expect(row(summary, 5).slice(1, 7)).toEqual([1, 5, 2, 1, 2, 0.4])
  expect(book.getWorksheet('制度落实')!.getRow(2).getCell(2).value).toBe('支委会（每月1次）')
})

it("counts in the bureau's summary each branch's held meetings and those with confirmed minutes", async () => {
  const day = 24 * 3600_000
  const now = midYear()
  const heldId = await aHeldMeeting(cloud, now - 2 * day)
  await insertHeld(cloud, { type: 'generalMeeting', startAt: now - 5 * day })
  await insertHeld(cloud, { type: 'studyDay', startAt: now - 6 * day })
  await insertHeld(cloud, { type: 'groupMeeting', branchId: WORLD.branchB, startAt: now - 7 * day })
  const [held] = (await cloud.database.find('activities', { _id: heldId })) as unknown as ActivityDoc[]
  await insertMinutes(
    cloud,
    aMinutes(held, {
      status: 'confirmed',
      confirmedAt: held.endAt,
      confirmedById: WORLD.secretaryA,
      confirmedByName: '甲书记',
    }),
  )
  const year = Number(held.month.slice(0, 4))
  const book = await open((await asAdmin(cloud).ok('admin', 'attendance.exportBureau', { year })).url)
  expect(book.worksheets.map((s) => s.name)).toEqual([
    '出勤汇总',
    '各月出勤率',
    '各类活动',
    '制度落实',
    '会议记录',
    '民主评议',
    '谈心谈话',
    '整改清单',
  ])
  const sheet = book.getWorksheet('会议记录')!
  expect(row(sheet, 2)).toEqual(['支部', '已召开的会议', '会议记录已确认', '未确认'])
  expect([3, 4, 5].map((n) => row(sheet, n))).toEqual([
    ['第一支部', 2, 1, 1],
    ['第二支部', 1, 0, 1],
    ['全机关', 3, 1, 2],
  ])
})

it("counts in the bureau's summary each branch's 民主评议 grades and 谈心谈话 share, no names", async () => {
  await makeProbationary(cloud, [WORLD.unboundA])
  await insertAppraisal(cloud, { memberId: WORLD.memberA1, grade: 'excellent' })
  await insertAppraisal(cloud, { memberId: WORLD.memberA2, memberName: '甲党员二', grade: 'basic', reason: '多次缺席' })
  await insertAppraisal(cloud, { memberId: WORLD.memberB1, memberName: '乙党员一', branchId: WORLD.branchB })
  await insertTalks(cloud, [aTalk(cloud), aTalk(cloud, { recorderId: WORLD.secretaryA, partnerId: WORLD.memberA1 })])
  const book = await open((await asAdmin(cloud).ok('admin', 'attendance.exportBureau', { year: yearOf(cloud) })).url)
  const appraisal = book.getWorksheet('民主评议')!
  expect(row(appraisal, 2)).toEqual([
    '支部',
    '参评正式党员',
    '优秀',
    '合格',
    '基本合格',
    '不合格',
    '未评定',
    '预备党员',
  ])
  expect([3, 4, 5].map((n) => row(appraisal, n))).toEqual([
    ['第一支部', 4, 1, 0, 1, 0, 2, 1],
    ['第二支部', 2, 0, 1, 0, 0, 1, 0],
    ['全机关', 6, 1, 1, 1, 0, 3, 1],
  ])
  const talk = book.getWorksheet('谈心谈话')!
  expect(row(talk, 2)).toEqual(['支部', '应谈人数', '已谈完', '未谈完', '已谈完比例', '谈话次数'])
  expect([3, 4, 5].map((n) => row(talk, n))).toEqual([
    ['第一支部', 5, 2, 3, '2/5人（40%）', 2],
    ['第二支部', 2, 0, 2, '0/2人（0%）', 0],
    ['全机关', 7, 2, 5, '2/7人（29%）', 2],
  ])
  expect(allText(book)).not.toMatch(/甲党员|乙党员|谈了工作/)
})

it('lists the 整改清单 of the year’s 组织生活会, each item’s state on the day of export and the counts', async () => {
  const meeting = await insertLifeMeeting(cloud)
  const today = chinaDate(cloud.clock.now())
  await insertItems(cloud, [
    anItem({ _id: 'r1', text: '理论学习不够系统', createdAt: 1, dueOn: addDays(today, 30) }),
    anItem({
      _id: 'r2',
      text: '联系群众不够经常',
      ownerId: WORLD.memberA2,
      ownerName: '甲党员二',
      createdAt: 2,
      dueOn: addDays(today, -1),
      state: 'inProgress',
    }),
    anItem({ _id: 'r3', text: '批评与自我批评不够', createdAt: 3, state: 'done', note: '已在支委会上作专题说明' }),
    anItem({ _id: 'r4', text: '重复的一项', createdAt: 4, state: 'withdrawn', note: '与第一项重复' }),
  ])
  const year = Number(meeting.month.slice(0, 4))
  const book = await open((await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })).url)
  const sheet = book.getWorksheet('整改清单')!
  expect(row(sheet, 2)).toEqual([
    '组织生活会',
    '会议日期',
    '整改事项',
    '责任人',
    '完成时限',
    '状态',
    '完成情况或撤销原因',
  ])
  const lines = [3, 4, 5, 6].map((n) => row(sheet, n))
  expect(lines.map((r) => [r[0], r[2], r[3], r[5], r[6] ?? null])).toEqual([
    ['年度组织生活会', '理论学习不够系统', '甲党员一', '未开始', null],
    ['年度组织生活会', '联系群众不够经常', '甲党员二', '整改中（逾期）', null],
    ['年度组织生活会', '批评与自我批评不够', '甲党员一', '已完成', '已在支委会上作专题说明'],
    ['年度组织生活会', '重复的一项', '甲党员一', '已撤销', '与第一项重复'],
  ])
  expect(row(sheet, 8)[0]).toBe('合计：整改事项3项，已完成1项，未完成2项（其中逾期1项）；另撤销1项')
})

it("counts in the bureau's summary each branch's 整改事项 of the year's 组织生活会 by their state on the day", async () => {
  const meeting = await insertLifeMeeting(cloud)
  const today = chinaDate(cloud.clock.now())
  await insertItems(cloud, [
    anItem({ _id: 'r1', dueOn: addDays(today, 30) }),
    anItem({ _id: 'r2', dueOn: addDays(today, -1), state: 'inProgress' }),
    anItem({ _id: 'r3', state: 'done', note: '已完成' }),
    anItem({ _id: 'r4', state: 'withdrawn', note: '重复' }),
    // An item of a meeting in another year is not this year's.
    anItem({ _id: 'r5', activityId: 'act-life-old', dueOn: addDays(today, -400) }),
  ])
  await insertLifeMeeting(cloud, { _id: 'act-life-old', date: addDays(meeting.date, -400) })
  const year = Number(meeting.month.slice(0, 4))
  const book = await open((await asAdmin(cloud).ok('admin', 'attendance.exportBureau', { year })).url)
  const sheet = book.getWorksheet('整改清单')!
  expect(row(sheet, 2)).toEqual(['支部', '已召开组织生活会', '整改事项', '已完成', '未完成', '其中逾期'])
  expect([3, 4, 5].map((n) => row(sheet, n))).toEqual([
    ['第一支部', 1, 3, 1, 2, 1],
    ['第二支部', 0, 0, 0, 0, 0],
    ['全机关', 1, 3, 1, 2, 1],
  ])
})
