/** Attendance views, rules compliance and Excel ledgers (issue 11). */
import type { adminAttendanceActions, secretaryAttendanceActions } from '../../core/contract/attendance'
import { absentees } from '../actions/attendance/absentees'
import { branchAttendance } from '../actions/attendance/branch'
import { bureauAttendance } from '../actions/attendance/bureau'
import { complianceMatrix } from '../actions/attendance/compliance'
import { exportBranch, exportBureau, exportLink, exportPage } from '../actions/attendance/exports'
import { memberYear } from '../actions/attendance/member'
import type { HandlersFor } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryAttendanceActions> = {
  'attendance.branch': branchAttendance,
  'attendance.absentees': absentees,
  'attendance.member': memberYear,
  'attendance.exportBranch': exportBranch,
  'attendance.exportLink': exportLink,
}

export const admin: HandlersFor<'admin', typeof adminAttendanceActions> = {
  'attendance.bureau': bureauAttendance,
  'attendance.compliance': complianceMatrix,
  'attendance.exports': exportPage,
  'attendance.exportBureau': exportBureau,
}
