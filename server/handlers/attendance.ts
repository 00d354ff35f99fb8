/** Attendance views, rules compliance and Excel ledgers (issue 11). */
import type { adminAttendanceActions, secretaryAttendanceActions } from '../../core/contract/attendance'
import type { HandlersFor } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryAttendanceActions> = {}
export const admin: HandlersFor<'admin', typeof adminAttendanceActions> = {}
