/**
 * Stable error codes shared by the cloud functions, the local cloud and the app.
 * A code never changes meaning; the message is what a person reads on screen.
 */
import { ACTIVITY_ERRORS } from './activity'
import { APPRAISAL_ERRORS } from './appraisal'
import { ATTENDANCE_VIEW_ERRORS } from './attendance'
import { DUES_ERRORS } from './dues'
import { MINUTES_ERRORS } from './minutes'
import { NOTIFY_ERRORS } from './notify'
import { PROXY_ERRORS } from './proxy'
import { STUDY_ERRORS } from './study'
import { VOTE_ERRORS } from './vote'
import { TALK_ERRORS } from './talk'
import { ORGLIFE_ERRORS } from './orglife'
import { TRANSFER_ERRORS } from './transfer'
import { QUIZ_ERRORS } from './quiz'
import { BASE_ERRORS } from './base'
import { DEVELOP_ERRORS } from './develop'

export { BASE_ERRORS } from './base'

export const ERROR_MESSAGES = {
  ...BASE_ERRORS,
  ...MINUTES_ERRORS,
  ...ACTIVITY_ERRORS,
  ...STUDY_ERRORS,
  ...DUES_ERRORS,
  ...NOTIFY_ERRORS,
  ...ATTENDANCE_VIEW_ERRORS,
  ...PROXY_ERRORS,
  ...APPRAISAL_ERRORS,
  ...VOTE_ERRORS,
  ...TALK_ERRORS,
  ...ORGLIFE_ERRORS,
  ...DEVELOP_ERRORS,
  ...TRANSFER_ERRORS,
  ...QUIZ_ERRORS,
}

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
