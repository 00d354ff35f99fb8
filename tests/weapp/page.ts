/**
 * One page instance on the weapp host's phone (host.ts): its data as WeChat's view layer shows it,
 * what a person reads and taps on it, its canvases, and the SelectorQuery the app asks of it.
 */
import { RecordingCanvas } from './canvas'
import {
  indent,
  safeJson,
  sleep,
  WINDOW_WIDTH,
  type CloudCall,
  type Fn,
  type PageHost,
  type SetDataCall,
} from './host-kit'
import { sizeOf } from './layout'
import { selectorQuery } from './selector-query'
import {
  ancestorsOf,
  applyPath,
  buildTree,
  describe,
  findNode,
  matches,
  textOf,
  type Target,
  type WeappNode,
} from './tree'

/** One page instance on the phone: its data (what WeChat's view layer shows) and what it did. */
export class WeappPage {
  readonly host: PageHost
  readonly route: string
  readonly query: Record<string, string>
  readonly instance: Record<string, unknown>
  readonly data: Record<string, unknown> = {}
  readonly setDataCalls: SetDataCall[] = []
  /** The page's `<canvas type="2d">` nodes the app asked for, by element id. */
  readonly canvases = new Map<string, RecordingCanvas>()
  /** Cloud calls made while this page was on top. */
  readonly calls: CloudCall[] = []
  readonly openedSeq: number
  lastChange = performance.now()
  private readied = false

  constructor(host: PageHost, route: string, query: Record<string, string>, config: Record<string, unknown>) {
    this.host = host
    this.route = route
    this.query = query
    this.openedSeq = host.seq()
    Object.assign(this.data, JSON.parse(JSON.stringify(config.data ?? {})))
    const instance: Record<string, unknown> = {
      route,
      __route__: route,
      options: host.toSandbox(query),
      __wxWebviewId__: host.seq(),
      __wxExparserNodeId__: `page-${route}`,
      data: this.data,
      setData: (update: Record<string, unknown>, callback?: Fn) => this.setData(update, callback),
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => selectorQuery(host),
      getOpenerEventChannel: () => ({ emit: () => {}, on: () => {}, once: () => {}, off: () => {} }),
      getPageId: () => `pageId:${route}`,
    }
    for (const [key, value] of Object.entries(config)) if (key !== 'data') instance[key] = value
    this.instance = instance
  }

  start(): void {
    const query = this.host.toSandbox(this.query)
    this.host.guard(`${this.route} onLoad`, () => this.call('onLoad', query))
    this.host.guard(`${this.route} onShow`, () => this.call('onShow'))
  }

  call(lifecycle: string, ...args: unknown[]): unknown {
    const fn = this.instance[lifecycle]
    return typeof fn === 'function' ? (fn as Fn).apply(this.instance, args) : undefined
  }

  private setData(update: Record<string, unknown>, callback?: Fn): void {
    const json = JSON.stringify(update)
    this.setDataCalls.push({ seq: this.host.seq(), bytes: Buffer.byteLength(json), keys: Object.keys(update).length })
    for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, unknown>))
      applyPath(this.data, key, value)
    this.lastChange = performance.now()
    // The view layer has drawn it: the callback, and after the first render onReady.
    this.host.later(() => {
      if (typeof callback === 'function') callback.call(this.instance)
      if (!this.readied) {
        this.readied = true
        this.host.guard(`${this.route} onReady`, () => this.call('onReady'))
      }
    })
  }

  /** What was drawn on the canvas with this id (`page.canvas('live-qr').ops`). */
  canvas(id: string): RecordingCanvas {
    const found = this.canvases.get(id)
    if (!found)
      throw new Error(
        `weapp host: no canvas #${id} was asked for on ${this.route} (asked: ${[...this.canvases.keys()].join(', ') || 'none'})`,
      )
    return found
  }

  /** The canvas node WeChat hands out for this element: one per element, kept for the page's life. */
  canvasNode(node: WeappNode, size: { width: number; height: number }): RecordingCanvas {
    let canvas = this.canvases.get(node.id)
    if (!canvas) {
      canvas = new RecordingCanvas({
        kind: 'node',
        id: node.id,
        cssWidth: size.width,
        cssHeight: size.height,
        schedule: (fn, ms) => this.host.schedule(fn, ms),
        unschedule: (id) => this.host.unschedule(id),
      })
      this.canvases.set(node.id, canvas)
    }
    return canvas
  }

  /** An element's laid-out size in CSS px (inline style, else the built stylesheets; layout.ts). */
  sizeOf(node: WeappNode): { width: number; height: number } {
    const rootPx = Number.parseFloat(this.rootFontSize()) || 16
    return sizeOf(node, this.host.dist, { windowWidth: WINDOW_WIDTH, rootPx })
  }

  /** The render tree (root → the page's elements). */
  tree(): WeappNode {
    return buildTree(this.data.root, this.host.templates)
  }

  /** What a person reads on this page, one line per element. */
  text(): string {
    return textOf(this.tree())
  }

  /** The page-meta root font size, as `<page-meta root-font-size>` receives it ('' when unset). */
  rootFontSize(): string {
    const meta = this.data.pageMeta as Record<string, unknown> | undefined
    const template = this.host.templates
    void template
    if (!meta) return ''
    for (const [key, value] of Object.entries(meta))
      if (/^p\d+$/.test(key) && /px$/.test(String(value))) return String(value)
    return ''
  }

  find(target: string | RegExp | Target): WeappNode | null {
    const t: Target = typeof target === 'string' || target instanceof RegExp ? { text: target } : target
    return findNode(this.tree(), t)
  }

  findAll(selector: string): WeappNode[] {
    const out: WeappNode[] = []
    const walk = (n: WeappNode) => {
      if (matches(n, selector)) out.push(n)
      n.children.forEach(walk)
    }
    walk(this.tree())
    return out
  }

  private need(target: string | RegExp | Target): WeappNode {
    const node = this.find(target)
    if (!node)
      throw new Error(
        `weapp host: nothing on ${this.route} fits ${safeJson(target)}; the page reads:\n${indent(this.text())}`,
      )
    return node
  }

  /**
   * Taps an element found by its text (or a selector and text): WeChat delivers `tap` to every
   * element from it up to the page that binds it (`bindtap`), stopping at a `catchtap`. A
   * button with open-type agreePrivacyAuthorization also delivers its agree event.
   */
  tap(target: string | RegExp | Target): void {
    const node = this.need(target)
    for (let n: WeappNode | null = node; n; n = n.parent) {
      if (n.tag === 'button' && n.props.disabled) throw new Error(`weapp host: ${describe(n)} is disabled`)
    }
    const agree = ancestorsOf(node).find((n) => n.tag === 'button' && n.props.openType === 'agreePrivacyAuthorization')
    this.host.asTap(() => {
      this.bubble(node, 'tap', { x: 10, y: 10 })
      if (agree) {
        this.host.noteAgreeButton()
        this.bubble(agree, 'agreeprivacyauthorization', {})
      }
    })
  }

  /** Types `value` into an input or textarea (found by placeholder, selector or text nearby). */
  input(target: string | Target, value: string): void {
    const field = this.field(target)
    this.dispatch(field, field, 'input', { value, cursor: value.length, keyCode: 0 })
  }

  /** Fires one event (`change` on a picker, `blur`…) at an element, no bubbling. */
  fire(target: string | RegExp | Target, type: string, detail: Record<string, unknown> = {}): void {
    const node = this.need(target)
    this.dispatch(node, node, type, detail)
  }

  /** Pulls the page down (onPullDownRefresh). */
  pullDown(): void {
    this.host.guard(`${this.route} onPullDownRefresh`, () => this.call('onPullDownRefresh'))
  }

  /** Waits until the page shows `text` (ms: how long to wait). */
  async waitFor(text: string | RegExp, ms = 10_000): Promise<void> {
    const start = performance.now()
    for (;;) {
      const now = this.text()
      if (typeof text === 'string' ? now.includes(text) : text.test(now)) return
      if (performance.now() - start > ms) {
        const errors = this.host.errors.map((e) => `${e.kind} at ${e.where}: ${e.message.split('\n')[0]}`)
        throw new Error(
          `weapp host: ${this.route} did not show ${String(text)} within ${ms} ms; it reads:\n${indent(now)}` +
            (errors.length ? `\nerrors:\n${indent(errors.join('\n'))}` : ''),
        )
      }
      await sleep(20)
    }
  }

  /**
   * The first render: setData calls from the page's opening until its first cloud answer has
   * been drawn (the first setData after that answer); all of them for a page that makes no call.
   */
  firstRender(): SetDataCall[] {
    const answered = this.calls.find((c) => c.answeredSeq !== undefined)
    if (!answered) return [...this.setDataCalls]
    const after = this.setDataCalls.findIndex((s) => s.seq > answered.answeredSeq!)
    return after < 0 ? [...this.setDataCalls] : this.setDataCalls.slice(0, after + 1)
  }

  private field(target: string | Target): WeappNode {
    const tree = this.tree()
    const fields = this.findAll('input').concat(this.findAll('textarea'))
    if (typeof target === 'string') {
      const byPlaceholder = fields.find((f) => f.props.placeholder === target || f.props.name === target)
      if (byPlaceholder) return byPlaceholder
      // The field inside the element that carries this label.
      const label = findNode(tree, { text: target })
      for (let n = label; n; n = n.parent) {
        const inside = fields.find((f) => ancestorsOf(f).includes(n!))
        if (inside) return inside
      }
      throw new Error(
        `weapp host: no input on ${this.route} for "${target}"; fields: ${fields.map(describe).join(', ')}`,
      )
    }
    const node = findNode(tree, target)
    const found =
      node && (['input', 'textarea'].includes(node.tag) ? node : fields.find((f) => ancestorsOf(f).includes(node)))
    if (!found) throw new Error(`weapp host: no input on ${this.route} for ${safeJson(target)}`)
    return found
  }

  private bubble(target: WeappNode, type: string, detail: Record<string, unknown>): void {
    for (let n: WeappNode | null = target; n && n.tag !== 'root'; n = n.parent) {
      const t = n.template
      if (!t) continue
      const caught = t.catches.has(type)
      if (!caught && !t.binds.has(type)) continue
      this.dispatch(target, n, type, detail)
      if (caught) break
    }
  }

  private dispatch(target: WeappNode, current: WeappNode, type: string, detail: Record<string, unknown>): void {
    const event = this.host.toSandbox({
      type,
      timeStamp: performance.now(),
      target: { id: target.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: target.sid } },
      currentTarget: { id: current.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: current.sid } },
      detail,
      touches: [],
      changedTouches: [],
      mark: {},
    })
    this.host.guard(`${this.route} ${type} on ${describe(current)}`, () => this.call('eh', event))
  }
}
