import { APP_ERRORS } from '@core/errors/app'
import type { ErrorBody, ErrorCode } from '@core/errors'

/** What the app says of an error it raises itself; the cloud's errors bring their own words. */
function ownWords(code: ErrorCode): string {
  return (APP_ERRORS as Record<string, string>)[code] ?? APP_ERRORS.INTERNAL
}

/** A cloud action failed: `message` is what a person reads on screen (Chinese). */
export class CloudError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  readonly requestId?: string

  constructor(code: ErrorCode, message?: string, extra: { fields?: Record<string, string>; requestId?: string } = {}) {
    super(message || ownWords(code))
    this.name = 'CloudError'
    this.code = code
    this.fields = extra.fields
    this.requestId = extra.requestId
  }

  static fromBody(body: ErrorBody): CloudError {
    // The code is kept as sent (a newer server's too) and the server's words are shown.
    const sent: unknown = body.code
    const code = (typeof sent === 'string' && sent !== '' ? sent : 'INTERNAL') as ErrorCode
    return new CloudError(code, body.message, { fields: body.fields, requestId: body.requestId })
  }
}

export const networkError = (): CloudError => new CloudError('NETWORK.UNREACHABLE')

/** Anything thrown while loading, as something that can be shown to a person. */
export function asCloudError(error: unknown): CloudError {
  return error instanceof CloudError ? error : new CloudError('INTERNAL')
}
