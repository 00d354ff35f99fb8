import assert from 'node:assert/strict'
/**
 * Driving the H5 app in Debian's Chromium as a given person, with accessibility checks. Every
 * browser's clock is the cloud's: a phone's clock agrees with WeChat's servers, and the app's
 * 今天 / 明天 and the 发布活动 form's dates must agree with the data the cloud serves.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { chinaDate, chinaMonth } from '../core/dates'

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

/** A tap a person made, or a cloud call the app made (not from a timer), in the page's order. */
interface TapEvent {
  /** A mark: the journey itself opened a page (openAs). */
  kind: 'tap' | 'call' | 'mark'
  at: number
  /** The tapped element's words, or the action called. */
  what: string
  /** The page's route when it happened. */
  route: string
  /** A call made inside a timer's callback (a poll), not by the person. */
  timer?: boolean
  /** Which load of the page it happened in: a reload (the journey's, not a tap's) starts another. */
  doc: string
}

/**
 * Runs in every page before the app: reports each click and each call to `/fn/…` with the
 * action it names. A call made while a timer's callback runs (活动现场's poll) is marked, so
 * that only what a tap caused is counted against it.
 */
const TAP_SCRIPT = `(() => {
  const doc = Math.random().toString(36).slice(2)
  const send = (e) => { try { window.__e2eTap({ ...e, doc }) } catch {} }
  const route = () => location.hash.slice(location.hash.indexOf('/') + 1).split('?')[0]
  let inTimer = 0
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name]
    window[name] = function (fn, ...rest) {
      if (typeof fn !== 'function') return original.call(this, fn, ...rest)
      return original.call(this, function (...args) {
        inTimer++
        try { return fn.apply(this, args) } finally { inTimer-- }
      }, ...rest)
    }
  }
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('.ui-button, .ui-card, .entry-row, [role=button], button, a') || e.target : null
    send({ kind: 'tap', at: performance.now(), what: ((el && el.textContent) || '').trim().slice(0, 24), route: route() })
  }, true)
  const fetch0 = window.fetch
  window.fetch = function (input, init) {
    const url = String((input && input.url) || input)
    if (url.includes('/fn/')) {
      let action = ''
      try { action = JSON.parse(String(init && init.body)).action } catch {}
      send({ kind: 'call', at: performance.now(), what: action, route: route(), timer: inTimer > 0 })
    }
    return fetch0.apply(this, arguments)
  }
})()`

async function watchTaps(context: BrowserContext): Promise<TapEvent[]> {
  const events: TapEvent[] = []
  await context.exposeBinding('__e2eTap', (_source, event: TapEvent) => {
    events.push(event)
  })
  await context.addInitScript(TAP_SCRIPT)
  return events
}

/** Taps that cost more than one cloud call, across the run: `route「words」: action, action`. */
export const tapsWithSeveralCalls: string[] = []

/**
 * A tap's calls are those its own screen made after it, before the next tap or load (timers'
 * polls aside). A page the tap opened loads itself: that is the new screen's one call.
 */
function noteTapCalls(events: TapEvent[]): void {
  events.forEach((event, i) => {
    if (event.kind !== 'tap') return
    const calls: string[] = []
    for (const next of events.slice(i + 1)) {
      if (next.kind !== 'call' || next.doc !== event.doc) break
      if (!next.timer && next.route === event.route) calls.push(next.what)
    }
    if (calls.length <= 1) return
    const line = `${event.route}「${event.what}」: ${calls.join(', ')}`
    tapsWithSeveralCalls.push(line)
  })
}

process.on('exit', () => {
  if (tapsWithSeveralCalls.length === 0) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, `tap-calls-${process.pid}.txt`), tapsWithSeveralCalls.join('\n') + '\n')
  console.error(`A tap costs more than one cloud call (every tap one call):\n  ${tapsWithSeveralCalls.join('\n  ')}`)
  process.exitCode = 1
})

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

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: number
  /** Where the first few offending elements are, and why (axe's own summary), to read in a failure. */
  where: string[]
}

/** WCAG 2.2 AA as axe-core checks it; in 长辈版, targets must be at least 60 px. */
export async function axeViolations(page: Page, options: { elder?: boolean } = {}): Promise<AxeViolation[]> {
  await page.evaluate(AXE)
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; the page
  // has no such helper, so give it one that does nothing.
  await page.evaluate('window.__name = window.__name || ((f) => f)')
  return page.evaluate(async (elder) => {
    type Axe = {
      configure(spec: unknown): void
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: Array<{
          id: string
          impact: string | null
          help: string
          nodes: Array<{ target: unknown[]; failureSummary?: string }>
        }>
      }>
    }
    const axe = (window as unknown as { axe: Axe }).axe
    if (elder) axe.configure({ checks: [{ id: 'target-size', options: { minSize: 60 } }] })
    // A screen is judged at rest: contrast read half-way through a toast's fade or a sheet's
    // slide is not what a person sees. Wait for every finite animation and transition to end;
    // if one started while axe ran (a toast fading out), judge the screen again once it has.
    const finite = () =>
      document.getAnimations().filter((a) => {
        const end = a.effect?.getComputedTiming().endTime
        return a.playState === 'running' && typeof end === 'number' && Number.isFinite(end)
      })
    const settle = async () => {
      for (let running = finite(); running.length > 0; running = finite()) {
        await Promise.all(running.map((a) => a.finished.catch(() => undefined)))
      }
    }
    let moved = false
    const onMove = () => {
      moved = true
    }
    const events = ['transitionstart', 'animationstart'] as const
    for (const e of events) document.addEventListener(e, onMove, true)
    try {
      for (let attempt = 0; ; attempt += 1) {
        await settle()
        moved = false
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          rules: { 'target-size': { enabled: true } },
        })
        if ((!moved && finite().length === 0) || attempt === 3) return summarise(result.violations)
      }
    } finally {
      for (const e of events) document.removeEventListener(e, onMove, true)
    }

    function summarise(violations: Awaited<ReturnType<Axe['run']>>['violations']) {
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        where: v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }))
    }
  }, options.elder ?? false)
}

/** Fails the step when axe finds a serious or critical violation on the screen, saying where. */
export async function noSeriousViolations(page: Page, screen: string, elder = false): Promise<void> {
  const serious = (await axeViolations(page, { elder })).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  assert.deepEqual(serious, [], `${screen}${elder ? '（长辈版）' : ''}: ${JSON.stringify(serious)}`)
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
