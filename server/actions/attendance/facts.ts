/**
 * One activity's attendance as tallies, computed in the database: the activity joined on its
 * indexed `activityId` with its attendance records, leave requests and 补学 tasks, and projected
 * to counts, so that no record comes back to the function. Paged in `_id` order before the joins.
 */
import type { ActivityStatus, ActivityType } from '../../../core/activity/types'
import {
  activityFigures,
  waitingOf,
  type ActivityTally,
  type AttendanceFigures,
} from '../../../core/attendance/figures'
import type { Filter } from '../../runtime/sdk'
import type { ActionContext } from '../../runtime/types'

/** Activities per aggregate page: each result row is a few hundred bytes, far below 1 MB. */
export const ACTIVITY_PAGE = 1000

export interface ActivityFact {
  id: string
  branchId: string
  type: ActivityType
  title: string
  status: ActivityStatus
  date: string
  month: string
  startAt: number
  endAt: number
  place: string
  scheduleId: string | null
  edited: boolean
  /** Closed, or ended: its attendance counts. */
  held: boolean
  figures: AttendanceFigures
  /** Before the end: expected members with nothing recorded and no leave asked (待参加 / 未签到). */
  waiting: number
}

type Row = Omit<ActivityFact, 'id' | 'held' | 'figures' | 'waiting'> &
  ActivityTally & { _id: string; makeupCancelled: number }

function tallyProjection(ctx: ActionContext): Filter {
  const $ = ctx.db.command.aggregate
  // Records exist only for expected members (sign-in, 补签 and closing all check), so counting
  // by status is the roster's count.
  const recorded = (status: string) => $.size($.filter({ input: '$att', as: 'r', cond: $.eq(['$$r.status', status]) }))
  const ids = (input: unknown, as: string) => $.map({ input, as, in: `$$${as}.memberId` })
  const leaveIds = (status: string) => ids($.filter({ input: '$lv', as: 'l', cond: $.eq(['$$l.status', status]) }), 'l')
  // Leave matters only where nobody has a record yet: activities not closed. Closed ones skip the sets.
  const withoutRecord = (status: string) =>
    $.cond({
      if: $.eq(['$status', 'closed']),
      then: 0,
      else: $.size($.setDifference([$.setIntersection([leaveIds(status), '$expectedIds']), ids('$att', 'r')])),
    })
  const makeups = (status: string) => $.size($.filter({ input: '$mk', as: 'm', cond: $.eq(['$$m.status', status]) }))
  return {
    branchId: 1,
    type: 1,
    title: 1,
    status: 1,
    date: 1,
    month: 1,
    startAt: 1,
    endAt: 1,
    place: 1,
    scheduleId: 1,
    edited: 1,
    expected: $.size('$expectedIds'),
    present: recorded('present'),
    leaveRecorded: recorded('leave'),
    absentRecorded: recorded('absent'),
    leaveApprovedNoRecord: withoutRecord('approved'),
    leavePendingNoRecord: withoutRecord('pending'),
    makeupCancelled: makeups('cancelled'),
    makeup: {
      assigned: $.size('$mk'),
      due: makeups('due'),
      submitted: makeups('submitted'),
      returned: makeups('returned'),
      done: makeups('done'),
    },
  }
}

function toFact(row: Row, now: number): ActivityFact {
  const held = row.status === 'closed' || (row.status === 'published' && row.endAt <= now)
  const makeup = { ...row.makeup, assigned: row.makeup.assigned - row.makeupCancelled }
  return {
    id: row._id,
    branchId: row.branchId,
    type: row.type,
    title: row.title,
    status: row.status,
    date: row.date,
    month: row.month,
    startAt: row.startAt,
    endAt: row.endAt,
    place: row.place,
    scheduleId: row.scheduleId ?? null,
    edited: row.edited ?? false,
    held,
    figures: activityFigures({ ...row, makeup }, held),
    waiting: waitingOf(row, held),
  }
}

/** Every matching activity with its figures, however many there are. */
export async function activityFacts(ctx: ActionContext, filter: Filter): Promise<ActivityFact[]> {
  const projection = tallyProjection(ctx)
  const now = ctx.now()
  const out: ActivityFact[] = []
  for (let skip = 0; ; skip += ACTIVITY_PAGE) {
    const res = await ctx.db
      .collection('activities')
      .aggregate()
      .match(filter)
      .sort({ _id: 1 })
      .skip(skip)
      .limit(ACTIVITY_PAGE)
      .lookup({ from: 'attendance', localField: '_id', foreignField: 'activityId', as: 'att' })
      .lookup({ from: 'leaveRequests', localField: '_id', foreignField: 'activityId', as: 'lv' })
      .lookup({ from: 'makeupTasks', localField: '_id', foreignField: 'activityId', as: 'mk' })
      .project(projection)
      .end()
    const rows = res.list as Row[]
    out.push(...rows.map((r) => toFact(r, now)))
    if (rows.length < ACTIVITY_PAGE) return out
  }
}

/** The activities of some months whose attendance counts: closed, or published and over. */
export function heldFilter(ctx: ActionContext, months: string[], branchId?: string): Filter {
  const _ = ctx.db.command
  return {
    ...(branchId ? { branchId } : {}),
    month: _.and([_.gte(months[0]), _.lte(months[months.length - 1])]),
    status: _.in(['published', 'closed']),
    startAt: _.lte(ctx.now()),
  }
}
