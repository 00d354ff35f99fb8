/** Object mothers for the attendance views: held activities with their records, and a saved export. */
import type { ActivityType, AttendanceStatus } from '../../core/activity/types'
import { chinaDate, chinaMonth, formatChinaClock } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from '../../server/actions/activity/model'
import { anActivity, BRANCH_A_IDS } from './activity-mothers'
import { asAdmin, WORLD } from './cloud'
import { testNow } from './now'

const raw = (docs: object[]) => docs as unknown as Record<string, unknown>[]

export interface HeldSpec {
  id?: string
  branchId?: string
  type?: ActivityType
  /** When it started (it lasted two hours). */
  startAt?: number
  closed?: boolean
  expectedIds?: string[]
  /** Records written, by member. */
  records?: Record<string, AttendanceStatus>
  leaves?: Record<string, { status: LeaveRequestDoc['status']; reason: string }>
  makeups?: Record<string, MakeupTaskDoc['status']>
}

/** A held activity (closed unless told otherwise) with the records asked for; returns its id. */
export async function insertHeld(cloud: LocalCloud, spec: HeldSpec = {}): Promise<string> {
  const startAt = spec.startAt ?? testNow() - 2 * 24 * 3600_000
  const endAt = startAt + 2 * 3600_000
  const id = spec.id ?? `held-${startAt}-${spec.type ?? 'committeeMeeting'}`
  const branchId = spec.branchId ?? WORLD.branchA
  const activity = anActivity({
    _id: id,
    branchId,
    type: spec.type ?? 'committeeMeeting',
    title: `测试${spec.type ?? 'committeeMeeting'}`,
    status: spec.closed === false ? 'published' : 'closed',
    date: chinaDate(startAt),
    month: chinaMonth(startAt),
    startTime: formatChinaClock(startAt),
    endTime: formatChinaClock(endAt),
    startAt,
    endAt,
    expectedIds: spec.expectedIds ?? BRANCH_A_IDS,
    closedAt: spec.closed === false ? null : endAt + 60_000,
  })
  const records: AttendanceDoc[] = Object.entries(spec.records ?? {}).map(([memberId, status]) => ({
    _id: `${id}_${memberId}`,
    activityId: id,
    branchId,
    memberId,
    month: activity.month,
    startAt,
    status,
    method: status === 'present' ? 'code' : null,
    at: startAt,
    source: status === 'present' ? 'member' : 'close',
    byId: null,
    byName: null,
    reason: null,
    distanceM: null,
    history: [],
    createdAt: startAt,
    updatedAt: startAt,
  }))
  const leaves: LeaveRequestDoc[] = Object.entries(spec.leaves ?? {}).map(([memberId, l]) => ({
    _id: `${id}_${memberId}`,
    activityId: id,
    branchId,
    memberId,
    startAt,
    status: l.status,
    reason: l.reason,
    requestedAt: startAt - 86400_000,
    decidedAt: l.status === 'pending' ? null : startAt - 3600_000,
    decidedById: null,
    decidedByName: null,
    decisionReason: null,
    history: [],
  }))
  const makeups: MakeupTaskDoc[] = Object.entries(spec.makeups ?? {}).map(([memberId, status]) => ({
    _id: `${id}_${memberId}`,
    activityId: id,
    branchId,
    memberId,
    cause: spec.records?.[memberId] === 'leave' ? 'leave' : 'absent',
    activity: { title: activity.title, type: activity.type, startAt },
    materials: [],
    status,
    reflection: status === 'due' ? null : '学习了党章，体会很深。',
    reflectionVerdict: status === 'due' ? null : 'pass',
    submittedAt: status === 'due' ? null : endAt + 86400_000,
    submissions: [],
    reviews: [],
    cancelledAt: null,
    cancelReason: null,
    createdAt: endAt,
    updatedAt: endAt,
  }))
  await cloud.database.insertRaw('activities', raw([activity]))
  if (records.length) await cloud.database.insertRaw('attendance', raw(records))
  if (leaves.length) await cloud.database.insertRaw('leaveRequests', raw(leaves))
  if (makeups.length) await cloud.database.insertRaw('makeupTasks', raw(makeups))
  return id
}

/** A closed 支委会 of branch A two days before now: two present, one on leave, two absent. */
export function aHeldMeeting(cloud: LocalCloud, startAt?: number): Promise<string> {
  return insertHeld(cloud, {
    ...(startAt === undefined ? {} : { startAt }),
    records: {
      [WORLD.secretaryA]: 'present',
      [WORLD.admin]: 'present',
      [WORLD.memberA1]: 'leave',
      [WORLD.memberA2]: 'absent',
      [WORLD.unboundA]: 'absent',
    },
    leaves: { [WORLD.memberA1]: { status: 'approved', reason: '外出执法检查' } },
    makeups: { [WORLD.memberA1]: 'done', [WORLD.memberA2]: 'submitted', [WORLD.unboundA]: 'due' },
  })
}

/** A saved export of a branch's year, made as the admin; returns its id. */
export async function anExport(cloud: LocalCloud, branchId: string): Promise<string> {
  const link = await asAdmin(cloud).ok('secretary', 'attendance.exportBranch', { branchId })
  return link.id
}
