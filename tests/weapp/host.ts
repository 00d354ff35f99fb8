/**
 * A WeChat logic layer in Node for the built mini-program (`dist/`, `npm run build:weapp`): the
 * bundle runs in a `vm` context with WeChat's globals (`App`, `Page`, `Component`, `getApp`,
 * `getCurrentPages`, `wx`), exactly as built; `wx.cloud.callFunction` goes to the local cloud's
 * front door (`POST /fn/<name>`, the caller in `X-WX-OPENID`) and answers `{ result: envelope }`.
 * Each page's `setData` is applied to the page's data as WeChat's view layer would, so a test can
 * read what is on screen, tap an element found by its text and type into an input (the events go
 * through the page's `eh`, Taro's event bridge, bubbling like WeChat's).
 *
 * One host is one phone: one person (openid), one launch, a stack of pages. What the app asked
 * of WeChat is recorded (cloud calls, navigation, toasts, subscribe sheets with whether they
 * came from a tap, privacy consent, scans); what went wrong is collected in `errors` (uncaught
 * rejections, throws from lifecycles, handlers and timers, console.error). A wx API the host does
 * not implement throws an error that names it, so a gap shows rather than passing silently.
 * Canvases (`<canvas type="2d">` nodes from SelectorQuery, `wx.createOffscreenCanvas`) record what
 * is drawn on them (canvas.ts; `page.canvas(id)`), laid out at the size a phone gives them (layout.ts).
 *
 * Here the phone; one page in page.ts, `wx` in wx.ts and wx-open.ts, what they share in host-kit.ts.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, posix, resolve } from 'node:path'
import vm from 'node:vm'
import { RecordingCanvas } from './canvas'
import { readTemplates, type NodeTemplate } from './templates'
import {
  fail,
  safeJson,
  sleep,
  type Callbacks,
  type CloudCall,
  type Fn,
  type HostError,
  type HostOptions,
  type PrivacyEvent,
  type Recorded,
} from './host-kit'
import { WeappPage } from './page'
import { makeWx } from './wx'

export {
  WINDOW_WIDTH,
  type HostOptions,
  type ScanAnswer,
  type PageHost,
  type CloudCall,
  type HostError,
  type PrivacyEvent,
  type Recorded,
  type SetDataCall,
} from './host-kit'
export { WeappPage } from './page'

export const DIST = resolve(__dirname, '../../dist')
/** Compiled once per process; run in each phone's context. */
const scripts = new Map<string, vm.Script>()
function compiled(file: string): vm.Script {
  let script = scripts.get(file)
  if (!script) {
    const code = readFileSync(file, 'utf8')
    script = new vm.Script(`(function (require, module, exports, __filename, __dirname) {${code}\n})`, {
      filename: file,
    })
    scripts.set(file, script)
  }
  return script
}

/** Unhandled rejections are attributed to the phone whose realm made the promise. */
const realms = new Map<unknown, WeappHost>()
let listening = false
function listenForRejections(): void {
  if (listening) return
  listening = true
  process.on('unhandledRejection', (reason, promise) => {
    for (const [PromiseOfRealm, host] of realms) {
      if (promise instanceof (PromiseOfRealm as PromiseConstructor)) {
        host.recordError('unhandledRejection', 'promise', reason)
        return
      }
    }
    throw reason
  })
}

interface Sandbox {
  Promise: PromiseConstructor
  JSON: JSON
  Error: ErrorConstructor
  setClock(ms: number): void
}

export class WeappHost {
  readonly options: HostOptions
  readonly dist: string
  readonly templates: Map<string, NodeTemplate>
  readonly appJson: {
    pages: string[]
    subPackages?: Array<{ root: string; pages: string[] }>
    tabBar?: { list: Array<{ pagePath: string }> }
  }
  /** Every cloud call, in order. */
  readonly calls: CloudCall[] = []
  readonly errors: HostError[] = []
  /** Everything else the app asked of WeChat: navigation, toasts, modals, scans, subscribe sheets… */
  readonly asked: Recorded[] = []
  readonly privacy: PrivacyEvent[] = []
  readonly storage = new Map<string, unknown>()
  /** Every `wx.createOffscreenCanvas`, in order (what was drawn or measured on it is in its ops). */
  readonly offscreenCanvases: RecordingCanvas[] = []
  /** The open pages, bottom first (getCurrentPages()). */
  readonly stack: WeappPage[] = []
  /** Subscribe grants told to the cloud, awaited by idle(). */
  /** For wx.ts. */
  background: Array<Promise<unknown>> = []
  private readonly context: vm.Context
  private readonly sandbox: Sandbox
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, Record<string, unknown>>()
  private loadingRoute: string | null = null
  private app: Record<string, unknown> | null = null
  private readonly timers = new Map<number, NodeJS.Timeout>()
  private nextTimer = 1
  private tapDepth = 0
  private seqNo = 0
  /** For wx.ts. */
  privacyListener: Fn | null = null
  privacyAgreed = false
  private agreeButtonTapped = false
  private pendingCalls = 0
  private closed = false
  readonly launchOptions: { path: string; query: Record<string, string>; scene: number; referrerInfo: object }

  private constructor(options: HostOptions, firstUrl: string, now: number) {
    this.options = options
    this.dist = options.dist ?? DIST
    this.templates = readTemplates(this.dist)
    this.appJson = JSON.parse(readFileSync(join(this.dist, 'app.json'), 'utf8'))
    const { route, query } = splitUrl(firstUrl)
    this.launchOptions = { path: route, query, scene: options.scene ?? 1001, referrerInfo: {} }
    this.context = vm.createContext(this.globals())
    this.sandbox = vm.runInContext(
      `(() => {
        const RealDate = Date
        let offset = 0
        class PhoneDate extends RealDate {
          constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args) }
          static now() { return RealDate.now() + offset }
        }
        globalThis.Date = PhoneDate
        return { Promise, JSON, Error, setClock: (ms) => { offset = ms - RealDate.now() } }
      })()`,
      this.context,
    ) as Sandbox
    this.sandbox.setClock(now)
    realms.set(this.sandbox.Promise, this)
    listenForRejections()
  }

  /** Starts the mini-program on this phone with `url` as the first page (`pages/signin/index?a=…`). */
  static async launch(url: string, options: HostOptions): Promise<{ host: WeappHost; page: WeappPage }> {
    const now = options.now ?? (await cloudNow(options.cloudUrl))
    const host = new WeappHost(options, url, now)
    host.require(join(host.dist, 'app.js'))
    if (!host.app) throw new Error('weapp host: app.js did not call App()')
    host.require(join(host.dist, 'comp.js'))
    const launch = host.toSandbox(host.launchOptions)
    host.guard('App.onLaunch', () => (host.app!.onLaunch as Fn | undefined)?.call(host.app, launch))
    host.guard('App.onShow', () => (host.app!.onShow as Fn | undefined)?.call(host.app, launch))
    const page = host.openPage(url)
    return { host, page }
  }

  get current(): WeappPage | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** Moves the phone's clock (after the cloud's moved: a phone agrees with WeChat's servers). */
  setClock(ms: number): void {
    this.sandbox.setClock(ms)
  }

  async followCloudClock(): Promise<void> {
    this.setClock(await cloudNow(this.options.cloudUrl))
  }

  /** Runs a line of code on the phone, as if the app ran it (the host's own tests; a console in a pinch). */
  evaluate(code: string): unknown {
    return vm.runInContext(code, this.context)
  }

  /** Everything recorded for one API (`asked('navigateTo')`). */
  askedFor(api: string): Recorded[] {
    return this.asked.filter((a) => a.api === api)
  }

  /** Opens a page on top of the stack, as navigateTo does. */
  openPage(url: string): WeappPage {
    const { route, query } = splitUrl(url)
    const config = this.pageConfig(route)
    const below = this.current
    if (below) this.guard(`${below.route} onHide`, () => below.call('onHide'))
    const page = new WeappPage(this, route, query, config)
    this.stack.push(page)
    page.start()
    return page
  }

  /** Waits until no cloud call is out and no page has changed for `quietMs`. */
  async idle(quietMs = 60, timeoutMs = 15_000): Promise<void> {
    const start = performance.now()
    for (;;) {
      await Promise.all(this.background)
      const last = Math.max(0, ...this.stack.map((p) => p.lastChange))
      if (this.pendingCalls === 0 && performance.now() - last >= quietMs) {
        await sleep(quietMs)
        const again = Math.max(0, ...this.stack.map((p) => p.lastChange))
        if (this.pendingCalls === 0 && again === last) return
      }
      if (performance.now() - start > timeoutMs) throw new Error(`weapp host: still busy after ${timeoutMs} ms`)
      await sleep(15)
    }
  }

  /** Ends the phone: unloads its pages and stops its timers. */
  close(): void {
    if (this.closed) return
    for (const page of [...this.stack].reverse()) this.guard(`${page.route} onUnload`, () => page.call('onUnload'))
    this.stack.length = 0
    this.closed = true
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
  }

  // ---- internals used by pages -------------------------------------------------------------

  seq(): number {
    return ++this.seqNo
  }

  inTap(): boolean {
    return this.tapDepth > 0
  }

  /** Runs `fn` as WeChat delivers a tap: anything asked synchronously inside counts as from the tap. */
  asTap<T>(fn: () => T): T {
    this.tapDepth++
    try {
      return fn()
    } finally {
      this.tapDepth--
    }
  }

  noteAgreeButton(): void {
    this.agreeButtonTapped = true
  }

  recordError(kind: HostError['kind'], where: string, error: unknown): void {
    const message =
      error instanceof Error || (error && typeof error === 'object' && 'stack' in error)
        ? String((error as Error).stack ?? (error as Error).message)
        : typeof error === 'object'
          ? safeJson(error)
          : String(error)
    this.errors.push({ kind, where, message, page: this.current?.route ?? '(launch)' })
  }

  /** Runs app code as WeChat would: a throw is reported (WeChat's onError), never fatal to the host. */
  guard<T>(where: string, fn: () => T): T | undefined {
    try {
      return fn()
    } catch (error) {
      this.recordError('thrown', where, error)
      return undefined
    }
  }

  toSandbox<T>(value: T): T {
    return value === undefined ? value : (this.sandbox.JSON.parse(JSON.stringify(value)) as T)
  }

  /** A timer of this phone (stopped when it closes), as the sandbox's setTimeout. */
  schedule(fn: () => void, ms: number): number {
    const id = this.nextTimer++
    if (this.closed) return id
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id)
        if (!this.closed) this.guard('setTimeout', fn)
      }, ms),
    )
    return id
  }

  unschedule(id: unknown): void {
    const t = this.timers.get(Number(id))
    if (t) clearTimeout(t)
    this.timers.delete(Number(id))
  }

  /** WeChat answers through the bridge: a later turn, never inside the caller's. */
  later(fn: () => void, ms = 0): void {
    if (this.closed) return
    const t = setTimeout(() => {
      this.timers.delete(id)
      if (!this.closed) this.guard('wx callback', fn)
    }, ms)
    const id = this.nextTimer++
    this.timers.set(id, t)
  }

  record(api: string, args: unknown): Recorded {
    const entry: Recorded = {
      api,
      args: args && typeof args === 'object' ? strip(args as Record<string, unknown>) : args,
      page: this.current?.route ?? '(launch)',
      insideTap: this.inTap(),
      seq: this.seq(),
    }
    this.asked.push(entry)
    return entry
  }

  private require(file: string): unknown {
    const path = file.endsWith('.js') ? file : `${file}.js`
    const cached = this.modules.get(path)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(path, module)
    const run = compiled(path).runInContext(this.context) as Fn
    const localRequire = (name: string) => {
      if (!name.startsWith('.'))
        throw new Error(`weapp host: require('${name}') from ${path}: only files of dist/ exist`)
      return this.require(resolve(dirname(path), name))
    }
    run.call(module.exports, localRequire, module, module.exports, path, dirname(path))
    return module.exports
  }

  private pageConfig(route: string): Record<string, unknown> {
    const known = [
      ...this.appJson.pages,
      ...(this.appJson.subPackages ?? []).flatMap((p) => p.pages.map((x) => `${p.root}/${x}`)),
    ]
    if (!known.includes(route)) throw new Error(`weapp host: ${route} is not a page of app.json`)
    if (!this.pageConfigs.has(route)) {
      this.loadingRoute = route
      try {
        this.require(join(this.dist, `${route}.js`))
      } finally {
        this.loadingRoute = null
      }
      if (!this.pageConfigs.has(route)) throw new Error(`weapp host: ${route}.js did not call Page()`)
    }
    return this.pageConfigs.get(route)!
  }

  private isTab(route: string): boolean {
    return (this.appJson.tabBar?.list ?? []).some((t) => t.pagePath === route)
  }

  navigate(api: string, options: Callbacks): void {
    const url = typeof options.url === 'string' ? options.url.replace(/^\//, '') : ''
    const follow = this.options.followNavigation !== false
    const done = (ok: boolean, message = '') =>
      this.later(() => {
        const res = this.toSandbox({ errMsg: `${api}:${ok ? 'ok' : `fail ${message}`}` })
        if (ok) options.success?.(res)
        else options.fail?.(res)
        options.complete?.(res)
      })
    if (api === 'navigateBack') {
      const delta = Number(options.delta ?? 1)
      if (this.stack.length <= 1) return done(false, 'cannot navigate back at first page.')
      if (follow) {
        for (let i = 0; i < delta && this.stack.length > 1; i++) {
          const top = this.stack.pop()!
          this.guard(`${top.route} onUnload`, () => top.call('onUnload'))
        }
        const shown = this.current!
        this.guard(`${shown.route} onShow`, () => shown.call('onShow'))
      }
      return done(true)
    }
    const { route } = splitUrl(url)
    if ((api === 'navigateTo' || api === 'redirectTo') && this.isTab(route))
      return done(false, `can not ${api} a tabbar page`)
    if (api === 'switchTab' && !this.isTab(route)) return done(false, `page "${route}" is not a tabbar page`)
    if (follow) {
      this.later(() => {
        if (api === 'redirectTo') {
          const top = this.stack.pop()
          if (top) this.guard(`${top.route} onUnload`, () => top.call('onUnload'))
        }
        if (api === 'switchTab' || api === 'reLaunch') {
          for (const top of this.stack.splice(0).reverse())
            this.guard(`${top.route} onUnload`, () => top.call('onUnload'))
        }
        this.openPage(url)
      })
    }
    done(true)
  }

  /** The privacy-scoped API `api`: consent first (base library ≥ 2.32.3), then `run`. */
  privacyScoped(api: string, options: Callbacks, run: () => void): void {
    const modern = !this.lacks('onNeedPrivacyAuthorization')
    if (!modern || this.privacyAgreed) {
      this.privacy.push({ kind: 'api', api, seq: this.seq(), consented: this.privacyAgreed })
      return run()
    }
    this.privacy.push({ kind: 'asked', api, seq: this.seq() })
    const listener = this.privacyListener
    if (!listener) {
      // __usePrivacyCheck__ without a listener: WeChat's own popup would ask. The app promises its own.
      this.recordError('privacy', api, new Error(`${api} called with no onNeedPrivacyAuthorization listener`))
      this.privacyAgreed = true
      this.privacy.push({ kind: 'api', api, seq: this.seq(), consented: false })
      return run()
    }
    let answered = false
    const resolveConsent = (answer: { event?: string; buttonId?: string } = {}) => {
      if (answer.event === 'exposureAuthorization') {
        this.privacy.push({ kind: 'popupShown', seq: this.seq() })
        return
      }
      if (answered) return
      answered = true
      if (answer.event === 'agree') {
        if (!this.agreeButtonTapped) {
          this.recordError('privacy', api, new Error('agreed without a tap on an agreePrivacyAuthorization button'))
        }
        this.privacyAgreed = true
        this.privacy.push({ kind: 'agreed', seq: this.seq() })
        this.privacy.push({ kind: 'api', api, seq: this.seq(), consented: true })
        this.later(run)
      } else {
        this.privacy.push({ kind: 'disagreed', seq: this.seq() })
        this.later(() => fail(options, api, 'privacy permission is not authorized', this))
      }
    }
    this.later(() => listener(resolveConsent, this.toSandbox({ referrer: api })))
  }

  lacks(api: string): boolean {
    return (this.options.without ?? []).includes(api)
  }

  private globals(): Record<string, unknown> {
    const setTimer =
      (repeat: boolean) =>
      (fn: Fn, ms?: number, ...args: unknown[]) => {
        const id = this.nextTimer++
        const run = () => {
          if (!repeat) this.timers.delete(id)
          if (!this.closed) this.guard(repeat ? 'setInterval' : 'setTimeout', () => fn(...args))
        }
        if (!this.closed) this.timers.set(id, repeat ? setInterval(run, ms) : setTimeout(run, ms))
        return id
      }
    const clearTimer = (id: unknown) => {
      const t = this.timers.get(Number(id))
      if (t) clearTimeout(t)
      this.timers.delete(Number(id))
    }
    const log =
      (level: 'log' | 'info' | 'warn' | 'debug') =>
      (...args: unknown[]) => {
        if (this.options.verbose) console[level](`[weapp ${this.current?.route ?? 'launch'}]`, ...args)
      }
    return {
      console: {
        log: log('log'),
        info: log('info'),
        warn: log('warn'),
        debug: log('debug'),
        error: (...args: unknown[]) => {
          const error = args.find((a) => a instanceof Error || (a && typeof a === 'object' && 'stack' in a))
          this.recordError(
            'console.error',
            'console.error',
            error ?? args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '),
          )
        },
      },
      setTimeout: setTimer(false),
      setInterval: setTimer(true),
      clearTimeout: clearTimer,
      clearInterval: clearTimer,
      wx: makeWx(this),
      App: (config: Record<string, unknown>) => {
        if (this.app) throw new Error('weapp host: App() called twice')
        this.app = config
      },
      Page: (config: Record<string, unknown>) => {
        if (!this.loadingRoute) throw new Error('weapp host: Page() called outside a page file')
        this.pageConfigs.set(this.loadingRoute, config)
      },
      Component: () => {
        // Taro's recursive `comp` renders parts of the page's own tree: nothing to run here.
      },
      Behavior: (config: unknown) => config,
      getApp: () => this.app,
      getCurrentPages: () => this.stack.map((p) => p.instance),
      requirePlugin: (name: string) => {
        throw new Error(`weapp host: requirePlugin('${name}') — the app declares no plugins`)
      },
      __wxConfig: { envVersion: 'develop', platform: 'devtools', appLaunchInfo: this.launchOptions },
    }
  }

  /** `wx.cloud.*`: a Promise without callbacks, the callbacks otherwise (WeChat's convention). */
  promiseOrCallbacks(api: string, options: Callbacks, work: () => Promise<object>): Promise<unknown> | undefined {
    const answer = new this.sandbox.Promise<unknown>((resolveIt, rejectIt) => {
      work().then(
        (value) => this.later(() => resolveIt(this.toSandbox({ ...value, errMsg: `${api}:ok` }))),
        (error: unknown) =>
          this.later(() => {
            const message =
              error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? error)
            rejectIt(this.toSandbox({ errMsg: message.startsWith(api) ? message : `${api}:fail ${message}` }))
          }),
      )
    })
    if (!options.success && !options.fail && !options.complete) return answer
    answer.then(
      (res) => {
        options.success?.(res)
        options.complete?.(res)
      },
      (res) => {
        options.fail?.(res)
        options.complete?.(res)
      },
    )
    return undefined
  }

  callFunction(options: Callbacks): Promise<unknown> | undefined {
    const data = (options.data ?? {}) as { action?: unknown; input?: unknown }
    const call: CloudCall = {
      seq: this.seq(),
      fn: String(options.name),
      action: String(data.action ?? ''),
      input: JSON.parse(JSON.stringify(data.input ?? null)),
      page: this.current?.route ?? '(launch)',
    }
    this.calls.push(call)
    this.current?.calls.push(call)
    this.pendingCalls++
    const started = performance.now()
    return this.promiseOrCallbacks('cloud.callFunction', options, async () => {
      try {
        const res = await fetch(`${this.options.cloudUrl}/fn/${encodeURIComponent(call.fn)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-WX-OPENID': this.options.openid },
          body: JSON.stringify(options.data ?? {}),
        })
        call.status = res.status
        const text = await res.text()
        call.ms = performance.now() - started
        try {
          call.envelope = JSON.parse(text)
        } catch {
          call.failed = `not JSON: ${text.slice(0, 80)}`
          throw new Error(`errCode: -501000 | errMsg: the front door answered ${res.status} ${text.slice(0, 80)}`)
        }
        // The front door's 5xx is the function failing: WeChat rejects the call instead.
        if (res.status >= 500) {
          call.failed = `${res.status}`
          throw new Error(`Error: errCode: -504002 functions execute fail | errMsg: ${text.slice(0, 200)}`)
        }
        return { result: call.envelope, requestID: `host-${call.seq}` }
      } finally {
        this.pendingCalls--
        call.answeredSeq = this.seq()
      }
    })
  }
}

export function splitUrl(url: string): { route: string; query: Record<string, string> } {
  const [path, search = ''] = url.replace(/^\//, '').split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    // WeChat hands a page its query as written: values are not decoded (`scene` arrives encoded).
    if (eq < 0) query[pair] = ''
    else query[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return { route: posix.normalize(path), query }
}

async function cloudNow(cloudUrl: string): Promise<number> {
  const res = await fetch(`${cloudUrl}/_admin/clock`)
  const { now } = (await res.json()) as { now: string }
  return Date.parse(now)
}

function strip(options: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) if (typeof value !== 'function') out[key] = value
  return JSON.parse(safeJson(out)) as Record<string, unknown>
}

/** Opens `url` on a fresh phone as `openid`: a cold start with that page first (a share, a scan, a notice). */
export async function openPage(url: string, options: HostOptions): Promise<WeappPage> {
  const { page } = await WeappHost.launch(url, options)
  return page
}
