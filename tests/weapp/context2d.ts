/**
 * The recording 2d context of the weapp host's canvas (canvas.ts): it keeps the state a real one
 * keeps (transform, styles, font, text alignment, save/restore) and records every call and property
 * set in order; a drawing call carries the state it was drawn with and, for text, the box it covers
 * in canvas pixels. A method or property it does not know throws an error that names it.
 */
import {
  apply,
  boxOf,
  fontPx,
  IDENTITY,
  measureWidth,
  multiply,
  nums,
  type Box,
  type CanvasOp,
  type DrawState,
  type Matrix,
} from './canvas-geometry'
import { rasterise } from './canvas-raster'

type Fn = (...args: unknown[]) => unknown

/** What the context draws on: the canvas's record, its size, and the node the app holds. */
export interface RecordedCanvas {
  ops: CanvasOp[]
  width: number
  height: number
  node(): object
}

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

/** A fresh context recording into `canvas.ops`, and how to put it back as new (a canvas resized). */
export function recordingContext(canvas: RecordedCanvas): { context: Record<string, unknown>; reset: () => void } {
  const ops = canvas.ops
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
  const reset = () => {
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
      const whole = rasterise(canvas, { textAsBoxes: true })
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
      if (key === 'canvas') return canvas.node()
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
  return { context: proxy, reset }
}
