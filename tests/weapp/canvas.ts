/**
 * WeChat's 2d canvas for the weapp host, recording what the app draws: the node that
 * `SelectorQuery.fields({ node: true })` answers for a `<canvas type="2d">`, and
 * `wx.createOffscreenCanvas({ type: '2d' })`. Its context keeps the state a real one keeps
 * (transform, styles, font, text alignment, save/restore) and records every call and property
 * set in order; a drawing call carries the state it was drawn with and, for text, the box it
 * covers in canvas pixels (text measured as a phone roughly would: a CJK character is one
 * font-size wide, anything else 0.6 of it). A method or property the host does not know throws
 * an error that names it, so a drawing the host would not show fails rather than passing.
 *
 * `rasterise` paints the recorded rectangles into RGBA pixels, enough for a QR drawn module by
 * module with fillRect (decodeQrPixels in tests/helpers/decode-qr.ts reads it).
 */

type Fn = (...args: unknown[]) => unknown

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (the canvas's own order). */
export type Matrix = [number, number, number, number, number, number]

export interface DrawState {
  transform: Matrix
  fillStyle: unknown
  strokeStyle: unknown
  globalAlpha: number
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
}

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface CanvasOp {
  /** The method called, or `fillStyle=` for a property set. */
  name: string
  args: unknown[]
  /** Drawing calls: the state drawn with. */
  state?: DrawState
  /** fill / stroke / clip: the current path, in canvas pixels (each subpath a list of points). */
  path?: Array<Array<[number, number]>>
  /** fillText / strokeText: the text's box in canvas pixels, and its measured width in its own units. */
  box?: Box
  textWidth?: number
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** Text width as a phone roughly measures it: CJK one em, anything else 0.6 em. */
export function measureWidth(text: string, font: string): number {
  const px = fontPx(font)
  let width = 0
  for (const ch of String(text))
    width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? px : px * 0.6
  return width
}

export function fontPx(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font)
  return m ? Number(m[1]) : 10
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

function boxOf(m: Matrix, x: number, y: number, w: number, h: number): Box {
  const corners = [apply(m, x, y), apply(m, x + w, y), apply(m, x, y + h), apply(m, x + w, y + h)]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

const nums = (args: unknown[]) => args.map(Number)

/** What WeChat's canvas node lacks and libraries probe for (a DOM canvas has them): undefined, as on a phone. */
const NODE_LACKS = new Set(['then', 'toJSON', 'nodeType', 'nodeName'])

/** Calls that record themselves with their state, and questions that draw nothing (not logged). */
const SELF_RECORDING = new Set([
  'fill',
  'stroke',
  'clip',
  'fillRect',
  'strokeRect',
  'clearRect',
  'fillText',
  'strokeText',
  'setLineDash',
  'drawImage',
])
const QUERIES = new Set([
  'measureText',
  'getImageData',
  'getTransform',
  'getLineDash',
  'isPointInPath',
  'isPointInStroke',
])

/** A `<canvas type="2d">` node or an offscreen canvas, with a recording 2d context. */
export class RecordingCanvas {
  readonly kind: 'node' | 'offscreen'
  /** The element's id (node canvases). */
  readonly id: string
  /** The size the element is laid out at, in CSS px (node canvases). */
  readonly cssWidth: number
  readonly cssHeight: number
  width = 300
  height = 150
  readonly ops: CanvasOp[] = []
  private context: Record<string, unknown> | null = null
  /** Puts the context back as new (a canvas resized is cleared and its context reset). */
  private resetContext: (() => void) | null = null
  private readonly schedule: (fn: () => void, ms: number) => unknown
  private readonly unschedule: (id: unknown) => void

  constructor(options: {
    kind: 'node' | 'offscreen'
    id?: string
    cssWidth?: number
    cssHeight?: number
    width?: number
    height?: number
    schedule: (fn: () => void, ms: number) => unknown
    unschedule: (id: unknown) => void
  }) {
    this.kind = options.kind
    this.id = options.id ?? ''
    this.cssWidth = options.cssWidth ?? 300
    this.cssHeight = options.cssHeight ?? 150
    if (options.width) this.width = options.width
    if (options.height) this.height = options.height
    this.schedule = options.schedule
    this.unschedule = options.unschedule
  }

  /** What the app holds: the node with WeChat's canvas methods, unknown ones failing by name. */
  node(): object {
    const api: Record<string, unknown> = {
      getContext: (type: string) => {
        if (type !== '2d') throw new Error(`weapp host: canvas.getContext('${type}') — only '2d' is drawn`)
        return this.ctx()
      },
      requestAnimationFrame: (fn: Fn) => this.schedule(() => fn(performance.now()), 16),
      cancelAnimationFrame: (id: unknown) => this.unschedule(id),
      createImage: () => ({ width: 0, height: 0, src: '', onload: null, onerror: null }),
    }
    return new Proxy(api, {
      get: (target, key) => {
        if (typeof key === 'symbol') return undefined
        if (key === 'width') return this.width
        if (key === 'height') return this.height
        if (key in target) return target[key]
        if (NODE_LACKS.has(key)) return undefined
        throw new Error(`weapp host: canvas.${key} is not implemented by the host's canvas`)
      },
      set: (_target, key, value) => {
        if (key !== 'width' && key !== 'height')
          throw new Error(`weapp host: canvas.${String(key)} = … is not implemented by the host's canvas`)
        this[key] = Number(value)
        // As a real canvas: resizing clears it and resets its context.
        this.ops.push({ name: `canvas.${key}=`, args: [Number(value)] })
        this.resetContext?.()
        return true
      },
      has: (target, key) => {
        return key === 'width' || key === 'height' || key in target
      },
    })
  }

  /** The calls since the canvas was last sized (what it shows now). */
  drawing(): CanvasOp[] {
    let last = this.ops.length - 1
    while (last >= 0 && this.ops[last].name !== 'canvas.width=' && this.ops[last].name !== 'canvas.height=') last--
    return this.ops.slice(last + 1)
  }

  /** Text drawn with fillText since the canvas was last sized, in order, with its box in canvas pixels. */
  texts(): Array<{ text: string; box: Box; font: string; fill: unknown }> {
    return this.drawing()
      .filter((o) => o.name === 'fillText')
      .map((o) => ({ text: String(o.args[0]), box: o.box!, font: o.state!.font, fill: o.state!.fillStyle }))
  }

  /** The names of the calls made, each once, in the order first made (what to implement next). */
  calls(): string[] {
    return [...new Set(this.ops.map((o) => o.name))]
  }

  private ctx(): Record<string, unknown> {
    if (this.context) return this.context
    const ops = this.ops
    const fresh = (): DrawState => ({
      transform: [...IDENTITY],
      fillStyle: '#000000',
      strokeStyle: '#000000',
      globalAlpha: 1,
      lineWidth: 1,
      font: '10px sans-serif',
      textAlign: 'start',
      textBaseline: 'alphabetic',
    })
    let state = fresh()
    /** Properties kept without effect on what is recorded beyond their value. */
    const freshPlain = (): Record<string, unknown> => ({
      lineCap: 'butt',
      lineJoin: 'miter',
      miterLimit: 10,
      lineDashOffset: 0,
      shadowColor: 'rgba(0, 0, 0, 0)',
      shadowBlur: 0,
      shadowOffsetX: 0,
      shadowOffsetY: 0,
      globalCompositeOperation: 'source-over',
      imageSmoothingEnabled: true,
      direction: 'inherit',
      filter: 'none',
    })
    const plain = freshPlain()
    let lineDash: number[] = []
    const stack: Array<{ state: DrawState; plain: Record<string, unknown>; lineDash: number[] }> = []
    let path: Array<Array<[number, number]>> = []
    this.resetContext = () => {
      state = fresh()
      Object.assign(plain, freshPlain())
      lineDash = []
      stack.length = 0
      path = []
    }
    const at = (x: number, y: number) => apply(state.transform, x, y)
    const snapshot = (): DrawState => ({ ...state, transform: [...state.transform] as Matrix })
    const record = (name: string, args: unknown[], extra: Partial<CanvasOp> = {}) => {
      ops.push({ name, args: [...args], ...extra })
    }
    const lastPoint = (): [number, number] | undefined => {
      const sub = path[path.length - 1]
      return sub?.[sub.length - 1]
    }
    const moveTo = (x: number, y: number) => path.push([at(x, y)])
    const lineTo = (x: number, y: number) => {
      if (!path.length) path.push([])
      path[path.length - 1].push(at(x, y))
    }
    const textBox = (text: string, x: number, y: number): { box: Box; width: number } => {
      const width = measureWidth(text, state.font)
      const px = fontPx(state.font)
      const left = { left: x, start: x, right: x - width, end: x - width, center: x - width / 2 }[state.textAlign] ?? x
      const top =
        { top: y, hanging: y, middle: y - px / 2, bottom: y - px, ideographic: y - px, alphabetic: y - px * 0.8 }[
          state.textBaseline
        ] ?? y - px * 0.8
      return { box: boxOf(state.transform, left, top, width, px), width }
    }
    const transformBy = (m: Matrix) => {
      state.transform = multiply(state.transform, m)
    }

    const methods: Record<string, Fn> = {
      save: () => {
        stack.push({ state: snapshot(), plain: { ...plain }, lineDash: [...lineDash] })
      },
      restore: () => {
        const top = stack.pop()
        if (!top) return
        state = top.state
        Object.assign(plain, top.plain)
        lineDash = top.lineDash
      },
      scale: (x, y) => transformBy([Number(x), 0, 0, Number(y), 0, 0]),
      translate: (x, y) => transformBy([1, 0, 0, 1, Number(x), Number(y)]),
      rotate: (angle) => {
        const a = Number(angle)
        transformBy([Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0])
      },
      transform: (...args) => transformBy(nums(args) as Matrix),
      setTransform: (...args) => {
        if (args.length === 0) state.transform = [...IDENTITY]
        else if (args.length === 1) {
          const m = (args[0] ?? {}) as Record<string, number>
          state.transform = [m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0]
        } else state.transform = nums(args).slice(0, 6) as Matrix
      },
      resetTransform: () => {
        state.transform = [...IDENTITY]
      },
      getTransform: () => {
        const [a, b, c, d, e, f] = state.transform
        return { a, b, c, d, e, f }
      },
      beginPath: () => {
        path = []
      },
      closePath: () => {
        const sub = path[path.length - 1]
        if (sub?.length) sub.push(sub[0])
      },
      moveTo: (x, y) => moveTo(Number(x), Number(y)),
      lineTo: (x, y) => lineTo(Number(x), Number(y)),
      rect: (x, y, w, h) => {
        const [X, Y, W, H] = nums([x, y, w, h])
        path.push([at(X, Y), at(X + W, Y), at(X + W, Y + H), at(X, Y + H), at(X, Y)])
      },
      roundRect: (x, y, w, h) => {
        const [X, Y, W, H] = nums([x, y, w, h])
        path.push([at(X, Y), at(X + W, Y), at(X + W, Y + H), at(X, Y + H), at(X, Y)])
      },
      arc: (cx, cy, r, start, end, ccw) => {
        const [X, Y, R, S, E] = nums([cx, cy, r, start, end])
        let sweep = E - S
        if (ccw && sweep > 0) sweep -= Math.PI * 2
        if (!ccw && sweep < 0) sweep += Math.PI * 2
        const steps = Math.max(2, Math.ceil((Math.abs(sweep) / (Math.PI * 2)) * 24))
        for (let i = 0; i <= steps; i++) {
          const t = S + (sweep * i) / steps
          const p = [X + R * Math.cos(t), Y + R * Math.sin(t)] as const
          if (i === 0 && !lastPoint()) moveTo(...p)
          else lineTo(...p)
        }
      },
      arcTo: (x1, y1, x2, y2) => {
        lineTo(Number(x1), Number(y1))
        lineTo(Number(x2), Number(y2))
      },
      quadraticCurveTo: (_cx, _cy, x, y) => lineTo(Number(x), Number(y)),
      bezierCurveTo: (_c1x, _c1y, _c2x, _c2y, x, y) => lineTo(Number(x), Number(y)),
      ellipse: (cx, cy, rx, ry) => {
        const [X, Y, RX, RY] = nums([cx, cy, rx, ry])
        moveTo(X + RX, Y)
        lineTo(X, Y + RY)
        lineTo(X - RX, Y)
        lineTo(X, Y - RY)
        lineTo(X + RX, Y)
      },
      fill: (...args) => record('fill', args, { state: snapshot(), path: path.map((s) => [...s]) }),
      stroke: (...args) => record('stroke', args, { state: snapshot(), path: path.map((s) => [...s]) }),
      clip: (...args) => record('clip', args, { state: snapshot(), path: path.map((s) => [...s]) }),
      fillRect: (...args) => record('fillRect', args, { state: snapshot() }),
      strokeRect: (...args) => record('strokeRect', args, { state: snapshot() }),
      clearRect: (...args) => record('clearRect', args, { state: snapshot() }),
      fillText: (text, x, y, ...rest) => {
        const { box, width } = textBox(String(text), Number(x), Number(y))
        record('fillText', [text, x, y, ...rest], { state: snapshot(), box, textWidth: width })
      },
      strokeText: (text, x, y, ...rest) => {
        const { box, width } = textBox(String(text), Number(x), Number(y))
        record('strokeText', [text, x, y, ...rest], { state: snapshot(), box, textWidth: width })
      },
      measureText: (text) => {
        const width = measureWidth(String(text), state.font)
        const px = fontPx(state.font)
        return {
          width,
          actualBoundingBoxLeft: 0,
          actualBoundingBoxRight: width,
          actualBoundingBoxAscent: px * 0.8,
          actualBoundingBoxDescent: px * 0.2,
          fontBoundingBoxAscent: px * 0.8,
          fontBoundingBoxDescent: px * 0.2,
        }
      },
      setLineDash: (segments) => {
        lineDash = Array.isArray(segments) ? segments.map(Number) : []
        record('setLineDash', [lineDash])
      },
      getLineDash: () => [...lineDash],
      drawImage: (...args) => record('drawImage', args.slice(1), { state: snapshot() }),
      createLinearGradient: (...args) => gradient('linear', args),
      createRadialGradient: (...args) => gradient('radial', args),
      createPattern: () => ({ kind: 'pattern', setTransform: () => {} }),
      getImageData: (sx, sy, sw, sh) => {
        const [X, Y, W, H] = nums([sx, sy, sw, sh]).map(Math.round)
        const whole = rasterise(this, { textAsBoxes: true })
        const data = new Uint8ClampedArray(W * H * 4)
        for (let y = 0; y < H; y++)
          for (let x = 0; x < W; x++) {
            const from = ((Y + y) * whole.width + X + x) * 4
            if (X + x < 0 || Y + y < 0 || X + x >= whole.width || Y + y >= whole.height) continue
            data.set(whole.data.subarray(from, from + 4), (y * W + x) * 4)
          }
        return { data, width: W, height: H }
      },
      isPointInPath: () => false,
      isPointInStroke: () => false,
    }
    const gradient = (kind: string, args: unknown[]) => {
      const stops: Array<[number, string]> = []
      return { kind, args, stops, addColorStop: (offset: number, color: string) => stops.push([offset, color]) }
    }
    const stateKeys = new Set([
      'fillStyle',
      'strokeStyle',
      'globalAlpha',
      'lineWidth',
      'font',
      'textAlign',
      'textBaseline',
    ])
    const target = {} as Record<string, unknown>
    const proxy: Record<string, unknown> = new Proxy(target, {
      get: (_t, key) => {
        if (typeof key === 'symbol') return undefined
        if (key === 'canvas') return this.node()
        if (stateKeys.has(key)) return state[key as keyof DrawState]
        if (key in plain) return plain[key]
        const method = methods[key]
        if (method) {
          if (SELF_RECORDING.has(key) || QUERIES.has(key)) return method
          // Transform, state and path calls: logged, then applied.
          return (...args: unknown[]) => {
            record(key, args)
            return method(...args)
          }
        }
        if (key === 'then' || key === 'toJSON') return undefined
        throw new Error(`weapp host: context2d.${key} is not implemented by the host's canvas`)
      },
      set: (_t, key, value) => {
        if (typeof key === 'symbol') return false
        if (stateKeys.has(key)) {
          const v = key === 'globalAlpha' || key === 'lineWidth' ? Number(value) : value
          ;(state as unknown as Record<string, unknown>)[key] = key === 'font' ? String(v) : v
        } else if (key in plain) plain[key] = value
        else throw new Error(`weapp host: context2d.${key} = … is not implemented by the host's canvas`)
        record(`${key}=`, [value])
        return true
      },
      has: (_t, key) => {
        return typeof key === 'string' && (key === 'canvas' || stateKeys.has(key) || key in plain || key in methods)
      },
    })
    this.context = proxy
    return proxy
  }
}

/** A colour as RGBA 0–255 (hex, rgb(), rgba(), and the few names an app draws a QR with). */
export function parseColour(value: unknown): [number, number, number, number] {
  const s = String(value).trim().toLowerCase()
  const names: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: 'rgba(0,0,0,0)' }
  const v = names[s] ?? s
  let m = /^#([0-9a-f]{3,8})$/.exec(v)
  if (m) {
    let hex = m[1]
    if (hex.length === 3 || hex.length === 4) hex = [...hex].map((c) => c + c).join('')
    const n = (i: number) => parseInt(hex.slice(i, i + 2), 16)
    return [n(0), n(2), n(4), hex.length === 8 ? n(6) : 255]
  }
  m = /^rgba?\(([^)]*)\)$/.exec(v)
  if (m) {
    const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean)
    return [Number(r), Number(g), Number(b), Math.round(Number(a) * 255)]
  }
  throw new Error(`weapp host: colour ${String(value)} is not understood by the rasteriser`)
}

/**
 * The canvas's pixels (RGBA, width × height, transparent to start) from its fillRect and
 * clearRect calls — and, for `getImageData`, fillText as the solid box of its text — under a
 * transform of scale and translation; any other drawing call fails by name (this is a QR's
 * rasteriser, not a renderer).
 */
export function rasterise(
  canvas: RecordingCanvas,
  options: { textAsBoxes?: boolean } = {},
): { data: Uint8ClampedArray; width: number; height: number } {
  const { width, height } = canvas
  const data = new Uint8ClampedArray(width * height * 4)
  for (const op of canvas.ops) {
    if (op.name === 'canvas.width=' || op.name === 'canvas.height=') data.fill(0)
    if (!op.state) continue
    const [, b, c] = op.state.transform
    if (b !== 0 || c !== 0) throw new Error(`weapp host: the rasteriser cannot draw under a rotation or skew`)
    let box: Box
    if (op.name === 'fillRect' || op.name === 'clearRect') {
      const [x, y, w, h] = nums(op.args)
      box = boxOf(op.state.transform, x, y, w, h)
    } else if (op.name === 'fillText' && options.textAsBoxes) box = op.box!
    else throw new Error(`weapp host: the rasteriser draws fillRect and clearRect only, not ${op.name}`)
    const clear = op.name === 'clearRect'
    const colour: [number, number, number, number] = clear ? [0, 0, 0, 0] : parseColour(op.state.fillStyle)
    const alpha = clear ? 1 : (colour[3] / 255) * op.state.globalAlpha
    const x0 = Math.max(0, Math.round(box.left))
    const x1 = Math.min(width, Math.round(box.right))
    const y0 = Math.max(0, Math.round(box.top))
    const y1 = Math.min(height, Math.round(box.bottom))
    for (let py = y0; py < y1; py++)
      for (let px = x0; px < x1; px++) {
        const i = (py * width + px) * 4
        if (clear || alpha >= 1) {
          data[i] = colour[0]
          data[i + 1] = colour[1]
          data[i + 2] = colour[2]
          data[i + 3] = clear ? 0 : 255
        } else {
          for (let k = 0; k < 3; k++) data[i + k] = data[i + k] * (1 - alpha) + colour[k] * alpha
          data[i + 3] = Math.min(255, data[i + 3] + alpha * 255)
        }
      }
  }
  return { data, width, height }
}
