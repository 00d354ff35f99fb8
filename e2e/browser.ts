/**
 * Driving the H5 app in Debian's Chromium as a given person, with accessibility checks. Every
 * browser's clock is the cloud's: a phone's clock agrees with WeChat's servers, and the app's
 * 今天 / 明天 and the 发布活动 form's dates must agree with the data the cloud serves.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { chinaDate, chinaMonth } from '../core/dates'
import { noteTapCalls, watchTaps } from './taps'

export { axeViolations, noSeriousViolations, type AxeViolation } from './axe'
export { tapsWithSeveralCalls } from './taps'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8787'
const OPENID_KEY = 'dangjian.demo.openid'
const SCREENSHOTS = join(__dirname, 'screenshots')

/** The run's "now" (e2e/run.ts sets it from TEST_NOW): where the cloud's clock started. */
export const TEST_NOW = Date.parse(process.env.TEST_NOW ?? '')

/** `YYYY-MM-DD` / `YYYY-MM` of the run's "now" in China. */
export const testDay = (): string => chinaDate(TEST_NOW)
export const testMonth = (): string => chinaMonth(TEST_NOW)

export interface Session {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** A fresh browser profile: nothing carried over between people. */
export async function openBrowser(viewport = { width: 390, height: 844 }): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  await context.clock.install({ time: await cloudNow() })
  const problems = watchForProblems(context)
  const taps = await watchTaps(context)
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  const session: Session = {
    context,
    page,
    close: async () => {
      open.delete(session)
      noteTapCalls(taps)
      await context.close()
      rmSync(profile, { recursive: true, force: true })
      if (problems.length > 0)
        throw new Error(`the browser saw ${problems.length} problem(s):\n  ${problems.join('\n  ')}`)
    },
  }
  open.add(session)
  return session
}

const open = new Set<Session>()

/**
 * What a person never sees but a careful engineer would: uncaught errors, console errors and
 * failed requests (a missing file, a refused call) on any page of the profile. A session that
 * saw any fails when it closes, so every journey proves its screens ran clean.
 */
function watchForProblems(context: BrowserContext): string[] {
  const problems: string[] = []
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console error on ${page.url()}: ${message.text()} (${message.location().url || 'no source'})`)
    })
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
  return problems
}

async function cloudNow(): Promise<number> {
  const { now } = (await hub('clock')) as { now: string }
  return Date.parse(now)
}

/** After the cloud's clock moved, every open browser's clock moves with it. */
async function followCloudClock(): Promise<void> {
  const now = await cloudNow()
  await Promise.all([...open].map((s) => s.context.clock.setSystemTime(now)))
}

let identitySteps = 0

/**
 * Opens the app as the person with this openid (the H5 identity switcher's storage). The
 * identity is written before any of the app's scripts run, so no load ever starts as someone
 * else (a first load as a stranger would send the tab to 绑定 while the identity arrives).
 */
export async function openAs(page: Page, openid: string, path = 'pages/home/index'): Promise<void> {
  // What opens now is the journey's doing, not the last tap's.
  await page
    .evaluate(() =>
      (window as { __e2eTap?: (e: object) => void }).__e2eTap?.({ kind: 'mark', at: 0, what: '', route: '', doc: '' }),
    )
    .catch(() => undefined)
  const step = ++identitySteps
  // Applied once, on the next load: later reloads keep whatever the app itself stores (the
  // identity switcher), and an earlier openAs's script never overrides a later one.
  await page.addInitScript(
    ([key, value, n]) => {
      if (Number(window.sessionStorage.getItem('e2e.identityStep') ?? 0) >= Number(n)) return
      window.localStorage.setItem(key, value)
      window.sessionStorage.setItem('e2e.identityStep', n)
    },
    [OPENID_KEY, openid, String(step)],
  )
  await page.goto(`${BASE_URL}/#/${path}`)
  // Same-document hash changes keep the old app running: start it again as this person.
  await page.reload()
}

/**
 * The document, but only while no page is sliding in. During Taro H5's page transition (300 ms,
 * longer on a loaded machine) the page being left stays visible beside the new one until its
 * timer shades it, so a visible text found then can be the old page's and vanish under the
 * click. Locators under this root wait until exactly one page is shown; dialogs, toasts and
 * sheets appended to <body> are still inside it.
 */
export function onScreen(page: Page): Locator {
  return page.locator('html:not(:has(.taro_page:not(.taro_page_shade) ~ .taro_page:not(.taro_page_shade)))')
}

/** Text on the page a person can see: Taro's H5 keeps earlier pages in the DOM, hidden. */
export function seen(page: Page, text: string | RegExp, exact = false): Locator {
  return onScreen(page).getByText(text, { exact }).filter({ visible: true }).first()
}

export async function shot(page: Page, journey: string, step: string): Promise<void> {
  mkdirSync(join(SCREENSHOTS, journey), { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, journey, `${step}.png`), fullPage: true })
}

/**
 * The local cloud's admin hub. `seed` and `clock` take `{ now }` (an ISO instant; null for the
 * run's TEST_NOW); open browsers follow any change of the cloud's clock.
 */
export async function hub(path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${BASE_URL}/_admin/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: unknown = await res.json()
  if (body !== undefined && ['seed', 'clock', 'reset'].includes(path)) await followCloudClock()
  return json
}

export interface Identity {
  openid: string
  name: string
  role: 'member' | 'secretary' | 'admin' | 'stranger'
  branchName?: string
  duty?: string
}

export async function identities(): Promise<Identity[]> {
  return (await hub('identities')) as Identity[]
}
