/** 会议记录 (issue 24). */
import type { memberMinutesActions, secretaryMinutesActions } from '../../core/contract/minutes'
import { getMinutes, readMinutes } from '../actions/minutes/page'
import { amendMinutes, confirmMinutes, saveMinutes } from '../actions/minutes/write'
import type { HandlersFor } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberMinutesActions> = {
  'minutes.read': readMinutes,
}

export const secretary: HandlersFor<'secretary', typeof secretaryMinutesActions> = {
  'minutes.get': getMinutes,
  'minutes.save': saveMinutes,
  'minutes.confirm': confirmMinutes,
  'minutes.amend': amendMinutes,
}
