/**
 * The 支部工作手册 ledger and the bureau's summary in Excel: made in the function, saved to
 * storage, opened through a temporary link only the branch's officers or admins get, audited —
 * and the file, opened with exceljs, says what the store says.
 */
import ExcelJS from 'exceljs'
import { chinaMonth, formatChinaClock, formatChinaDateTime } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import { aHeldMeeting, insertHeld } from '../helpers/attendance-mothers'
import { asAdmin, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill } from '../helpers/dues-mothers'
import { aMinutes, insertMinutes } from '../helpers/minutes-mothers'
import { testNow } from '../helpers/now'
import type { ActivityDoc } from '../../server/actions/activity/model'

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

  const link = await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year })
  expect(link).toMatchObject({
    kind: 'branchYear',
    branchId: WORLD.branchA,
    year,
    fileName: `第一支部${year}年支部工作手册.xlsx`,
  })
  const book = await open(link.url)
  expect(book.worksheets.map((s) => s.name)).toEqual(['三会一课', '其他活动', '补学', '党费', '制度落实', '会议记录'])

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
      ['甲未绑定', '缺席', '待补学'],
    ]),
  )

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

it('writes each held meeting’s 会议记录 as the handbook does: confirmed with who and when, a draft, none, amendments', async () => {
  const day = 24 * 3600_000
  const confirmedId = await aHeldMeeting(cloud)
  const draftId = await insertHeld(cloud, {
    type: 'generalMeeting',
    startAt: testNow() - 5 * day,
    records: { [WORLD.secretaryA]: 'present', [WORLD.memberA1]: 'present' },
  })
  await insertHeld(cloud, { type: 'partyLecture', startAt: testNow() - 10 * day })
  await insertHeld(cloud, { type: 'studyDay', startAt: testNow() - 12 * day })
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
  const heldId = await aHeldMeeting(cloud)
  await insertHeld(cloud, { type: 'generalMeeting', startAt: testNow() - 5 * day })
  await insertHeld(cloud, { type: 'studyDay', startAt: testNow() - 6 * day })
  await insertHeld(cloud, { type: 'groupMeeting', branchId: WORLD.branchB, startAt: testNow() - 7 * day })
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
  expect(book.worksheets.map((s) => s.name)).toEqual(['出勤汇总', '各月出勤率', '各类活动', '制度落实', '会议记录'])
  const sheet = book.getWorksheet('会议记录')!
  expect(row(sheet, 2)).toEqual(['支部', '已召开的会议', '会议记录已确认', '未确认'])
  expect([3, 4, 5].map((n) => row(sheet, n))).toEqual([
    ['第一支部', 2, 1, 1],
    ['第二支部', 1, 0, 1],
    ['全机关', 3, 1, 2],
  ])
})
