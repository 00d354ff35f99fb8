/** What the weapp host (host.ts) and its pages (page.ts) share: the records a phone keeps, and small helpers. */
import type { RecordingCanvas } from './canvas'
import type { QueriedPage } from './selector-query'
import type { NodeTemplate } from './templates'

/** The phone's window width in px (an iPhone 14), what `%` and `rpx` are of. */
export const WINDOW_WIDTH = 390

export type Fn = (...args: unknown[]) => unknown

export interface CloudCall {
  seq: number
  fn: string
  action: string
  input: unknown
  /** The page on top when the call was made. */
  page: string
  status?: number
  envelope?: unknown
  ms?: number
  /** seq when the answer reached the app. */
  answeredSeq?: number
  failed?: string
}

export interface HostError {
  kind: 'unhandledRejection' | 'thrown' | 'console.error' | 'privacy'
  where: string
  message: string
  page: string
}

export interface SetDataCall {
  seq: number
  bytes: number
  keys: number
}

export interface Recorded {
  api: string
  args: unknown
  page: string
  insideTap: boolean
  seq: number
}

export type PrivacyEvent =
  | { kind: 'listener'; seq: number }
  | { kind: 'asked'; api: string; seq: number }
  | { kind: 'popupShown' | 'agreed' | 'disagreed'; seq: number }
  | { kind: 'api'; api: string; seq: number; consented: boolean }

export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

export const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** What a page, and a test holding one, sees of its phone: the WeappHost that opened it. */
export interface PageHost {
  readonly dist: string
  readonly templates: Map<string, NodeTemplate>
  readonly calls: CloudCall[]
  readonly errors: HostError[]
  readonly privacy: PrivacyEvent[]
  readonly current: QueriedPage | undefined
  seq(): number
  toSandbox<T>(value: T): T
  guard<T>(where: string, fn: () => T): T | undefined
  later(fn: () => void, ms?: number): void
  asTap<T>(fn: () => T): T
  noteAgreeButton(): void
  schedule(fn: () => void, ms: number): number
  unschedule(id: unknown): void
  idle(quietMs?: number, timeoutMs?: number): Promise<void>
  close(): void
}

export interface ScanAnswer {
  result?: string
  scanType?: string
  charSet?: string
  path?: string
  rawData?: string
}

export interface HostOptions {
  /** The local cloud's address (its `url`). */
  cloudUrl: string
  /** Who is holding the phone. */
  openid: string
  dist?: string
  /** The phone's clock at launch (ms); read from the cloud's clock when absent. */
  now?: number
  /** WeChat's launch scene: 1001 (task bar), 1011 (scanned a QR), 1047 (scanned a 小程序码)… */
  scene?: number
  /**
   * APIs this phone's base library lacks, like an older WeChat: absent from `wx`, and
   * `canIUse` answers false (`['onNeedPrivacyAuthorization']`: before base library 2.32.3).
   */
  without?: string[]
  /** 微信 → 设置 → 字体大小 (px; 17 standard). */
  fontSizeSetting?: number
  /** What WeChat's scanner reads; absent: the person cancels. */
  scan?: ScanAnswer | (() => ScanAnswer | null)
  /** Where the phone is (gcj02). */
  location?: { latitude: number; longitude: number; accuracy: number }
  /** The answer on WeChat's subscribe sheet, for every template. */
  subscribeAnswer?: 'accept' | 'reject'
  /** showModal's answer. */
  modalConfirm?: boolean
  /** Follow navigateTo / redirectTo / switchTab / reLaunch / navigateBack by opening pages (default true). */
  followNavigation?: boolean
  /** Print the sandbox's console.log/info/warn. */
  verbose?: boolean
}

export type Callbacks = { success?: Fn; fail?: Fn; complete?: Fn; [key: string]: unknown }

/** A wx API's failure as WeChat reports it: `fail` then `complete` with `<api>:fail <message>`. */
export function fail(
  options: Callbacks,
  api: string,
  message: string,
  host: { toSandbox<T>(value: T): T },
  extra: object = {},
): void {
  const res = host.toSandbox({ ...extra, errMsg: `${api}:fail ${message}` })
  options.fail?.(res)
  options.complete?.(res)
}

/** What `wx` (wx.ts) reads and calls of its phone, the WeappHost. */
export interface WxHost {
  readonly options: HostOptions
  readonly launchOptions: { path: string; query: Record<string, string>; scene: number; referrerInfo: object }
  readonly storage: Map<string, unknown>
  readonly offscreenCanvases: RecordingCanvas[]
  readonly background: Array<Promise<unknown>>
  readonly privacy: PrivacyEvent[]
  privacyListener: Fn | null
  readonly privacyAgreed: boolean
  readonly current: QueriedPage | undefined
  seq(): number
  toSandbox<T>(value: T): T
  later(fn: () => void, ms?: number): void
  schedule(fn: () => void, ms: number): number
  unschedule(id: unknown): void
  record(api: string, args: unknown): Recorded
  recordError(kind: HostError['kind'], where: string, error: unknown): void
  lacks(api: string): boolean
  navigate(api: string, options: Callbacks): void
  privacyScoped(api: string, options: Callbacks, run: () => void): void
  promiseOrCallbacks(api: string, options: Callbacks, work: () => Promise<object>): Promise<unknown> | undefined
  callFunction(options: Callbacks): Promise<unknown> | undefined
}
