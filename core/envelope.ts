import type { ErrorBody } from './errors'

/** What every cloud function returns: one shape for success and failure alike. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data }
}

export function fail(error: ErrorBody): Envelope<never> {
  return { ok: false, error }
}

/** The event a client sends to a cloud function (`wx.cloud.callFunction({ data })`). */
export interface CallEvent {
  action: string
  input?: unknown
}
