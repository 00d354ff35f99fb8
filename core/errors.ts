/**
 * Stable error codes shared by the cloud functions, the local cloud and the app.
 * A code never changes meaning; the message is what a person reads on screen.
 */
export const ERROR_MESSAGES = {
  // The request itself
  'REQUEST.UNKNOWN_FUNCTION': '没有这个功能，请更新小程序后再试',
  'REQUEST.UNKNOWN_ACTION': '没有这个操作，请更新小程序后再试',
  'REQUEST.MALFORMED': '请求的格式不对',
  'REQUEST.MALFORMED_JSON': '请求的内容无法识别',
  'REQUEST.TOO_LARGE': '提交的内容太大了',
  'REQUEST.INVALID': '填写的内容有误',
  // Who is calling
  'AUTH.NO_CALLER': '无法识别您的微信身份，请重新打开小程序',
  'AUTH.NOT_BOUND': '您还没有绑定党员身份，请先绑定',
  'AUTH.FORBIDDEN': '您没有权限做这件事',
  'AUTH.OTHER_BRANCH': '只能处理本支部的事务',
  'AUTH.TIMER_ONLY': '这个操作只能由定时任务触发',
  // Platform and unexpected failures
  'NETWORK.UNREACHABLE': '网络不通，请检查网络后再试',
  'SYSTEM.TIMEOUT': '系统响应太慢，请稍后再试',
  'SYSTEM.RESULT_TOO_LARGE': '要显示的内容太多，请缩小范围后再试',
  'INTERNAL': '系统出了点问题，请稍后再试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface ErrorBody {
  code: ErrorCode
  message: string
  /** Per-field problems of a REQUEST.INVALID, keyed by dotted path. */
  fields?: Record<string, string>
  /** Set on INTERNAL so that a person can quote it to the party office. */
  requestId?: string
}

/** An expected failure: thrown inside a use case, returned to the caller as an envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? ERROR_MESSAGES[code])
    this.name = 'DomainError'
    this.code = code
    this.fields = fields
  }

  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}

export function errorBody(code: ErrorCode, message?: string): ErrorBody {
  return { code, message: message ?? ERROR_MESSAGES[code] }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}
