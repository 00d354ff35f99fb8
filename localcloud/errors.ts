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

/**
 * Refusals at the function door (`POST /fn/<name>`, the stand-in for `wx.cloud.callFunction`),
 * answered in the envelope the functions use, `{ ok: false, error: { code, message } }`, with
 * words a person can read: the app shows them as they are.
 */
export const FRONT_DOOR_ERRORS = {
  'REQUEST.UNKNOWN_FUNCTION': '没有这个功能，请更新小程序后再试',
  'REQUEST.MALFORMED_JSON': '请求的内容无法识别',
  'REQUEST.TOO_LARGE': '提交的内容太大了',
  'REQUEST.TOO_DEEP': '提交的内容层次太多，无法识别',
  'REQUEST.UNSUPPORTED_TYPE': '请求的格式不对，请更新小程序后再试',
  'SYSTEM.TIMEOUT': '系统响应太慢，请稍后再试',
  'SYSTEM.RESULT_TOO_LARGE': '要显示的内容太多，请缩小范围后再试',
  INTERNAL: '系统出了点问题，请稍后再试',
} as const

export type FrontDoorErrorCode = keyof typeof FRONT_DOOR_ERRORS

/** A front-door error as the body carries it. */
export interface FrontDoorError {
  code: FrontDoorErrorCode
  message: string
}

export function frontDoorError(code: FrontDoorErrorCode): FrontDoorError {
  return { code, message: FRONT_DOOR_ERRORS[code] }
}
