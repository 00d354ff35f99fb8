/**
 * 会议记录 (issue 24): the demo secretary of 机关第一党支部 opens a held meeting's minutes from
 * 活动记录, finds who came already filled in from the sign-in, writes the minutes, saves a
 * draft, confirms it and then amends it with a reason; a member expected at the meeting opens
 * it from 活动详情 and reads it. axe on each screen, also in 长辈版; screenshots of each step.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { BranchHistory, HistoryRow } from '../../core/contract/activity-officer-views'
import type { MinutesPage } from '../../core/contract/minutes'
import { inChina } from '../../core/china-dayjs'
import { takesMinutes } from '../../core/minutes/types'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  type Identity,
  type Session,
} from '../browser'
import { ask, button, checkBothWays, openEveryFold } from '../kit'

const JOURNEY = 'minutes'
const BRANCH = '机关第一党支部'
const TOPICS = '1. 传达学习上级会议精神\n2. 研究下月党员集中活动日安排'
const SUMMARY = '书记传达了局机关党委会议精神；大家结合本处室工作逐一发言，认为要把学习成果落实到监管执法中。'
const RESOLUTION = '下月党员集中活动日到社区开展生态环境保护宣传。'
const ADDED = `${RESOLUTION}\n由组织委员负责联系社区。`
const REASON = '补记会上议定的负责人'

const browsers: Session[] = []
let secretary: Identity
let meeting: HistoryRow
let meetingYear = 0
let before0: MinutesPage

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

/** Fills the visible text box with this placeholder (Taro draws the native field inside). */
async function fill(page: Page, placeholder: string, value: string): Promise<void> {
  const field = page.getByPlaceholder(placeholder, { exact: true }).and(page.locator('textarea'))
  await field.filter({ visible: true }).first().fill(value)
}

/** 主持人 / 记录人: tap the field, then the name in the sheet of names. */
async function choosePerson(page: Page, label: string, name: string): Promise<void> {
  await onScreen(page).locator('.ui-field', { hasText: label }).locator('.ui-input--picker').first().click()
  await seen(page, `选择${label}`).waitFor()
  await onScreen(page)
    .locator('.ui-sheet .ui-chip', { hasText: new RegExp(`^${name}$`) })
    .click()
  await seen(page, `选择${label}`).waitFor({ state: 'hidden' })
}

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  secretary = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记') as Identity
  assert.ok(secretary)
  // The newest held meeting of the branch that nobody has written up yet (the demo leaves one).
  const year = inChina(TEST_NOW).year()
  for (const y of [year, year - 1]) {
    const history = await ask<BranchHistory>(secretary.openid, 'secretary', 'activity.branchHistory', { year: y })
    const held = history.months
      .flatMap((m) => m.activities)
      .filter((a) => a.status === 'closed' && takesMinutes(a.type) && a.type !== 'committeeMeeting')
      .sort((a, b) => b.startAt - a.startAt)
    for (const a of held) {
      const page = await ask<MinutesPage>(secretary.openid, 'secretary', 'minutes.get', { activityId: a.id })
      if (page.minutes === null) {
        meeting = a
        meetingYear = y
        before0 = page
        break
      }
    }
    if (meeting) break
  }
  assert.ok(meeting, 'a held meeting of 机关第一党支部 without minutes')
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary writes the minutes beside who came, saves, confirms, then amends with a reason', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, `packageSecretary/pages/history/index?year=${meetingYear}`)
  // 活动记录 folds the months before this one: the meeting's may be among them.
  await seen(page, `${meetingYear}年`, true).waitFor()
  await openEveryFold(page)
  const row = onScreen(page).locator('.ui-card').filter({ visible: true }).filter({ hasText: meeting.title }).first()
  await row.scrollIntoViewIfNeeded()
  await row.getByText('会议记录 ›').click()
  await seen(page, '出勤（来自签到）').waitFor()
  const { attendance } = before0
  await seen(
    page,
    `应到${attendance.expected}人，实到${attendance.present.length}人，请假${attendance.onLeave.length}人，缺席${attendance.absent.length}人`,
  ).waitFor()
  await seen(page, attendance.present.join('、')).waitFor()
  await seen(page, 'ⓘ 暂时不能确认：请先写好并保存会议记录').waitFor()
  await checkBothWays(page, JOURNEY, '会议记录（新）', '01-empty', '出勤（来自签到）')

  const recorder = before0.people.find((p) => p.name !== secretary.name)
  assert.ok(recorder)
  await choosePerson(page, '主持人', secretary.name)
  await choosePerson(page, '记录人', recorder.name)
  await fill(page, '如：\n1. 传达学习上级会议精神\n2. 研究本季度发展党员工作', TOPICS)
  await fill(page, '如：张书记传达了……；王某某发言认为……', SUMMARY)
  await fill(page, '如：同意确定某某为发展对象，由组织委员负责报机关党委', RESOLUTION)
  await seen(page, 'ⓘ 暂时不能确认：请先写好并保存会议记录').scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '02-written')
  await button(page, '保存草稿').click()
  await seen(page, '会议记录（草稿）').waitFor()
  await seen(page, `草稿由${secretary.name}保存`).waitFor()
  assert.equal(await seen(page, /暂时不能确认/).count(), 0)
  await checkBothWays(page, JOURNEY, '会议记录（草稿）', '03-draft', '会议记录（草稿）', '确认会议记录')

  await button(page, '确认会议记录').click()
  await seen(page, '确认后，本次会议应到的党员就能在小程序里阅读这份记录', false).waitFor()
  // Taro's dialog fades in: shot once it has.
  await page.waitForTimeout(500)
  await shot(page, JOURNEY, '04-confirm-dialog')
  await onScreen(page).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  await seen(page, new RegExp(`^确认人：${secretary.name}，`)).waitFor()
  await seen(page, SUMMARY).waitFor()
  await checkBothWays(page, JOURNEY, '会议记录（已确认）', '05-confirmed', '修改会议记录', '主持人')

  await button(page, '修改会议记录').click()
  await seen(page, '修改原因').waitFor()
  await fill(page, '如：同意确定某某为发展对象，由组织委员负责报机关党委', ADDED)
  await button(page, '保存修改').click()
  await seen(page, '✗ 请填写修改原因').scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '06-amend-needs-reason')
  await fill(page, '如：补充会上遗漏的一项决议', REASON)
  await button(page, '保存修改').click()
  await seen(page, '修改记录（1次）').waitFor()
  await seen(page, `原因：${REASON}`).waitFor()
  await seen(page, '改了：决议事项').waitFor()
  await checkBothWays(page, JOURNEY, '会议记录（已修改）', '07-amended', '修改记录（1次）', '改了：决议事项')
})

test('a member expected at the meeting opens its minutes from 活动详情 and reads them', async () => {
  const people = await identities()
  const member = people.find(
    (p) => p.role === 'member' && p.branchName === BRANCH && before0.attendance.present.includes(p.name),
  )
  assert.ok(member, 'a bound member who came')
  const page = await browser()
  await openAs(page, member.openid, `pages/activity/index?id=${encodeURIComponent(meeting.id)}`)
  await seen(page, '会议记录', true).click()
  await seen(page, '出勤（来自签到）').waitFor()
  await seen(page, SUMMARY).waitFor()
  await seen(page, `原因：${REASON}`).waitFor()
  await checkBothWays(page, JOURNEY, '会议记录（党员）', '08-member', '出勤（来自签到）', '主持人')
})
