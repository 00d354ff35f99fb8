/**
 * 长辈版 over every screen (issue 12): every page registered in src/app.config.ts is opened as
 * the person it is for, with the demo bureau loaded, in the standard theme and in 长辈版. In
 * 长辈版: axe (WCAG 2.2 AA, targets ≥ 60 px) and every visible text node ≥ 18 px with line height
 * ≥ 1.3; the size control reaches ≥ 30 px at its largest level. A screenshot of each screen in
 * both themes, and a contact sheet of them all in e2e/screenshots/elder-tour/index.html.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  axeViolations,
  BASE_URL,
  hub,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  type Session,
} from '../browser'
import { smallText, writeContactSheet, type SheetRow } from '../tour/checks'
import { appPages } from '../../scripts/app-pages'
import { buildPlan, type Plan, type Visit } from '../tour/plan'
import { DEMO_PROXY } from '../../demo/proxy'
import { demoOpenid } from '../../demo/identities'

const JOURNEY = 'elder-tour'
const SHOTS = join(__dirname, '..', 'screenshots', JOURNEY)
const browsers = new Map<string, Session>()
const rows: SheetRow[] = []
let routes: string[] = []
let plan: Plan = { visits: {} }

before(async () => {
  await hub('seed', { now: null })
  routes = appPages()
  plan = await buildPlan()
  mkdirSync(SHOTS, { recursive: true })
})
after(async () => {
  writeContactSheet(SHOTS, rows, new Date(TEST_NOW).toISOString())
  await Promise.all([...browsers.values()].map((b) => b.close()))
})

function titleOf(route: string): string {
  const file = join(__dirname, '..', '..', 'src', `${route}.config.ts`)
  const found = existsSync(file) ? /navigationBarTitleText:\s*'([^']+)'/.exec(readFileSync(file, 'utf8')) : null
  return found?.[1] ?? route
}

async function setDisplay(page: Page, elder: boolean, level = 0): Promise<void> {
  await page.evaluate(
    ([on, l]) =>
      localStorage.setItem('dangjian.display', JSON.stringify({ data: { elder: on, level: l, decided: true } })),
    [elder, level] as const,
  )
  await page.reload()
}

/** Opened, loaded, and not an error screen. */
async function ready(page: Page, route: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  await seen(page, '正在加载…').waitFor({ state: 'hidden' })
  await page.waitForTimeout(150)
  const failed = await seen(page, '没能打开').isVisible()
  assert.ok(!failed, `${route}: the screen failed to load`)
}

async function open(route: string, visit: Visit): Promise<Page> {
  let session = browsers.get(visit.as)
  if (!session) {
    session = await openBrowser()
    browsers.set(visit.as, session)
    await openAs(session.page, visit.as, `${route}${visit.query ? `?${visit.query}` : ''}`)
  } else {
    await session.page.goto(`${BASE_URL}/#/${route}${visit.query ? `?${visit.query}` : ''}`)
    await session.page.reload()
  }
  return session.page
}

/** The whole screen: Taro's H5 page scrolls inside itself, so the viewport grows to hold it. */
async function fullShot(page: Page, step: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('.taro_page, body')].map((e) => e.scrollHeight)),
  )
  await page.setViewportSize({ width: 390, height: Math.min(Math.max(height, 844), 6000) })
  // The H5 demo's identity button floats over the screen: left out of the picture.
  const hide = await page.addStyleTag({ content: '.identity-fab { display: none !important; }' })
  await shot(page, JOURNEY, step)
  await hide.evaluate((style) => (style as HTMLElement).remove())
  await page.setViewportSize({ width: 390, height: 844 })
}

const serious = (list: Awaited<ReturnType<typeof axeViolations>>) =>
  list.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}（${v.nodes}处）：${v.help}`)

test('the plan names every page of app.config.ts, and only those', () => {
  assert.deepEqual(Object.keys(plan.visits).sort(), [...routes].sort())
})

test('every screen in both themes: axe in 长辈版 with 60 px targets, text ≥ 18 px, line height ≥ 1.3', async () => {
  const failures: string[] = []
  for (const route of routes) {
    const visit = plan.visits[route]
    if (!visit) continue
    const name = route.replace(/\/index$/, '').replace(/\//g, '-')
    const page = await open(route, visit)
    await setDisplay(page, false)
    await ready(page, route)
    await fullShot(page, `${name}-standard`)
    const problems = serious(await axeViolations(page)).map((p) => `标准版 ${p}`)
    await setDisplay(page, true)
    await ready(page, route)
    await fullShot(page, `${name}-elder`)
    problems.push(...serious(await axeViolations(page, { elder: true })).map((p) => `长辈版 ${p}`))
    for (const t of await smallText(page, 18, 1.3)) {
      problems.push(`长辈版 文字“${t.text}”${t.sizePx}px，行高${t.lineRatio ?? '默认'}`)
    }
    rows.push({
      route,
      title: titleOf(route),
      who: visit.who,
      standard: `${name}-standard.png`,
      elder: `${name}-elder.png`,
      problems,
    })
    failures.push(...problems.map((p) => `${route}: ${p}`))
  }
  assert.deepEqual(failures, [])
})

test('the size control reaches 30 px at its largest level (我的 → 大字模式 → 超大)', async () => {
  const page = await open('pages/me/index', { as: demoOpenid(DEMO_PROXY.proxyId), who: '', query: '' })
  await setDisplay(page, true, 0)
  await ready(page, 'pages/me/index')
  await seen(page, '超大', true).click()
  await seen(page, '✓ 超大').waitFor()
  const px = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  assert.ok(px >= 30, `root ${px}px`)
  const text = await seen(page, '所在支部').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(text >= 30, `main text ${text}px`)
  await shot(page, JOURNEY, 'me-elder-largest')
})

test('a long sheet is reachable by keyboard: the binding code in 长辈版 at its largest text', async () => {
  // A panel of text and Taro's buttons only (none natively focusable): what axe flagged before.
  const page = await open('packageSecretary/pages/members/index', { as: demoOpenid('m-b1-01'), who: '', query: '' })
  await page.setViewportSize({ width: 390, height: 560 })
  await setDisplay(page, true, 2)
  await ready(page, 'packageSecretary/pages/members/index')
  await seen(page, '生成绑定码', true).click()
  await seen(page, '有效至').waitFor()
  const panel = onScreen(page).locator('.ui-sheet__panel').filter({ visible: true })
  assert.ok(await panel.evaluate((el) => el.scrollHeight > el.clientHeight), 'the sheet should scroll at this size')
  await page.waitForFunction(() => document.activeElement?.classList.contains('ui-sheet__panel'))
  await page.keyboard.press('PageDown')
  // The scroll lands over a frame or more (smooth scrolling, a busy machine): wait for it, not just one look.
  const scrolled = await page
    .waitForFunction((el) => (el?.scrollTop ?? 0) > 0, await panel.elementHandle(), { timeout: 5000 })
    .then(
      () => true,
      () => false,
    )
  assert.ok(scrolled, 'PageDown scrolls the panel')
  const violations = await axeViolations(page, { elder: true })
  assert.deepEqual(
    violations.filter(
      (v) => v.id === 'scrollable-region-focusable' || v.impact === 'serious' || v.impact === 'critical',
    ),
    [],
  )
  await shot(page, JOURNEY, 'sheet-binding-code-elder-largest')
  await page.setViewportSize({ width: 390, height: 844 })
})

test('审计日志’s 筛选 in both themes at 390 px: kinds folded by domain, pickers that search, 清除 and 确定 always in sight', async () => {
  const route = 'packageAdmin/pages/audit/index'
  const page = await open(route, plan.visits[route])
  for (const [elder, theme] of [
    [false, 'standard'],
    [true, 'elder'],
  ] as const) {
    await setDisplay(page, elder)
    await ready(page, route)
    const hide = await page.addStyleTag({ content: '.identity-fab { display: none !important; }' })
    await seen(page, /^筛选：/).click()
    await seen(page, '筛选记录', true).waitFor()
    await shot(page, JOURNEY, `audit-filter-${theme}`)
    // Opened out as far as it goes: two domains and the person picker.
    await seen(page, '活动与考勤', true).click()
    await seen(page, '组织生活', true).click()
    await seen(page, '请假', true).click()
    await seen(page, '操作人：全部人员', true).click()
    const foot = onScreen(page).locator('.audit-filter__foot').filter({ visible: true })
    const panel = onScreen(page).locator('.ui-sheet__panel').filter({ visible: true })
    // The picker just opened is brought up: its search box in sight above the fixed foot.
    // The native input, not Taro's <taro-input-core> host that carries the same placeholder.
    const search = onScreen(page)
      .getByPlaceholder('输入操作人名称查找', { exact: true })
      .and(page.locator('input'))
      .filter({ visible: true })
    await page.waitForFunction(
      ([box, bar]) => !!box && !!bar && box.getBoundingClientRect().bottom <= bar.getBoundingClientRect().top,
      [await search.elementHandle(), await foot.elementHandle()] as const,
      { timeout: 5000 },
    )
    await shot(page, JOURNEY, `audit-filter-${theme}-person-search`)
    assert.ok(await panel.evaluate((el) => el.scrollHeight > el.clientHeight), `${theme}: the sheet scrolls`)
    for (const label of ['清除', '确定']) {
      const box = await foot.getByText(label, { exact: true }).boundingBox()
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `${theme}: ${label} in sight`)
    }
    // The person picker at the sheet's end, the foot still over it.
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await seen(page, '✓ 全部人员', true).waitFor()
    await shot(page, JOURNEY, `audit-filter-${theme}-opened`)
    if (elder) {
      const violations = await axeViolations(page, { elder: true })
      assert.deepEqual(serious(violations), [])
    }
    await foot.getByText('取消', { exact: true }).click()
    await hide.evaluate((style) => (style as HTMLElement).remove())
  }
})

test('支部管理’s grid at the largest text: names whole on one line, two columns; a folded month opens', async () => {
  const page = await open('packageSecretary/pages/overview/index', { as: demoOpenid('m-b1-01'), who: '', query: '' })
  await setDisplay(page, true, 2)
  await ready(page, 'packageSecretary/pages/overview/index')
  const tiles = onScreen(page).locator('.service-tile').filter({ visible: true })
  const measured = await tiles.evaluateAll((all) =>
    all.map((tile) => {
      const name = tile.querySelector('.service-tile__name') as HTMLElement
      const style = getComputedStyle(name)
      return {
        name: name.textContent ?? '',
        lines: Math.round(name.getBoundingClientRect().height / parseFloat(style.lineHeight)),
        left: Math.round(tile.getBoundingClientRect().left),
        height: tile.getBoundingClientRect().height,
      }
    }),
  )
  assert.ok(measured.length > 10)
  assert.deepEqual(
    measured.filter((m) => m.lines !== 1).map((m) => m.name),
    [],
  )
  assert.equal(new Set(measured.map((m) => m.left)).size, 2, 'two columns at 超大')
  assert.ok(measured.every((m) => m.height >= 60))
  await shot(page, JOURNEY, 'grid-elder-largest')

  await page.goto(`${BASE_URL}/#/packageSecretary/pages/dues-ledger/index`)
  await page.reload()
  await ready(page, 'packageSecretary/pages/dues-ledger/index')
  const shut = onScreen(page).locator('.month-fold__head').filter({ visible: true }).filter({ hasText: '展开 ▾' })
  const before = await shut.count()
  assert.ok(before > 0, 'earlier months are folded')
  await shut.first().click()
  assert.equal(await shut.count(), before - 1)
  await shot(page, JOURNEY, 'ledger-month-opened-elder-largest')
})

/**
 * What a newcomer's walk at 超大 found (layout, not type size): text past its card's right edge
 * (制度落实's month grid), a button label broken mid-word (确认完/成), a summary run on into one
 * line (知识测试 谁已完成).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    // No named functions in here: tsx would wrap them in a helper the browser does not have.
    const seenHere = { checkOpacity: true, checkVisibilityCSS: true }
    const screen =
      [...document.querySelectorAll('.taro_page')].find((p) => p.checkVisibility(seenHere)) ?? document.body
    for (const card of screen.querySelectorAll('.ui-card')) {
      if (!card.checkVisibility(seenHere)) continue
      const edge = card.getBoundingClientRect().right
      for (const el of card.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect()
        if (el.checkVisibility(seenHere) && rect.width > 0 && rect.right > edge + 1 && el.textContent?.trim()) {
          out.push(`“${el.textContent.trim().slice(0, 20)}”超出卡片右边${Math.round(rect.right - edge)}px`)
          break
        }
      }
    }
    for (const button of screen.querySelectorAll('.ui-button')) {
      if (!button.checkVisibility(seenHere)) continue
      const range = document.createRange()
      range.selectNodeContents(button)
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
      if (tops.size > 1) out.push(`按钮“${button.textContent?.trim()}”折成${tops.size}行`)
    }
    for (const summary of screen.querySelectorAll('.quiz-branch__summary')) {
      const tops = [...summary.children].map((c) => Math.round(c.getBoundingClientRect().top))
      if (new Set(tops).size !== tops.length) out.push('测试概要挤在一行')
    }
    return out
  })
}

test('at the largest text: nothing past a card’s edge, button labels whole, a summary line by line', async () => {
  const failures: string[] = []
  for (const route of [
    'packageAdmin/pages/compliance/index',
    'packageAdmin/pages/attendance/index',
    'packageSecretary/pages/review/index',
    'packageSecretary/pages/dues/index',
    'packageSecretary/pages/quiz/index',
  ]) {
    const page = await open(route, plan.visits[route])
    await setDisplay(page, true, 2)
    await ready(page, route)
    failures.push(...(await layoutProblems(page)).map((p) => `${route}: ${p}`))
    await fullShot(page, `${route.replace(/\/index$/, '').replace(/\//g, '-')}-elder-largest`)
  }
  assert.deepEqual(failures, [])
})

test('活动安排 in 长辈版: the month and the row buttons never break a word; 调整时间 says the day with its weekday', async () => {
  const route = 'packageSecretary/pages/schedule/index'
  const failures: string[] = []
  for (const level of [0, 2]) {
    const page = await open(route, plan.visits[route])
    await setDisplay(page, true, level)
    await ready(page, route)
    failures.push(...(await layoutProblems(page)).map((p) => `${level}: ${p}`))
    const name = onScreen(page).locator('.schedule__month-name').filter({ visible: true })
    const lines = await name.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size
    })
    if (lines !== 1) failures.push(`${level}: 月份折成${lines}行`)
    await fullShot(page, `schedule-elder-${level}`)
  }
  assert.deepEqual(failures, [])
  const page = await open(route, plan.visits[route])
  await seen(page, '调整时间', true).click()
  await seen(page, /^\d{4}年\d{1,2}月\d{1,2}日（周.）$/).waitFor()
  await shot(page, JOURNEY, 'schedule-move-sheet-elder')
  await seen(page, '取消', true).click()
})

test('组织关系转出’s 设置: each switch says 已开启/已关闭 and is a tap target of 44 px (60 in 长辈版)', async () => {
  const route = 'packageAdmin/pages/transfers/index'
  const page = await open(route, plan.visits[route])
  for (const [elder, min] of [
    [false, 44],
    [true, 60],
  ] as const) {
    await setDisplay(page, elder)
    await ready(page, route)
    await seen(page, '设置', true).click()
    const switches = onScreen(page).locator('[role=switch]').filter({ visible: true })
    assert.equal(await switches.count(), 2)
    for (const box of await switches.evaluateAll((all) =>
      all.map((el) => ({ text: el.textContent ?? '', height: el.getBoundingClientRect().height })),
    )) {
      assert.match(box.text, /已开启|已关闭/)
      assert.ok(box.height >= min, `${box.text}: ${box.height}px < ${min}px`)
    }
    await shot(page, JOURNEY, `transfers-settings-${elder ? 'elder' : 'standard'}`)
    await seen(page, '取消', true).click()
  }
})

test('切换身份 at the largest text on a sub-page: 关闭 whole, the sheet to the bottom, people in words', async () => {
  const route = 'packageSecretary/pages/dues/index'
  const page = await open(route, plan.visits[route])
  await setDisplay(page, true, 2)
  await ready(page, route)
  await page.locator('.identity-fab').click()
  const sheet = page.locator('.identity-panel__sheet')
  await sheet.getByText('支部书记和支委', { exact: false }).first().waitFor()
  const close = sheet.locator('.ui-button').filter({ hasText: '关闭' })
  const box = await close.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
  })
  assert.equal(box, 1, '关闭 on one line')
  const gap = await sheet.evaluate((el) => window.innerHeight - el.getBoundingClientRect().bottom)
  assert.ok(gap <= 1, `the sheet stops ${gap}px short of the bottom`)
  const text = (await sheet.textContent()) ?? ''
  assert.ok(!text.includes('openid'), 'no raw openid')
  assert.ok(/当前：\S+ · 机关/.test(text), 'the current person in words')
  assert.ok(text.includes('刚绑定'), 'the demo’s newcomer marked')
  await shot(page, JOURNEY, 'switcher-elder-largest')
  await sheet.locator('.ui-button').filter({ hasText: '关闭' }).click()
})
