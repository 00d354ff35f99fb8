import type { ErrorBody } from '@core/errors'
import { CloudError } from '@/errors/cloud-error'
import { heardCloudNow } from './clock'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isErrorBody(value: unknown): value is ErrorBody {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string'
}

/**
 * Returns the data of an `{ ok: true, data }` envelope and throws a CloudError for
 * `{ ok: false, error }`. Anything else is not from our cloud functions: INTERNAL. A success's
 * `now` sets the app's clock (clock.ts).
 */
export function unwrapEnvelope<T>(body: unknown): T {
  if (isRecord(body)) {
    if (body.ok === true && 'data' in body) {
      heardCloudNow(body.now)
      return body.data as T
    }
    if (body.ok === false && isErrorBody(body.error)) throw CloudError.fromBody(body.error)
  }
  throw new CloudError('INTERNAL')
}
