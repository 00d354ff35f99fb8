/** A member's own attendance, leave and 补学 for some activities: three reads by deterministic id. */
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from './model'
import { recordId } from './records'
import type { MemberRecords } from './views'

export async function recordsFor(db: Db, activityIds: string[], memberId: string): Promise<Map<string, MemberRecords>> {
  const out = new Map<string, MemberRecords>(
    activityIds.map((id) => [id, { attendance: null, leave: null, makeup: null }]),
  )
  if (activityIds.length === 0) return out
  const _ = db.command
  const filter = { _id: _.in(activityIds.map((id) => recordId(id, memberId))) }
  const [attendance, leaves, makeups] = await Promise.all([
    findAll<AttendanceDoc>(db, 'attendance', filter),
    findAll<LeaveRequestDoc>(db, 'leaveRequests', filter),
    findAll<MakeupTaskDoc>(db, 'makeupTasks', filter),
  ])
  for (const a of attendance) out.get(a.activityId)!.attendance = a
  for (const l of leaves) out.get(l.activityId)!.leave = l
  for (const m of makeups) out.get(m.activityId)!.makeup = m
  return out
}

export async function recordsOf(db: Db, activityId: string, memberId: string): Promise<MemberRecords> {
  return (await recordsFor(db, [activityId], memberId)).get(activityId)!
}
