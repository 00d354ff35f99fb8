/**
 * The obvious way to compute 总览, as the baseline: read every record of the year into the
 * function (page by page, 1,000 a request) and count there. Same figures, many more requests.
 */
import type { Filter } from '../../../server/runtime/sdk'
import { findAll } from '../../../server/runtime/store'
import type { ActionContext } from '../../../server/runtime/types'
import type { ActivityDoc, AttendanceDoc, MakeupTaskDoc } from '../../../server/actions/activity/model'
import type { DuesBillDoc } from '../../../server/actions/dues/model'
import type { StudyCheckinDoc } from '../../../server/actions/study/model'
import type { MemberDoc, OrgDoc } from '../../../server/model'

/** Activities carry their expected members: 1,000 of them pass WeChat's 1 MB result limit. */
async function activitiesOf(ctx: ActionContext, filter: Filter): Promise<ActivityDoc[]> {
  const out: ActivityDoc[] = []
  for (let skip = 0; ; skip += 200) {
    const res = await ctx.db.collection('activities').where(filter).orderBy('_id', 'asc').skip(skip).limit(200).get()
    out.push(...(res.data as ActivityDoc[]))
    if (res.data.length < 200) return out
  }
}

export async function fetchAllBaseline(ctx: ActionContext, year: number): Promise<Map<string, Record<string, number>>> {
  const _ = ctx.db.command
  const months = _.and([_.gte(`${year}-01`), _.lte(`${year}-12`)])
  const [branches, members, activities, attendance, makeups, bills, checkins] = await Promise.all([
    findAll<OrgDoc>(ctx.db, 'orgs', { kind: 'branch', status: 'active' }),
    findAll<MemberDoc>(ctx.db, 'members', { status: 'active' }),
    activitiesOf(ctx, { month: months, status: _.in(['published', 'closed']) }),
    findAll<AttendanceDoc>(ctx.db, 'attendance', { month: months }),
    findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', {}),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', { month: months }),
    findAll<StudyCheckinDoc>(ctx.db, 'studyCheckins', { month: months, status: 'active' }),
  ])
  const out = new Map<string, Record<string, number>>()
  const row = (b: string) => {
    const r = out.get(b) ?? {
      expected: 0,
      present: 0,
      leave: 0,
      absent: 0,
      makeups: 0,
      due: 0,
      paid: 0,
      members: 0,
      studied: 0,
    }
    out.set(b, r)
    return r
  }
  for (const b of branches) row(b._id)
  const held = new Set(activities.map((a) => a._id))
  for (const a of activities) row(a.branchId).expected += a.expectedIds.length
  for (const r of attendance) if (held.has(r.activityId)) row(r.branchId)[r.status] += 1
  for (const t of makeups) if (held.has(t.activityId) && t.status !== 'cancelled') row(t.branchId).makeups += 1
  for (const bill of bills) {
    row(bill.branchId).due += bill.dueFen ?? 0
    row(bill.branchId).paid += Math.min(bill.paidFen, bill.dueFen ?? 0)
  }
  const branchOf = new Map(members.map((m) => [m._id, m.branchId]))
  for (const m of members) row(m.branchId).members += 1
  const studied = new Set(checkins.map((c) => c.memberId))
  for (const id of studied) if (branchOf.has(id)) row(branchOf.get(id) as string).studied += 1
  return out
}
