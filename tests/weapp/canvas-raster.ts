/**
 * `rasterise` paints a recording canvas's rectangles into RGBA pixels, enough for a QR drawn module
 * by module with fillRect (decodeQrPixels in tests/helpers/decode-qr.ts reads it).
 */
import { boxOf, nums, type Box, type CanvasOp } from './canvas-geometry'

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
  canvas: { width: number; height: number; ops: CanvasOp[] },
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
