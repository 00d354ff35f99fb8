/** What the weapp host (host.ts) and its pages (page.ts) share: the records a phone keeps, and small helpers. */
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
