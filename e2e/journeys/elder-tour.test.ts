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
