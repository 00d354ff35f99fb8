import type { adminNotifyActions, memberNotifyActions, secretaryNotifyActions } from '../../../core/contract/notify'
import type { MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberNotifyActions> = {}
export const secretary: MatrixPart<'secretary', typeof secretaryNotifyActions> = {}
export const admin: MatrixPart<'admin', typeof adminNotifyActions> = {}
