/**
 * Notices and reminders (issue 10): the secretary publishes a 党员集中活动日 for tomorrow; member A
 * asks for leave and, on the offer that follows, allows reminders on (the stand-in for) WeChat's
 * sheet, then once more in 提醒设置; the notice reaches A in 通知 and as a recorded message; at
 * 18:00 the evening before, the timer fires twice and exactly one reminder per authorized member
 * is recorded — A, and the members who turned reminders on before (the demo's grants; one of
 * them reads what is left in 提醒设置) — while B, with none, has only the inbox; the secretary
 * sees read counts and reminds the unread once, told how many get a push and why not the rest;
 * later a dues reminder on the collection day, and a 政治生日 greeting on 28 February for A, who
 * joined on 29 February.
 */
import assert from 'node:assert/strict'
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

const JOURNEY = 'notices'
const BRANCH = '机关第一党支部'
const TITLE = '学习党的二十届四中全会精神集中活动日'

/** The journey's day: the run's, or the day before when that is a month's last (tomorrow stays in the month). */
function journeyDay(): string {
  const day = testDay()
  const next = new Date(`${day}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  if (next.getUTCDate() !== 1) return day
  const prev = new Date(`${day}T12:00:00Z`)
  prev.setUTCDate(prev.getUTCDate() - 1)
  return prev.toISOString().slice(0, 10)
}
const DAY = journeyDay()
const at = (day: string, clock: string) => `${day}T${clock}:00+08:00`

interface Message {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  outcome: 'sent' | { errCode: number }
}
interface Store {
  members: Array<{ _id: string; name: string; openid: string | null; joinDate: string; branchId: string }>
  activities: Array<{ _id: string; title: string; expectedIds: string[] }>
  leaveRequests: Array<{ activityId: string; memberId: string; status: string }>
  subscriptions: Array<{ memberId: string; template: string; on: boolean; remaining: number }>
}

const browsers: Session[] = []
let secretary: Identity
let memberA: Identity
let memberB: Identity
let activityId = ''

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}
const messages = async () => (await hub('messages')) as Message[]
const sentTo = async (openid: string) => (await messages()).filter((m) => m.touser === openid && m.outcome === 'sent')
const fire = (fn: 'timer' | 'sender') => hub(`timers/${fn}`, {})

async function snap(page: Page, step: string): Promise<void> {
  await page.waitForTimeout(600)
  await shot(page, JOURNEY, step)
}

const button = (page: Page, text: string) =>
  page
    .locator('.ui-button', { hasText: new RegExp(`^${text}$`) })
    .filter({ visible: true })
    .first()

async function fill(page: Page, placeholder: string, value: string): Promise<void> {
  const field = page.getByPlaceholder(placeholder, { exact: true }).and(page.locator('input, textarea'))
  await field.filter({ visible: true }).first().fill(value)
}

/** Allows everything on the stand-in for WeChat's sheet, checking which templates it asks for. */
async function allowOnSheet(page: Page, titles: string[], step: string): Promise<void> {
  const sheet = page.locator('.wx-subscribe')
  await sheet.waitFor()
  for (const title of titles) await sheet.getByText(title, { exact: true }).waitFor()
  await shot(page, JOURNEY, step)
  await sheet.getByRole('button', { name: '允许' }).click()
  await sheet.waitFor({ state: 'detached' })
}

before(async () => {
  await hub('seed', { now: at(DAY, '09:00') })
  const people = await identities()
  const store = (await hub('export')) as Store
  const found = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记')
  assert.ok(found, `no 书记 in ${BRANCH}`)
  secretary = found
  const leapJoiner = store.members.find((m) => m.joinDate === '1996-02-29' && m.openid)
  assert.ok(leapJoiner, 'the demo bureau has a bound member who joined on 29 February')
  memberA = people.find((p) => p.openid === leapJoiner.openid) as Identity
  const others = people.filter((p) => p.role === 'member' && p.branchName === BRANCH && p.openid !== memberA.openid)
  memberB = others[0]
  assert.ok(memberA && memberB)
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
  await hub('clock', { now: null })
})

test('the secretary publishes a 党员集中活动日 for tomorrow', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/publish/index')
  await seen(page, '✓ 党员集中活动日').waitFor()
  await fill(page, '如：学习贯彻党的二十届四中全会精神', TITLE)
  await fill(page, '如：机关三楼党员活动室', '机关三楼党员活动室')
  // WeChat's date picker, as H5 draws it: one row down in the day column is tomorrow.
  await page.getByText('更改 ›').first().click()
  const indicator = page.locator('.weui-picker__indicator').nth(2)
  await indicator.waitFor()
  await page.waitForTimeout(400)
  const box = await indicator.boundingBox()
  assert.ok(box)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 34)
  await page.waitForTimeout(500)
  await onScreen(page).locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click()
  const tomorrow = new Date(`${DAY}T12:00:00Z`)
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1)
  await seen(
    page,
    `${tomorrow.getUTCFullYear()}年${tomorrow.getUTCMonth() + 1}月${tomorrow.getUTCDate()}日`,
    false,
  ).waitFor()
  await button(page, '发布').click()
  await seen(page, TITLE).waitFor()
  const store = (await hub('export')) as Store
  activityId = store.activities.find((a) => a.title === TITLE)?._id ?? ''
  assert.ok(activityId)
})

test('member A asks for leave and allows activity reminders on WeChat’s sheet, then once more in 提醒设置', async () => {
  const page = await browser()
  await openAs(page, memberA.openid, `pages/activity/index?id=${activityId}`)
  await seen(page, '议程').waitFor()
  await button(page, '请假').click()
  await fill(page, '如：出差在外地', '赴省厅参加业务培训')
  await button(page, '提交请假').click()
  await seen(page, '需要时用微信提醒您吗？').waitFor()
  await seen(page, '活动通知与提醒、补学提醒').waitFor()
  await noSeriousViolations(page, '活动详情（提醒）')
  await snap(page, '01-offer-after-leave')
  await button(page, '接收提醒').click()
  await allowOnSheet(page, ['活动提醒', '补学提醒'], '02-wechat-sheet')
  await seen(page, /已开启。活动通知与提醒：还可提醒1次；补学提醒：还可提醒1次/).waitFor()
  await snap(page, '03-offer-accepted')

  await openAs(page, memberA.openid, 'pages/me/index')
  await seen(page, '提醒设置', true).click()
  const activityCard = onScreen(page)
    .locator('.ui-card')
    .filter({ hasText: '活动通知与提醒' })
    .filter({ visible: true })
  await activityCard.getByText('还能提醒1次').waitFor()
  await activityCard.locator('.ui-button', { hasText: '再授权一次' }).click()
  await allowOnSheet(page, ['活动提醒'], '04-sheet-again')
  await activityCard.getByText('还能提醒2次').waitFor()
  for (const [label, title] of [
    ['党费提醒', '党费缴纳提醒'],
    ['政治生日', '政治生日提醒'],
  ]) {
    const card = onScreen(page).locator('.ui-card').filter({ hasText: label }).filter({ visible: true })
    await card.locator('.ui-button', { hasText: '点此授权' }).click()
    await allowOnSheet(page, [title], `05-sheet-${label}`)
    await card.getByText('还能提醒1次').waitFor()
  }
  await noSeriousViolations(page, '提醒设置')
  await snap(page, '06-reminder-settings')
})

test('the notice reaches A in 通知 and as a WeChat message; B, who allowed nothing, has it in 通知 only', async () => {
  await fire('sender')
  const toA = await sentTo(memberA.openid)
  assert.equal(toA.length, 1)
  assert.equal(toA[0].page, `pages/activity/index?id=${activityId}`)
  assert.equal(toA[0].data.thing1.value, TITLE.length > 20 ? `${[...TITLE].slice(0, 19).join('')}…` : TITLE)
  assert.deepEqual(await sentTo(memberB.openid), [])

  const page = await browser()
  await openAs(page, memberB.openid)
  await seen(page, /^\d+条通知未读$/).click()
  await seen(page, /条未读，未读的在前/).waitFor()
  await noSeriousViolations(page, '通知')
  await snap(page, '07-inbox-B')
  await onScreen(page).locator('.notice-row').filter({ hasText: TITLE }).filter({ visible: true }).click()
  await seen(page, '查看活动、请假或签到').waitFor()
  await noSeriousViolations(page, '通知详情')
  await snap(page, '08-notice-B')
})

test('at 18:00 the evening before, the timer fires twice: one reminder per authorized member, none for the rest', async () => {
  await hub('clock', { now: at(DAY, '18:00') })
  // Who WeChat will take it for: A, and the branch's members who turned reminders on before
  // (the demo's grants) and have one left after the notice of it; not B, nobody on approved leave.
  const before = (await hub('export')) as Store
  const activity = before.activities.find((a) => a._id === activityId)
  assert.ok(activity)
  const away = before.leaveRequests.filter((l) => l.activityId === activityId && l.status === 'approved')
  const authorized = activity.expectedIds.filter(
    (id) =>
      !away.some((l) => l.memberId === id) &&
      before.subscriptions.some((s) => s.memberId === id && s.template === 'activity' && s.on && s.remaining > 0),
  )
  const openids = authorized.map((id) => before.members.find((m) => m._id === id)?.openid).sort()
  assert.ok(openids.includes(memberA.openid) && !openids.includes(memberB.openid) && openids.length > 1)
  await Promise.all([fire('timer'), fire('timer')])
  await Promise.all([fire('sender'), fire('sender')])
  const eve = (await messages()).filter(
    (m) =>
      m.outcome === 'sent' &&
      m.page === `pages/activity/index?id=${activityId}` &&
      m.data.thing4?.value === '明天就要开始了，请准时参加',
  )
  assert.deepEqual(eve.map((m) => m.touser).sort(), openids)

  // One of those who turned reminders on earlier still has some: 提醒设置 counts them.
  const after = (await hub('export')) as Store
  const left = after.subscriptions.find(
    (s) => s.template === 'activity' && s.on && s.remaining > 0 && authorized.includes(s.memberId),
  )
  assert.ok(left, 'a reminded member with authorizations left')
  const other = (await identities()).find(
    (p) => p.openid === after.members.find((m) => m._id === left.memberId)?.openid,
  )
  assert.ok(other)
  const theirs = await browser()
  await openAs(theirs, other.openid, 'packageMember/pages/reminders/index')
  await onScreen(theirs)
    .locator('.ui-card')
    .filter({ hasText: '活动通知与提醒' })
    .filter({ visible: true })
    .getByText(`还能提醒${left.remaining}次`)
    .waitFor()
  await snap(theirs, '09-settings-granted-earlier')

  const page = await browser()
  await openAs(page, memberA.openid, 'packageMember/pages/reminders/index')
  const activityCard = onScreen(page)
    .locator('.ui-card')
    .filter({ hasText: '活动通知与提醒' })
    .filter({ visible: true })
  await activityCard.getByText('还没有授权').waitFor()
  await activityCard.locator('.ui-button', { hasText: '点此授权' }).waitFor()
  await snap(page, '09-settings-used-up-A')
})

test('the secretary sees who has read it, is told who a reminder reaches before sending it, and reminds once', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '发通知', true).click()
  const row = onScreen(page).locator('.ui-card').filter({ hasText: TITLE }).filter({ visible: true })
  await row.getByText(/^已读 1\/\d+人$/).waitFor()
  await noSeriousViolations(page, '发通知')
  await snap(page, '10-notices-list')
  await row.click()
  await seen(page, '每个人的情况（未读的在前）').waitFor()
  await page.locator('.delivery-row').filter({ hasText: memberA.name }).getByText('通知推送：✓ 微信已送达').waitFor()
  await page
    .locator('.delivery-row')
    .filter({ hasText: memberB.name })
    .getByText(/^✓ 已读/)
    .waitFor()
  await noSeriousViolations(page, '通知阅读情况')
  await snap(page, '11-notice-detail')
  await page
    .locator('.ui-button', { hasText: /^提醒未读（\d+人）$/ })
    .filter({ visible: true })
    .click()
  // Asked first, with who gets a push and who only sees it in the app, and why.
  await seen(page, /^提醒\d+名未读的党员？$/).waitFor()
  await seen(page, /^[1-9]\d*人会收到微信提醒(；.*)?。每条通知只能提醒一次。$/).waitFor()
  await snap(page, '11a-remind-ask')
  await onScreen(page).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  // Members who turned reminders on get a push; the rest are told apart, with why.
  await seen(page, /^已提醒\d+名未读的党员：[1-9]\d*人会收到微信提醒(；.*)?。$/).waitFor()
  await snap(page, '11b-remind-split')
  await onScreen(page).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  // Once done, the button says when, and cannot be tapped again.
  const done = page.locator('.ui-button', { hasText: /^已于\d+月\d+日 \d\d:\d\d提醒$/ }).filter({ visible: true })
  await done.waitFor()
  assert.ok(await done.evaluate((b) => b.classList.contains('ui-button--disabled')))
  await snap(page, '12-reminded-once')
})

test('on next month’s collection day A gets a dues reminder; on 28 February, a 政治生日 greeting', async () => {
  const [y, m] = DAY.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  await hub('clock', { now: at(`${next}-05`, '09:30') })
  await fire('timer')
  await fire('sender')
  const dues = (await sentTo(memberA.openid)).filter((msg) => msg.data.amount2)
  assert.equal(dues.length, 1)
  assert.equal(dues[0].data.thing1.value, `${next.slice(0, 4)}年${Number(next.slice(5))}月党费`)

  let year = Number(next.slice(0, 4))
  const leap = (n: number) => (n % 4 === 0 && n % 100 !== 0) || n % 400 === 0
  while (leap(year) || `${year}-02-28` <= `${next}-05`) year++
  await hub('clock', { now: at(`${year}-02-28`, '10:00') })
  await fire('timer')
  await fire('sender')
  const greetings = (await sentTo(memberA.openid)).filter((msg) => msg.data.date2)
  assert.equal(greetings.length, 1)
  assert.equal(greetings[0].data.date2.value, '1996年2月29日')
  assert.match(greetings[0].data.thing3.value, new RegExp(`祝您${year - 1996}周年政治生日快乐`))
})
