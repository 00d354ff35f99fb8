/** The weapp host's canvas: what a recorded call carries, and the plane geometry of its transforms and text. */

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

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

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

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ]
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

export function boxOf(m: Matrix, x: number, y: number, w: number, h: number): Box {
  const corners = [apply(m, x, y), apply(m, x + w, y), apply(m, x, y + h), apply(m, x + w, y + h)]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) }
}

export const nums = (args: unknown[]) => args.map(Number)
