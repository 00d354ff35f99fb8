import type { adminAttendanceActions, secretaryAttendanceActions } from '../../../core/contract/attendance'
import { WORLD } from '../../helpers/cloud'
import { anExport, aHeldMeeting } from '../../helpers/attendance-mothers'
import { testNow } from '../../helpers/now'
import { chinaMonth } from '../../../core/dates'
import { ADMINS, BRANCH_OFFICERS, type MatrixPart } from './types'

const year = () => Number(chinaMonth(testNow()).slice(0, 4))

export const secretary: MatrixPart<'secretary', typeof secretaryAttendanceActions> = {
  'attendance.branch': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, year: year() }) },
  'attendance.absentees': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: await aHeldMeeting(cloud) }),
  },
  'attendance.member': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.memberA1, year: year() }) },
  'attendance.exportBranch': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, year: year() }) },
  'attendance.exportLink': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ exportId: await anExport(cloud, WORLD.branchA) }),
  },
}

export const admin: MatrixPart<'admin', typeof adminAttendanceActions> = {
  'attendance.bureau': { allowed: ADMINS, input: () => ({ year: year() }) },
  'attendance.compliance': { allowed: ADMINS, input: () => ({ year: year() }) },
  'attendance.exports': { allowed: ADMINS, input: () => ({}) },
  'attendance.exportBureau': { allowed: ADMINS, input: () => ({ year: year() }) },
}
