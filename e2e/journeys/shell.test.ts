/**
 * The app shell, as each kind of person first meets it: a stranger is offered 绑定 on every tab, a
 * member sees their greeting and the four tabs, 长辈版 makes text and targets large, the H5-only
 * identity switcher finds someone as one types and changes who the browser is, and the admin hub
 * moves the cloud's clock in China time — the app's 首页 following it.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { chinaParts } from '../../core/dates'
import {
  axeViolations,
  BASE_URL,
  hub,
  identities,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  type Identity,
  type Session,
} from '../browser'

let browser: Session
let people: Identity[]

before(async () => {
  await hub('seed', {})
  people = await identities()
  browser = await openBrowser()
})
after(() => browser.close())

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')

test('a stranger is offered 去绑定 on every tab, the tab bar staying, and reaches the binding page', async () => {
  const stranger = people.find((p) => p.role === 'stranger')
  assert.ok(stranger)
  const { page } = browser
  await openAs(page, stranger.openid)
  for (const tab of ['首页', '学习', '活动', '我的']) {
    await page.locator('.weui-tabbar__item').filter({ hasText: tab }).click()
    await seen(page, '请先绑定党员身份').waitFor()
    await seen(page, '去绑定', true).waitFor()
  }
  assert.deepEqual(serious(await axeViolations(page)), [])
  await shot(page, 'shell', '1-stranger-me')
  await seen(page, '去绑定', true).click()
  await seen(page, '绑定码').waitFor()
  assert.match(page.url(), /pages\/bind/)
  await shot(page, 'shell', '1-stranger-bind')
})

test('a member sees their greeting, branch and tabs, accessibly', async () => {
  const member = people.find((p) => p.role === 'member')
  assert.ok(member)
  const { page } = browser
  await openAs(page, member.openid)
  await seen(page, `${member.name}，您好`).waitFor()
  await seen(page, member.branchName ?? '').waitFor()
  for (const tab of ['首页', '学习', '活动', '我的']) await seen(page, tab, true).waitFor()
  assert.deepEqual(serious(await axeViolations(page)), [])
  await shot(page, 'shell', '2-member-home')
})

test('长辈版 makes text at least 18 px with 1.3 line height and targets at least 60 px', async () => {
  const { page } = browser
  await seen(page, '未开启，点此开启').click()
  await seen(page, '已开启，点此关闭').waitFor()
  const metrics = await page.evaluate(() => {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize)
    const shown = [...document.querySelectorAll('.page-subtitle, .switch-row__name')].filter(
      (el) => (el as HTMLElement).offsetParent !== null,
    )
    const texts = shown.map((el) => {
      const style = getComputedStyle(el)
      return { size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight) / parseFloat(style.fontSize) }
    })
    return { root, texts }
  })
  assert.ok(metrics.root >= 18, `root font size ${metrics.root}`)
  for (const t of metrics.texts) {
    assert.ok(t.size >= 18, `text of ${t.size}px`)
    assert.ok(Number.isNaN(t.line) || t.line >= 1.3, `line height ${t.line}`)
  }
  assert.deepEqual(serious(await axeViolations(page, { elder: true })), [])
  await shot(page, 'shell', '3-member-home-elder')
  await seen(page, '已开启，点此关闭').click()
})

test('我的 shows who I am', async () => {
  const { page } = browser
  await seen(page, '我的', true).click()
  await seen(page, '长辈版（大字）').waitFor()
  await shot(page, 'shell', '4-member-me')
})

test('the identity switcher finds a secretary as one types and turns the browser into them', async () => {
  const secretary = people.find((p) => p.role === 'secretary' && p.duty === '书记')
  assert.ok(secretary)
  const { page } = browser
  await seen(page, '切换身份').click()
  await seen(page, '只在浏览器演示版中出现', false).waitFor()
  await seen(page, `共${people.length}人`).waitFor()
  await shot(page, 'shell', '5-switcher')
  await page.locator('.identity-panel__search input').fill(`${secretary.name} 书记`)
  await seen(page, /^找到\d+人（共\d+人）$/).waitFor()
  assert.equal(await page.locator('.identity-row', { hasText: '·' }).count(), 1)
  await shot(page, 'shell', '5-switcher-found')
  await page.locator('.identity-panel__search input').fill('没有这个人')
  await seen(page, '没有找到“没有这个人”', false).waitFor()
  await page.locator('.identity-panel__search input').fill(secretary.name)
  await seen(page, `${secretary.name} · ${secretary.branchName} · 书记`).click()
  await seen(page, `${secretary.name}，您好`).waitFor()
  await shot(page, 'shell', '6-secretary-home')
})

test("the hub moves the cloud's clock in China time, asks before it wipes, and 首页's date follows the cloud", async () => {
  const { page, context } = browser
  const later = chinaParts(TEST_NOW + 3 * 86_400_000)
  const day = `${later.year}-${String(later.month).padStart(2, '0')}-${String(later.day).padStart(2, '0')}`
  const hubPage = await context.newPage()
  await hubPage.goto(`${BASE_URL}/_admin`)
  await hubPage.locator('#clock .clock-now').getByText('（北京时间）').waitFor()
  await hubPage.fill('#now', `${day} 09:00`)
  await hubPage.getByRole('button', { name: '设定云端时间' }).click()
  await hubPage.getByText(`云端时间已设为 ${later.year}年${later.month}月${later.day}日 09:00（北京时间）。`).waitFor()
  assert.match(await hubPage.locator('#clock').innerText(), /比真实时间[快慢]\S+|与真实时间一致/)
  await hubPage.getByRole('button', { name: '查看各集合的记录数' }).click()
  await hubPage.getByText(/^共\d+个集合、\d+条记录。$/).waitFor()
  await hubPage.getByText('党员名册与微信绑定').waitFor()
  assert.deepEqual(serious(await axeViolations(hubPage)), [])
  await shot(hubPage, 'shell', '7-hub')
  // 重置 asks first, in the page's own dialog; 取消 leaves everything as it was.
  await hubPage.getByRole('button', { name: '重置并载入演示数据' }).click()
  const dialog = hubPage.locator('dialog[open]')
  await dialog.getByText('重置并载入演示数据？').waitFor()
  await shot(hubPage, 'shell', '8-hub-confirm')
  await dialog.getByRole('button', { name: '取消' }).click()
  await hubPage.getByText('已取消，数据没有改动。').waitFor()
  await hubPage.close()
  // The browser's own clock has not moved: 首页 takes the cloud's day from the cloud's answer.
  await page.reload()
  await seen(page, `${later.month}月${later.day}日 星期${'日一二三四五六'[later.weekday]}`).waitFor()
  await shot(page, 'shell', '9-home-on-cloud-clock')
  await hub('clock', { now: null })
})
