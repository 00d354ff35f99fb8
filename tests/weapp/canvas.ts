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
 *
 * Here the canvas node; its context in context2d.ts, the geometry in canvas-geometry.ts, the
 * rasteriser in canvas-raster.ts.
 */
import type { Box, CanvasOp } from './canvas-geometry'
import { recordingContext } from './context2d'

export { fontPx, measureWidth, type Box, type CanvasOp, type DrawState, type Matrix } from './canvas-geometry'
export { parseColour, rasterise } from './canvas-raster'

type Fn = (...args: unknown[]) => unknown

/** What WeChat's canvas node lacks and libraries probe for (a DOM canvas has them): undefined, as on a phone. */
const NODE_LACKS = new Set(['then', 'toJSON', 'nodeType', 'nodeName'])

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
    const { context, reset } = recordingContext(this)
    this.resetContext = reset
    this.context = context
    return context
  }
}
