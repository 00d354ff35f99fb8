/**
 * 出勤总览 (issue 11): the party office reads last month's attendance of 机关第一党支部 as a chart
 * and as a table, drills into an activity and sees who was missing and why, finds the missing
 * 党员大会 of 水环境管理处党支部 in the rules matrix, and exports the branch's year as the
 * 支部工作手册 ledger, which opens with the right names and totals; the secretary sees the
 * branch's own row on 支部概览. axe on each screen, also in 长辈版.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import ExcelJS from 'exceljs'
import { addMonths } from '../../core/activity/recurrence'
import { makeupStateText } from '../../core/activity/types'
import { rateWords } from '../../core/attendance/figures'
import { PERIOD_STATE_MARKS } from '../../core/attendance/compliance'
import type { Absentees, BranchAttendance, BureauAttendance, ComplianceMatrix } from '../../core/contract/attendance'
import type { BranchOverview } from '../../core/contract/overview'
import { lastEndedQuarter } from '../../demo/meetings'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  testMonth,
  type Identity,
  type Session,
  noSeriousViolations,
} from '../browser'
import { ask, checkBothWays, setElder } from '../kit'

const JOURNEY = 'attendance'
const BRANCH = '机关第一党支部'
const GAP_BRANCH = '水环境管理处党支部'

const browsers: Session[] = []
let admin: Identity
let secretary: Identity
let lastMonth = ''
let lastYear = 0

async function browser(): Promise<Session> {
  const session = await openBrowser()
  browsers.push(session)
  return session
}

const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  admin = people.find((p) => p.role === 'admin') as Identity
  secretary = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记') as Identity
  assert.ok(admin && secretary)
  lastMonth = addMonths(testMonth(), -1)
  lastYear = Number(lastMonth.slice(0, 4))
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test("the office reads last month's attendance of a branch as a chart and as a table", async () => {
  const bureau = await ask<BureauAttendance>(admin.openid, 'admin', 'attendance.bureau', {
    year: lastYear,
    month: lastMonth,
  })
  const row = bureau.branches.find((b) => b.name === BRANCH)
  assert.ok(row && row.total.expected > 0)
  const rate = rateWords(row.total.ratePct)
  const { page } = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '出勤总览').click()
  // It opens on this month, as 首页 and 党费收缴 do; last month is chosen in the period picker.
  await seen(page, `${monthWords(testMonth())}：全机关`).waitFor()
  const chip = (words: string) =>
    onScreen(page)
      .locator('.ui-chip')
      .filter({ visible: true })
      .filter({ hasText: new RegExp(`^${words}$`) })
  if (lastYear !== Number(testMonth().slice(0, 4))) {
    await chip(`${lastYear}年`).click()
    await seen(page, `${lastYear}年全年：全机关`).waitFor()
  }
  await chip(`${Number(lastMonth.slice(5))}月`).click()
  await seen(page, `${monthWords(lastMonth)}：全机关`).waitFor()
  // A link names its period too (首页's 本月 does), and it outlasts the 长辈版 switch's reloads below.
  await openAs(page, admin.openid, `packageAdmin/pages/attendance/index?year=${lastYear}&month=${lastMonth}`)
  await seen(page, `${monthWords(lastMonth)}：全机关`).waitFor()
  // Branches in the organisation's order, the figures written beside the chart.
  const names = await page.locator('.att-legend__item').filter({ visible: true }).allTextContents()
  assert.deepEqual(
    names.map((n) => n.split('：')[0]),
    bureau.branches.map((b) => b.name),
  )
  assert.ok(names.includes(`${BRANCH}：${rate}`), names.join(' | '))
  assert.ok(await page.locator('canvas').filter({ visible: true }).first().isVisible())
  await checkBothWays(page, JOURNEY, '出勤总览', '01-overview', `${monthWords(lastMonth)}：全机关`)
  await onScreen(page).locator('canvas').filter({ visible: true }).first().scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '01-overview-chart')

  const card = page
    .locator('.ui-card')
    .filter({ visible: true })
    .filter({ hasText: `${BRANCH} ›` })
  await card.getByText(`出勤率 ${rate}`).waitFor()
  await card.click()
  await seen(page, `${monthWords(lastMonth)}：全支部`).waitFor()
  await seen(page, `出勤率 ${rate}`).waitFor()
  const month = `${Number(lastMonth.slice(5))}月`
  await seen(page, `${month}：${rate}`).waitFor()
  await onScreen(page).locator('canvas').filter({ visible: true }).first().scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '02-branch-chart')
  await seen(page, '表格', true).click()
  const tableRow = page
    .locator('.att-table__row')
    .filter({ visible: true })
    .filter({ hasText: new RegExp(`^${month}`) })
  const cells = await tableRow.locator('.att-table__cell').allTextContents()
  assert.deepEqual(cells, [
    month,
    String(row.total.expected),
    String(row.total.present),
    String(row.total.onLeave + row.total.leavePending),
    String(row.total.absent),
    rate,
  ])
  await tableRow.scrollIntoViewIfNeeded()
  await noSeriousViolations(page, '支部出勤情况（表格）')
  await shot(page, JOURNEY, '03-branch-table')
  await setElder(page, true)
  await seen(page, `${monthWords(lastMonth)}：全支部`).waitFor()
  await seen(page, '表格', true).click()
  await tableRow.scrollIntoViewIfNeeded()
  await noSeriousViolations(page, '支部出勤情况（表格）', true)
  await shot(page, JOURNEY, '03-branch-table-elder')
  await setElder(page, false)
})

test('the office drills into an activity and sees who was missing, and why', async () => {
  const branch = await ask<BranchAttendance>(admin.openid, 'secretary', 'attendance.branch', {
    branchId: 'org-b1',
    year: lastYear,
    month: lastMonth,
  })
  const activity = branch.activities.find((a) => a.figures.absent + a.figures.onLeave > 0)
  assert.ok(activity, 'an activity last month with someone missing')
  const missing = await ask<Absentees>(admin.openid, 'secretary', 'attendance.absentees', { activityId: activity.id })
  const { page } = await browser()
  await openAs(
    page,
    admin.openid,
    `packageAdmin/pages/attendance-branch/index?branchId=org-b1&year=${lastYear}&month=${lastMonth}`,
  )
  await onScreen(page).locator('.ui-card').filter({ visible: true }).filter({ hasText: activity.title }).first().click()
  await seen(page, '缺席、请假人员和补学情况', false).waitFor()
  for (const person of missing.activities[0].people) {
    const shown = onScreen(page).locator('.att-person').filter({ visible: true }).filter({ hasText: person.name })
    await shown.first().waitFor()
    const text = (await shown.first().textContent()) ?? ''
    assert.ok(text.includes(person.reason), `${person.name}: ${text}`)
    // 补学 in the words of every screen: 线下补学（书记登记） and the day when done in person.
    const makeup = person.makeup ? makeupStateText(person.makeup, person.makeupOffline) : '没有补学任务'
    assert.ok(text.includes(`补学：${makeup}`), `${person.name}: ${text}`)
  }
  assert.ok(missing.activities[0].people.some((p) => p.reason === '未请假' || p.status === 'onLeave'))
  await checkBothWays(page, JOURNEY, '缺勤人员', '04-absentees', '缺席、请假人员和补学情况')
  // The member's year says that activity's 补学 alike (one done in person, where the demo has one).
  const people = missing.activities[0].people
  const person = people.find((p) => p.makeupOffline) ?? people.find((p) => p.makeup) ?? people[0]
  await seen(page, `${person.name}：`).click()
  const row = onScreen(page).locator('.att-person').filter({ visible: true }).filter({ hasText: activity.title })
  const words = person.makeup ? `补学：${makeupStateText(person.makeup, person.makeupOffline)}` : activity.title
  await row.first().getByText(words).waitFor()
  await noSeriousViolations(page, '党员出勤')
  await shot(page, JOURNEY, '04b-member-year')
})

test('the rules matrix shows the 党员大会 a branch did not hold', async () => {
  const quarterStart = lastEndedQuarter(testMonth())
  const year = Number(quarterStart.slice(0, 4))
  const matrix = await ask<ComplianceMatrix>(admin.openid, 'admin', 'attendance.compliance', { year })
  const gap = matrix.branches.find((b) => b.name === GAP_BRANCH)
  const quarter = `第${'一二三四'[Math.ceil(Number(quarterStart.slice(5)) / 3) - 1]}季度`
  assert.ok(gap?.missed.includes(`${quarter}未召开党员大会`))
  const { page } = await browser()
  await openAs(page, admin.openid, `packageAdmin/pages/compliance/index?year=${year}`)
  const card = page
    .locator('.ui-card')
    .filter({ visible: true })
    .filter({ hasText: `${GAP_BRANCH} ›` })
  await card.getByText(new RegExp(`${quarter}未召开党员大会`)).waitFor()
  // The gaps lead the page; the branch's year follows as a grid, the quarter's cell marked ✗.
  await page
    .getByText(new RegExp(`^✗ ${GAP_BRANCH}：.*${quarter}未召开党员大会`))
    .first()
    .waitFor()
  const cell = card.locator(`[aria-label="党员大会${quarter}：未完成"]`).first()
  assert.equal((await cell.textContent())?.trim(), '✗')
  await cell.scrollIntoViewIfNeeded()
  await checkBothWays(page, JOURNEY, '制度落实情况', '05-compliance', '制度落实情况')
})

test("the office exports the branch's year and the file opens with the right names and totals", async () => {
  const year = lastYear
  const figures = await ask<BranchAttendance>(admin.openid, 'secretary', 'attendance.branch', {
    branchId: 'org-b1',
    year,
  })
  const { page } = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/export/index')
  await seen(page, new RegExp(`^(✓ )?${year}年$`)).click()
  await seen(page, `${year}年支部工作手册（各支部）`).waitFor()
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await seen(page, `导出 ${BRANCH}`, true).click()
  const file = await download
  assert.equal(file.suggestedFilename(), `${BRANCH}${year}年支部工作手册.xlsx`)
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-export-')), file.suggestedFilename())
  await file.saveAs(path)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(path))
  assert.deepEqual(
    book.worksheets.map((s) => s.name),
    ['三会一课', '其他活动', '补学', '党费', '制度落实', '会议记录', '民主评议', '谈心谈话', '整改清单'],
  )
  let expected = 0
  let present = 0
  const names = new Set<string>()
  for (const name of ['三会一课', '其他活动']) {
    book.getWorksheet(name)?.eachRow((row, n) => {
      if (n <= 2) return
      expected += Number(row.getCell(6).value)
      present += Number(row.getCell(7).value)
      for (const who of String(row.getCell(11).value ?? '').split('、')) if (who) names.add(who)
    })
  }
  assert.equal(expected, figures.total.expected)
  assert.equal(present, figures.total.present)
  assert.ok(names.has(secretary.name), `${secretary.name} among those present`)
  await seen(page, `已生成：${BRANCH}${year}年支部工作手册.xlsx`).waitFor()
  await checkBothWays(page, JOURNEY, '导出台账', '06-export', '最近导出的文件')
})

test("the secretary sees the branch's own row of the rules on 支部概览", async () => {
  const overview = await ask<BranchOverview>(secretary.openid, 'secretary', 'overview.branch', {})
  const { page } = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, `${overview.compliance.year}年制度落实`).waitFor()
  for (const line of overview.compliance.toHold) await seen(page, line).waitFor()
  if (overview.compliance.toHold.length === 0) await seen(page, '本期要求的会议和活动都已完成').waitFor()
  // Each rule a chip: its name, its mark (core/attendance/compliance) and the state in words.
  await seen(page, new RegExp(`^支委会 (${Object.values(PERIOD_STATE_MARKS).join('|')}) `)).waitFor()
  await checkBothWays(page, JOURNEY, '支部概览', '07-secretary-overview', `${overview.compliance.year}年制度落实`)
})
