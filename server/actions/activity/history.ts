/** A branch's year by month, and one member's year: attendance and 补学 per activity. */
import type { BranchHistory, HistoryRow, MemberAttendance } from '../../../core/contract/activity'
import { memberStatus, standingCounts } from '../../../core/activity/status'
import { inChina } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext, Db } from '../../runtime/types'
import { branchOf } from './load'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc } from './model'
import { recordsFor } from './member-records'
import { myActivity, summaryView } from './views'

const monthsOf = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)

type Tally = Map<string, Record<string, number>>

/** Counts per activity and status of a collection, grouped in the database (no documents come back). */
async function tally(db: Db, collection: string, activityIds: string[]): Promise<Tally> {
  const _ = db.command
  const res = await db
    .collection(collection)
    .aggregate()
    .match({ activityId: _.in(activityIds) })
    .group({ _id: { a: '$activityId', s: '$status' }, n: _.aggregate.sum(1) })
    .limit(activityIds.length * 8)
    .end()
  const out: Tally = new Map()
  for (const row of res.list as Array<{ _id: { a: string; s: string }; n: number }>) {
    const counts = out.get(row._id.a) ?? {}
    counts[row._id.s] = row.n
    out.set(row._id.a, counts)
  }
  return out
}

export async function branchHistory(
  input: { branchId?: string; year?: number },
  ctx: ActionContext,
): Promise<BranchHistory> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await branchOf(ctx, branchId)
  const year = input.year ?? inChina(ctx.now()).year()
  const _ = ctx.db.command
  const activities = (
    await findAll<ActivityDoc>(ctx.db, 'activities', {
      branchId,
      month: _.in(monthsOf(year)),
      status: _.in(['published', 'closed']),
    })
  ).sort((a, b) => a.startAt - b.startAt)
  const ids = activities.map((a) => a._id)
  const [attendance, leaves, makeups] =
    ids.length === 0
      ? [[], [], new Map()]
      : await Promise.all([
          findAll<AttendanceDoc>(ctx.db, 'attendance', { activityId: _.in(ids) }),
          findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', { activityId: _.in(ids), status: _.neq('refused') }),
          tally(ctx.db, 'makeupTasks', ids),
        ])
  const key = (a: string, m: string) => `${a}_${m}`
  const att = new Map(attendance.map((r) => [key(r.activityId, r.memberId), r]))
  const leave = new Map(leaves.map((l) => [key(l.activityId, l.memberId), l]))
  const now = ctx.now()
  // Each expected member's standing as the roster derives it, so that 活动记录, 活动现场 and
  // 出勤总览 count alike (a pending leave is 请假待批, not 请假; present wins over a leave).
  const rows: HistoryRow[] = activities.map((a) => {
    const mk: Record<string, number> = makeups.get(a._id) ?? {}
    const statuses = a.expectedIds.map((m) =>
      memberStatus({
        activity: a,
        expected: true,
        attendance: att.get(key(a._id, m)) ?? null,
        leave: leave.get(key(a._id, m)) ?? null,
        makeup: null,
        now,
      }),
    )
    return {
      ...summaryView(a),
      ...standingCounts(statuses),
      makeupDone: mk.done ?? 0,
      makeupOpen: (mk.due ?? 0) + (mk.submitted ?? 0) + (mk.returned ?? 0),
    }
  })
  const monthOf = new Map(activities.map((a) => [a._id, a.month]))
  return {
    branch: { id: branch._id, name: branch.name },
    year,
    months: monthsOf(year)
      .map((month) => ({ month, activities: rows.filter((r) => monthOf.get(r.id) === month) }))
      .filter((m) => m.activities.length > 0),
  }
}

export async function memberHistory(
  input: { memberId: string; year?: number },
  ctx: ActionContext,
): Promise<MemberAttendance> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  scopeBranch(ctx.caller, member.branchId)
  const year = input.year ?? inChina(ctx.now()).year()
  const _ = ctx.db.command
  const activities = (
    await findAll<ActivityDoc>(ctx.db, 'activities', {
      expectedIds: member._id,
      month: _.in(monthsOf(year)),
      status: _.in(['published', 'closed']),
    })
  ).sort((a, b) => b.startAt - a.startAt)
  const records = await recordsFor(
    ctx.db,
    activities.map((a) => a._id),
    member._id,
  )
  const now = ctx.now()
  const rows = activities.map((a) => {
    const r = records.get(a._id)!
    const me = myActivity(a, member._id, r, now)
    return { ...summaryView(a), me: { status: me.status, makeup: me.makeup, method: r.attendance?.method ?? null } }
  })
  const count = (pred: (row: (typeof rows)[number]) => boolean) => rows.filter(pred).length
  return {
    member: { id: member._id, name: member.name },
    year,
    rows,
    counts: {
      activities: rows.length,
      present: count((r) => r.me.status === 'present'),
      onLeave: count((r) => r.me.status === 'onLeave'),
      absent: count((r) => r.me.status === 'absent'),
      makeupDone: count((r) => r.me.makeup === 'done'),
      makeupOpen: count((r) => r.me.makeup !== null && r.me.makeup !== 'done'),
    },
  }
}
