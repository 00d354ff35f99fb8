/**
 * An activity day end to end (issue 4): the secretary publishes a 党员集中活动日; member A asks
 * for leave and it is approved; member B signs in with the code read off the secretary's
 * 活动现场 screen and member D by pointing WeChat's 扫一扫 at the 小程序码 there; member C
 * does nothing; the secretary closes it; A and C find a 补学 task,
 * A submits a 心得 and the secretary confirms; the roster shows all three as they are; C studies
 * in the branch office, the secretary records it (线下补学) and C's 活动 list says so, with the day.
 * The cloud's clock places "now" before the start, inside the sign-in window and after the end.
 */
import assert from 'node:assert/strict'
import { makeupStateText } from '../../core/activity/types'
import type { RosterView } from '../../core/contract/activity'
import { dayOffWords } from '../../core/workdays'
import { decodeQrPng } from '../../tests/helpers/decode-qr'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  testDay,
  type Identity,
  type Session,
  noSeriousViolations,
} from '../browser'
import { ask } from '../kit'

const JOURNEY = 'activity-day'
const BRANCH = '水环境管理处党支部'
const TITLE = '学习新修订的党章·集中活动日'
const PLACE = '机关三楼党员活动室'

/** The run's day in China (the 发布活动 form starts on the phone's today), at a China wall-clock time. */
const at = (clock: string) => `${testDay()}T${clock}:00+08:00`

const browsers: Session[] = []
const pages: Record<'secretary' | 'A' | 'B' | 'C' | 'D', Page | null> = {
  secretary: null,
  A: null,
  B: null,
  C: null,
  D: null,
}
let secretary: Identity
let memberA: Identity
let memberB: Identity
let memberC: Identity
let memberD: Identity
let activityId = ''

async function browser(who: keyof typeof pages): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  pages[who] = session.page
  return session.page
}

function pageOf(who: keyof typeof pages): Page {
  const page = pages[who]
  assert.ok(page, `no browser for ${who} yet`)
  return page
}

/** Turns 长辈版 on (its switch is on 首页), checks this screen there too, and turns it off again. */
async function alsoInElderMode(page: Page, who: Identity, screen: string, ready: string): Promise<void> {
  const path = page.url().split('#/')[1] ?? ''
  const toggle = async (from: string, to: string) => {
    await openAs(page, who.openid)
    await seen(page, from).click()
    await seen(page, to).waitFor()
  }
  await toggle('未开启，点此开启', '已开启，点此关闭')
  await openAs(page, who.openid, path)
  await seen(page, ready).waitFor()
  await noSeriousViolations(page, screen, true)
  await snap(page, `elder-${screen}`)
  await toggle('已开启，点此关闭', '未开启，点此开启')
  await openAs(page, who.openid, path)
  await seen(page, ready).waitFor()
}

/** A screenshot once Taro's page slide-in has finished. */
async function snap(page: Page, step: string): Promise<void> {
  await page.waitForTimeout(600)
  await shot(page, JOURNEY, step)
}

/** A button by its exact words (titles and labels may hold the same words). */
const button = (page: Page, text: string) =>
  page
    .locator('.ui-button', { hasText: new RegExp(`^${text}$`) })
    .filter({ visible: true })
    .first()

/** Fills the visible text box with this placeholder (Taro draws the native field inside). */
async function fill(page: Page, placeholder: string, value: string): Promise<void> {
  const field = page.getByPlaceholder(placeholder, { exact: true }).and(page.locator('input, textarea'))
  await field.filter({ visible: true }).first().fill(value)
}

const card = (page: Page, text: string) =>
  onScreen(page).locator('.ui-card').filter({ hasText: text }).filter({ visible: true })

async function rosterRow(page: Page, name: string) {
  return page
    .locator('.ui-card')
    .filter({ has: page.locator('.roster-row__name', { hasText: name }) })
    .filter({ visible: true })
}

before(async () => {
  // The demo bureau as it stands at 09:00 on the run's day; the journey's day starts there.
  await hub('seed', { now: at('09:00') })
  const people = await identities()
  const inBranch = people.filter((p) => p.branchName === BRANCH)
  const found = inBranch.find((p) => p.role === 'secretary' && p.duty === '书记')
  const members = inBranch.filter((p) => p.role === 'member')
  assert.ok(found, `no 书记 in ${BRANCH}`)
  assert.ok(members.length >= 4, `fewer than four members in ${BRANCH}`)
  secretary = found
  ;[memberA, memberB, memberC, memberD] = members
})

after(async () => {
  await hub('clock', { now: null })
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary publishes a 党员集中活动日 for this afternoon', async () => {
  const page = await browser('secretary')
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '活动安排', true).click()
  await seen(page, '每月固定').waitFor()
  await snap(page, '01-schedule')
  await seen(page, '新建活动', true).click()
  await seen(page, '活动类型').waitFor()
  await seen(page, '✓ 党员集中活动日').waitFor()
  // The form starts on today: on a weekend or a holiday (元旦) it says so, and still publishes.
  const dayOff = dayOffWords(testDay())
  const warning = onScreen(page).getByText(/不是工作日/)
  if (dayOff) await seen(page, `这一天是${dayOff}，不是工作日。确需这一天开展的，仍可照常发布。`).waitFor()
  else assert.equal(await warning.count(), 0)
  await snap(page, '02-publish-day')
  await fill(page, '如：学习贯彻党的二十届四中全会精神', TITLE)
  await fill(page, '如：机关三楼党员活动室', PLACE)
  await fill(page, '如：\n1. 集中学习…\n2. 交流发言…', '1. 集中学习新修订的党章\n2. 交流发言')
  await seen(page, '添加材料').click()
  await fill(page, '如：《中国共产党章程》第一章', '党章第一章 党员')
  await fill(page, '材料内容', '第一条 年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子……')
  await button(page, '添加').click()
  await seen(page, '文字：党章第一章 党员').waitFor()
  await snap(page, '02-publish-form')
  await button(page, '发布').click()
  await seen(page, TITLE).waitFor()
  await card(page, TITLE).getByText('已发布').waitFor()
  await snap(page, '03-published')
  await card(page, TITLE)
    .locator('.ui-button', { hasText: /^活动现场$/ })
    .click()
  await seen(page, '签到将于').waitFor()
  activityId = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? ''
  assert.ok(activityId, page.url())
  await snap(page, '04-live-before')
})

test('member A asks for leave before the start, and the secretary approves it', async () => {
  const page = await browser('A')
  await openAs(page, memberA.openid, 'pages/activities/index')
  await seen(page, '即将开始').waitFor()
  await snap(page, '05-activities-A')
  await card(page, TITLE).getByText('查看详情 ›').click()
  await seen(page, '议程').waitFor()
  await seen(page, '我的状态：○ 待参加').waitFor()
  await noSeriousViolations(page, '活动详情')
  await alsoInElderMode(page, memberA, '活动详情', '议程')
  await snap(page, '05-detail-A')
  await button(page, '请假').click()
  await fill(page, '如：出差在外地', '去外地参加业务培训')
  await button(page, '提交请假').click()
  await seen(page, '我的状态：◷ 请假待批').waitFor()
  await seen(page, '等待书记审批', true).waitFor()
  await snap(page, '06-leave-asked')

  const officer = pageOf('secretary')
  await openAs(officer, secretary.openid, 'packageSecretary/pages/leave/index')
  const request = card(officer, memberA.name).filter({ hasText: TITLE })
  await request.getByText('请假原因：去外地参加业务培训').waitFor()
  await snap(officer, '07-leave-queue')
  await request.locator('.ui-button', { hasText: /^批准$/ }).click()
  await request.waitFor({ state: 'detached' })

  await page.reload()
  await seen(page, '我的状态：✓ 已请假').waitFor()
  await seen(page, `${secretary.name}批准`, true).waitFor()
  await snap(page, '08-leave-approved')
})

test('member B signs in with the code read off the secretary’s 活动现场 screen', async () => {
  await hub('clock', { now: at('15:02') })
  const officer = pageOf('secretary')
  await openAs(officer, secretary.openid, `packageSecretary/pages/live/index?id=${activityId}`)
  const digits = onScreen(officer).locator('.live-code__digits').filter({ visible: true })
  await digits.waitFor()
  await seen(officer, /秒后更换/).waitFor()
  await noSeriousViolations(officer, '活动现场')
  await snap(officer, '09-live-code')

  const page = await browser('B')
  await openAs(page, memberB.openid, 'pages/activities/index')
  await card(page, TITLE).getByText('查看详情 ›').click()
  await button(page, '签到').click()
  await seen(page, '签到码（6位数字）').waitFor()
  await noSeriousViolations(page, '签到')
  await alsoInElderMode(page, memberB, '签到', '签到码（6位数字）')
  await snap(page, '10-signin-form')
  // Read just before typing: the code changes every 30 seconds (the previous one stays valid).
  const code = ((await digits.textContent()) ?? '').trim()
  assert.match(code, /^\d{6}$/)
  await fill(page, '6位数字', code)
  await button(page, '签到').click()
  await seen(page, /^✓ 已签到 15:0\d$/).waitFor()
  await snap(page, '11-signed-in')

  await seen(officer, /已签到1人（签到码1）/).waitFor()
  await snap(officer, '12-live-roster')
})

test('member D points WeChat’s 扫一扫 at the 小程序码 on the same screen and lands on 签到, signed in', async () => {
  const officer = pageOf('secretary')
  const image = onScreen(officer).getByAltText('签到小程序码')
  await image.waitFor()
  // What WeChat's scanner does: read the code off the screen and open the page it names.
  const src = await image.locator('xpath=self::img | .//img').first().getAttribute('src')
  assert.ok(src, 'the 小程序码 has no image')
  const path = decodeQrPng(Buffer.from(await (await fetch(src)).arrayBuffer()))
  assert.match(path ?? '', /^pages\/signin\/index\?scene=k%3D[0-9A-Za-z]{8}%26c%3D\d{6}$/)

  const page = await browser('D')
  await openAs(page, memberD.openid, path ?? '')
  await seen(page, /^✓ 已签到 15:0\d$/).waitFor()
  await seen(page, TITLE).waitFor()
  await noSeriousViolations(page, '签到（扫一扫）')
  await snap(page, '11b-signed-in-by-wechat-scanner')
  await seen(officer, /已签到2人（(签到码1，扫码1|扫码1，签到码1)）/).waitFor()
})

test('after the end the secretary closes it: A and C get 补学 tasks', async () => {
  await hub('clock', { now: at('17:30') })
  const officer = pageOf('secretary')
  await officer.reload()
  await button(officer, '结束活动并生成补学任务').click()
  // Taro's H5 showModal: confirm with its own 结束活动 button.
  await onScreen(officer).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  await seen(officer, /活动已结束，记录已固定/).waitFor()
  await snap(officer, '13-closed')

  for (const [who, member] of [
    ['A', memberA],
    ['C', memberC],
  ] as const) {
    const page = who === 'A' ? pageOf('A') : await browser('C')
    await openAs(page, member.openid)
    await seen(page, `${member.name}，您好`).waitFor()
    await seen(page, new RegExp(`补学：${TITLE}`)).waitFor()
    await snap(page, member === memberA ? '14-home-A-makeup' : '15-home-C-makeup')
  }
})

test('A studies the materials and submits a 心得; the secretary confirms', async () => {
  const page = pageOf('A')
  await seen(page, new RegExp(`补学：${TITLE}`)).click()
  await seen(page, '您请假没有参加这次活动', false).waitFor()
  await seen(page, '党章第一章 党员').click()
  await seen(page, /年满十八岁/).waitFor()
  await noSeriousViolations(page, '补学')
  await alsoInElderMode(page, memberA, '补学', '学习材料')
  await snap(page, '16-makeup')
  await fill(
    page,
    '写下您的学习心得',
    '通过学习党章第一章，我进一步明确了党员的条件、义务和权利，要在工作中发挥先锋模范作用。',
  )
  await button(page, '提交心得').click()
  await seen(page, '心得已提交，等待书记审核。审核前还可以修改后重新提交。').waitFor()
  await seen(page, '等待书记审核', true).waitFor()
  await snap(page, '17-makeup-submitted')

  const officer = pageOf('secretary')
  await openAs(officer, secretary.openid, 'packageSecretary/pages/review/index')
  const submission = card(officer, memberA.name).filter({ hasText: '发挥先锋模范作用' })
  await submission.waitFor()
  await snap(officer, '18-review')
  await submission.locator('.ui-button', { hasText: /^确认完成$/ }).click()
  await submission.waitFor({ state: 'detached' })

  await page.reload()
  await seen(page, '书记已确认，这次补学已完成。').waitFor()
  await snap(page, '19-makeup-done')

  // 我的 → 补学 keeps every task in one place: A's is now among 最近完成.
  await openAs(page, memberA.openid, 'pages/me/index')
  await seen(page, '补学', true).click()
  const mine = onScreen(page).locator('.ui-section').filter({ hasText: '最近完成' }).filter({ visible: true })
  await mine.getByText(`${TITLE} · `).waitFor()
  await mine.getByText('已补学').first().waitFor()
  await snap(page, '19b-my-makeup')
})

test('the roster shows B present, A on leave with 补学 done, C absent with 补学 pending', async () => {
  const officer = pageOf('secretary')
  await openAs(officer, secretary.openid, `packageSecretary/pages/live/index?id=${activityId}`)
  await seen(officer, /活动已结束，记录已固定。补学：已完成1人，/).waitFor()
  const b = await rosterRow(officer, memberB.name)
  await b.getByText('已签到', { exact: true }).waitFor()
  await b.getByText(/15:0\d 签到码/).waitFor()
  const a = await rosterRow(officer, memberA.name)
  await a.getByText('已请假', { exact: true }).waitFor()
  await a.getByText('补学：已补学').waitFor()
  const c = await rosterRow(officer, memberC.name)
  await c.getByText('缺席', { exact: true }).waitFor()
  await c.getByText('补学：待补学').waitFor()
  await snap(officer, '20-roster-final')
})

test('C studies in the branch office; the secretary records it, and C’s 活动 list says 线下补学 with the day', async () => {
  const roster = await ask<RosterView>(secretary.openid, 'secretary', 'activity.roster', { activityId })
  const c = roster.rows.find((r) => r.name === memberC.name)
  assert.ok(c, `${memberC.name} is not on the roster`)
  await ask(secretary.openid, 'secretary', 'makeup.recordOffline', {
    activityId,
    memberId: c.memberId,
    on: testDay(),
    note: '在支部活动室学习了党章第一章，交了纸质心得',
  })
  const page = pageOf('C')
  await openAs(page, memberC.openid, 'pages/activities/index')
  await seen(page, '已结束（我的参加记录）').click()
  await card(page, TITLE)
    .getByText(`我的状态：✗ 缺席 · ${makeupStateText('done', testDay())}`)
    .waitFor()
  await snap(page, '21-activities-C-offline')
})
