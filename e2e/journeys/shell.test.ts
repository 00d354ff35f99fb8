/**
 * The app shell, as each kind of person first meets it: a stranger is offered 绑定 on every tab, a
 * member sees their greeting and the four tabs, 长辈版 makes text and targets large, and the
 * H5-only identity switcher changes who the browser is.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  axeViolations,
  hub,
  identities,
  openAs,
  openBrowser,
  seen,
  shot,
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
    const shown = [...document.querySelectorAll('.page-subtitle, .elder-switch__name')].filter(
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

test('the identity switcher turns the browser into a secretary', async () => {
  const secretary = people.find((p) => p.role === 'secretary' && p.duty === '书记')
  assert.ok(secretary)
  const { page } = browser
  await seen(page, '切换身份').click()
  await seen(page, '切换演示身份').waitFor()
  await shot(page, 'shell', '5-switcher')
  await seen(page, secretary.name).click()
  await seen(page, `${secretary.name}，您好`).waitFor()
  await shot(page, 'shell', '6-secretary-home')
})
