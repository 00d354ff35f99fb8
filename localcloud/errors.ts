/**
 * An error the local cloud answers the SDK with, as WeChat's servers would:
 * the HTTP body becomes `{ code, message, requestId }` and the SDK turns it into
 * an error with `errCode` / `errMsg`.
 */
export class CloudApiError extends Error {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'CloudApiError'
    this.code = code
  }
}
