/**
 * 首页 for officers (issue 23): the demo secretary of 机关第一党支部 opens 首页, sees what waits in
 * the branch (the same counts home.get gives), taps one and lands on its queue with that many
 * items; the party office opens 首页 and reads this month's figures for the whole bureau and the
 * branches needing attention, in the organisation's order, and taps into one; 支部管理's service
 * grid badges the same counts. axe on each screen, also in 长辈版.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { MemberHome } from '../../core/contract/home'
import {
  BASE_URL,
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
import { checkBothWays } from '../kit'

const JOURNEY = 'officer-home'
const BRANCH = '机关第一党支部'

const browsers: Session[] = []
let admin: Identity
let secretary: Identity

async function browser(): Promise<Session> {
  const session = await openBrowser()
  browsers.push(session)
  return session
}

/** 首页 as the server gives it to a person, to know what the screen should say. */
async function homeOf(openid: string): Promise<MemberHome> {
  const res = await fetch(`${BASE_URL}/fn/member`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action: 'home.get', input: {} }),
  })
  const body = (await res.json()) as { ok: boolean; data: MemberHome }
  assert.ok(body.ok, JSON.stringify(body))
  return body.data
}

/** The whole screen at once: the page scrolls inside the app, so a full-page shot shows one phone's height. */
async function tallShot(page: Page, step: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 2400 })
  await shot(page, JOURNEY, step)
  await page.setViewportSize({ width: 390, height: 844 })
}

const visibleCount = (page: Page, selector: string) =>
  onScreen(page).locator(selector).filter({ visible: true }).count()

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  admin = people.find((p) => p.role === 'admin') as Identity
  secretary = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记') as Identity
  assert.ok(admin && secretary)
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary sees what waits in the branch on 首页 and opens a queue with as many items', async () => {
  const home = await homeOf(secretary.openid)
  const todo = home.officer
  assert.ok(todo, 'a secretary gets 支部待办')
  assert.equal(home.office, null)
  const { page } = await browser()
  await openAs(page, secretary.openid)
  await seen(page, '支部待办').waitFor()
  const queues = [
    { n: todo.leavePending, words: `${todo.leavePending}条请假待审批` },
    { n: todo.makeupSubmitted, words: `${todo.makeupSubmitted}篇补学心得待审核` },
    { n: todo.paymentsReported, words: `${todo.paymentsReported}笔缴费待确认` },
    // The same figure as 支部管理's 党员发展 badge.
    { n: todo.developDue, words: `党员发展本月要办${todo.developDue}项` },
  ]
  for (const q of queues) {
    if (q.n > 0) await seen(page, q.words, true).waitFor()
    else assert.equal(await seen(page, q.words, true).count(), 0, `${q.words} is not shown`)
  }
  // A notice the secretary read and has not confirmed is a to-do of its own.
  if (home.noticesToAck > 0) await seen(page, `${home.noticesToAck}条通知待确认收到`, true).waitFor()
  const waiting = queues.some((q) => q.n > 0) || todo.unbound > 0
  if (!waiting) await seen(page, '支部暂无待办').waitFor()
  await checkBothWays(page, JOURNEY, '首页（书记）', '01-secretary-home', '支部待办')
  await tallShot(page, '01-secretary-home-whole')

  if (todo.leavePending > 0) {
    await seen(page, queues[0].words, true).click()
    await seen(page, `${todo.leavePending}条待审批`).waitFor()
    assert.equal(await visibleCount(page, '.leave__name'), todo.leavePending)
  } else if (todo.makeupSubmitted > 0) {
    await seen(page, queues[1].words, true).click()
    await seen(page, '补学审核').waitFor()
    assert.equal(await visibleCount(page, '.review__name'), todo.makeupSubmitted)
  } else if (todo.paymentsReported > 0) {
    await seen(page, queues[2].words, true).click()
    await seen(page, `待确认的缴费（${todo.paymentsReported}笔）`).waitFor()
  } else {
    await seen(page, '支部管理', true).click()
    await seen(page, '日常办理', true).waitFor()
    assert.equal(await visibleCount(page, '.service-tile__badge'), 0)
  }
  await shot(page, JOURNEY, '02-queue')
})

test('支部管理 is a grid of services whose badges are 首页’s counts, in both themes', async () => {
  const { officer: todo } = await homeOf(secretary.openid)
  assert.ok(todo)
  const { page } = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '日常办理', true).waitFor()
  // Each queue's tile says its count in the same words as 首页's row (its label, read aloud).
  const labels = await onScreen(page)
    .locator('.service-tile')
    .filter({ visible: true })
    .evaluateAll((tiles) => tiles.map((t) => t.getAttribute('aria-label') ?? ''))
  const expected = [
    ['请假审批', todo.leavePending, '条请假待审批'],
    ['补学审核', todo.makeupSubmitted, '篇补学心得待审核'],
    ['党费收缴', todo.paymentsReported, '笔缴费待确认'],
    ['成员', todo.unbound, '人还未绑定微信'],
  ] as const
  for (const [name, n, words] of expected)
    assert.ok(labels.includes(n > 0 ? `${name}，${n}${words}` : name), `${name}: ${labels.join(' | ')}`)
  await checkBothWays(page, JOURNEY, '支部管理（书记）', '02-secretary-grid', '日常办理', '统计台账')
  await seen(page, '请假审批', true).click()
  await seen(page, `${todo.leavePending}条待审批`).or(seen(page, '没有待审批的请假')).first().waitFor()
})

test("the office reads this month's figures and the branches needing attention on 首页", async () => {
  const { office } = await homeOf(admin.openid)
  assert.ok(office, 'the office gets its month')
  const title = `${office.month.slice(0, 4)}年${Number(office.month.slice(5))}月：全机关`
  const { page } = await browser()
  await openAs(page, admin.openid)
  await seen(page, title).waitFor()
  await seen(page, `${office.members}人`, true).waitFor()
  await seen(page, `${office.branches}个支部`, true).waitFor()
  // Counted, and worded, as 支部概览 counts: the month's activities that have ended.
  await seen(page, `已结束${office.attendance.activities}次`, true).waitFor()
  // Each rate is said once on its tile.
  if (office.dues.open && office.dues.ratePct !== null) {
    const rate = new RegExp(`${office.dues.ratePct.toFixed(1).replace('.', '\\.')}%`)
    assert.equal(await onScreen(page).getByText(rate).filter({ visible: true }).count(), 1)
  }
  const names = await onScreen(page).locator('.office-attention__name').filter({ visible: true }).allTextContents()
  assert.deepEqual(
    names,
    office.attention.map((b) => `${b.name} ›`),
  )
  for (const b of office.attention) for (const r of b.reasons) await seen(page, `· ${r}`).waitFor()
  if (office.attention.length === 0) await seen(page, '各支部暂无需要关注的事项').waitFor()
  await checkBothWays(page, JOURNEY, '首页（机关党委）', '03-office-home', title)
  await tallShot(page, '03-office-home-whole')

  if (office.attention.length > 0) {
    const first = office.attention[0]
    await seen(page, `${first.name} ›`, true).click()
    await seen(page, first.name, true).waitFor()
    await shot(page, JOURNEY, '04-attention-branch')
  }
})

test('on 补学审核 the secretary records 线下补学 for a member without WeChat, and the page says so at once', async () => {
  const { page } = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/review/index')
  await seen(page, '补学审核').waitFor()
  // Activities without a 心得 waiting are folded by month: open the folded months (a tap each, no call).
  const shut = onScreen(page).locator('.month-fold__head:not(.month-fold__head--open)').filter({ visible: true })
  while ((await shut.count()) > 0) await shut.first().click()
  const unbound = onScreen(page)
    .locator('.review__owing', { has: page.locator('.tag', { hasText: '未绑定' }) })
    .filter({ visible: true })
    .first()
  const name = ((await unbound.locator('.review__owing-name').textContent()) ?? '').trim()
  assert.ok(name, 'the demo branch has an unbound member who still owes 补学')
  const owing = await visibleCount(page, '.review__owing')
  await unbound.getByText('登记线下补学').click()
  const title = `登记${name}的线下补学`
  await seen(page, title).waitFor()
  await page
    .getByPlaceholder('如：在支部活动室学习了会议记录，交了纸质心得', { exact: true })
    .and(page.locator('textarea'))
    .filter({ visible: true })
    .first()
    .fill('在支部活动室学习了会议记录，交了纸质心得')
  await shot(page, JOURNEY, '05-offline-sheet')
  await seen(page, '登记', true).click()
  // The answer is the page: the sheet put away and one fewer still owing, without loading again.
  await seen(page, title).waitFor({ state: 'hidden' })
  assert.equal(await visibleCount(page, '.review__owing'), owing - 1)
  await tallShot(page, '06-offline-recorded')
})
