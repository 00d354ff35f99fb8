import { ERROR_MESSAGES, isErrorCode, type ErrorBody, type ErrorCode } from '@core/errors'

/** A cloud action failed: `message` is what a person reads on screen (Chinese). */
export class CloudError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  readonly requestId?: string

  constructor(code: ErrorCode, message?: string, extra: { fields?: Record<string, string>; requestId?: string } = {}) {
    super(message || ERROR_MESSAGES[code])
    this.name = 'CloudError'
    this.code = code
    this.fields = extra.fields
    this.requestId = extra.requestId
  }

  static fromBody(body: ErrorBody): CloudError {
    // A code this build does not know (a newer server) still shows the server's words.
    const code: ErrorCode = isErrorCode(body.code) ? body.code : 'INTERNAL'
    return new CloudError(code, body.message, { fields: body.fields, requestId: body.requestId })
  }
}

export const networkError = (): CloudError => new CloudError('NETWORK.UNREACHABLE')

/** Anything thrown while loading, as something that can be shown to a person. */
export function asCloudError(error: unknown): CloudError {
  return error instanceof CloudError ? error : new CloudError('INTERNAL')
}
