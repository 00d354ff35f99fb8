import type { ErrorBody } from './errors'

/**
 * What every cloud function returns: one shape for success and failure alike. An action's answer
 * also carries the cloud's clock when it answered (`now`, ms): the app keeps its distance from the
 * phone's clock and decides days by the cloud's (src/services/clock.ts). In WeChat that is the real
 * clock, and a phone's may be wrong; in the local cloud, the clock the hub set.
 */
export type Envelope<T> = { ok: true; data: T; now?: number } | { ok: false; error: ErrorBody }

export function ok<T>(data: T, now?: number): Envelope<T> {
  return now === undefined ? { ok: true, data } : { ok: true, data, now }
}

export function fail(error: ErrorBody): Envelope<never> {
  return { ok: false, error }
}

/** The event a client sends to a cloud function (`wx.cloud.callFunction({ data })`). */
export interface CallEvent {
  action: string
  input?: unknown
  /**
   * One tap's key: the app makes it at the tap and sends it again when it retries the same tap,
   * so that a retry finds what the first try wrote instead of writing it twice.
   */
  requestKey?: string
}

/** Random, 16–64 characters of an id: what the app's request keys look like. */
export const REQUEST_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/
