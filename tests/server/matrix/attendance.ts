import type { adminAttendanceActions, secretaryAttendanceActions } from '../../../core/contract/attendance'
import type { MatrixPart } from './types'

export const secretary: MatrixPart<'secretary', typeof secretaryAttendanceActions> = {}
export const admin: MatrixPart<'admin', typeof adminAttendanceActions> = {}
