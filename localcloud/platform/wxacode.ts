/**
 * `openapi.wxacode.getUnlimited`: WeChat draws a 小程序码 that its own scanner opens at `page`
 * with `scene`. The local cloud makes the same checks WeChat documents and answers a PNG that a
 * test can decode: a plain QR code of what WeChat's in-app scanner reports for a 小程序码 (the
 * page with `scene=` in its query), so a journey can "scan" it.
 *
 * Checks, in WeChat's words and codes:
 * - `scene`: 1–32 visible characters of 0-9 a-z A-Z !#$&'()*+,/:;=?@-._~ (40169);
 * - `page`: no leading `/`, no query, and with `check_path` (default true) one of the app's
 *   pages (41030); absent means the home page;
 * - `env_version`: release, trial or develop (40097); `width` is kept within 280–1280 px;
 * - at most 5,000 calls a minute (45009).
 */
import { PNG } from 'pngjs'
import qrcode from 'qrcode-generator'
import type { Clock } from '../clock'
import type { WxReply } from './subscribe'

export const WXACODE_ERRORS = {
  invalidScene: 40169,
  invalidPage: 41030,
  invalidArgs: 40097,
  tooFrequent: 45009,
} as const

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const PAGE = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/
const ENV_VERSIONS = ['release', 'trial', 'develop']
const PER_MINUTE = 5000

/** An image answer: the SDK hands `{ contentType, buffer }` to the function. */
export interface ImageReply {
  contentType: string
  buffer: Buffer
}

/** What the in-app scanner (`wx.scanCode`) answers as `path` for a 小程序码 of this page and scene. */
export function scannedPath(page: string, scene: string): string {
  return `${page}?scene=${encodeURIComponent(scene)}`
}

/** A QR code of `text`, `width` pixels square with a quiet zone, black on white. */
export function qrPng(text: string, width: number): Buffer {
  const qr = qrcode(0, 'M')
  qr.addData(text, 'Byte')
  qr.make()
  const modules = qr.getModuleCount()
  const quiet = 4
  const cell = Math.max(1, Math.floor(width / (modules + 2 * quiet)))
  const side = cell * (modules + 2 * quiet)
  const png = new PNG({ width: side, height: side })
  png.data.fill(255)
  const rowBytes = side * 4
  for (let r = 0; r < modules; r++) {
    // One pixel row of this module row, then copied down `cell` times.
    const top = (r + quiet) * cell * rowBytes
    for (let c = 0; c < modules; c++) {
      if (qr.isDark(r, c)) png.data.fill(0, top + (c + quiet) * cell * 4, top + (c + quiet + 1) * cell * 4)
    }
    for (let k = 0; k < side * 4; k += 4) png.data[top + k + 3] = 255
    for (let y = 1; y < cell; y++) png.data.copy(png.data, top + y * rowBytes, top, top + rowBytes)
  }
  // One filter for every row (no per-row search): a two-colour image compresses well as is.
  return PNG.sync.write(png, { colorType: 0, filterType: 0 })
}

/** The width drawn for the one asked: 430 px by default, kept within 280–1280. */
export function drawnWidth(asked: unknown): number {
  const width = typeof asked === 'number' && Number.isFinite(asked) ? Math.round(asked) : 430
  return Math.min(1280, Math.max(280, width))
}

export class WxaCodes {
  private windowStart = 0
  private calls = 0

  constructor(
    private readonly clock: Clock,
    /** The app's pages (app.json); null: any well-formed page exists. */
    private readonly pages: readonly string[] | null,
  ) {}

  async getUnlimited(params: Record<string, unknown>): Promise<WxReply | ImageReply> {
    const now = this.clock.now()
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now
      this.calls = 0
    }
    if (++this.calls > PER_MINUTE) return { errcode: WXACODE_ERRORS.tooFrequent, errmsg: 'reach max api minute-limit' }
    const scene = params.scene
    if (typeof scene !== 'string' || !SCENE.test(scene)) {
      return { errcode: WXACODE_ERRORS.invalidScene, errmsg: 'invalid length for scene, or the data is not json' }
    }
    const envVersion = params.env_version ?? 'release'
    if (typeof envVersion !== 'string' || !ENV_VERSIONS.includes(envVersion)) {
      return { errcode: WXACODE_ERRORS.invalidArgs, errmsg: 'invalid args: env_version' }
    }
    const checkPath = params.check_path !== false
    const home = this.pages?.[0] ?? 'pages/index/index'
    const page = params.page === undefined || params.page === '' ? home : params.page
    if (
      typeof page !== 'string' ||
      !PAGE.test(page) ||
      (checkPath && this.pages !== null && !this.pages.includes(page))
    ) {
      return { errcode: WXACODE_ERRORS.invalidPage, errmsg: 'invalid page' }
    }
    return { contentType: 'image/png', buffer: qrPng(scannedPath(page, scene), drawnWidth(params.width)) }
  }
}
