/**
 * `attendance.member`: one member's year — every held activity they were expected at, their
 * standing with its reason and their 补学 — for the officers of their branch and admins.
 */
import { sumFigures, type AttendanceFigures } from '../../../core/attendance/figures'
import { standingOf, type Standing } from '../../../core/attendance/standing'
import type { MemberYear } from '../../../core/contract/attendance'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from '../activity/model'
import { factRow } from './branch'
import { branchesInOrder } from './branches'
import { activityFacts } from './facts'
import { viewPeriod } from './period'

function oneFigure(status: Standing, makeup: MemberYear['rows'][number]['makeup']): AttendanceFigures {
  return {
    activities: 1,
    expected: 1,
    present: status === 'present' ? 1 : 0,
    onLeave: status === 'onLeave' ? 1 : 0,
    leavePending: status === 'leavePending' ? 1 : 0,
    absent: status === 'absent' ? 1 : 0,
    ratePct: null,
    makeup: {
      assigned: makeup ? 1 : 0,
      due: makeup === 'due' ? 1 : 0,
      submitted: makeup === 'submitted' ? 1 : 0,
      returned: makeup === 'returned' ? 1 : 0,
      done: makeup === 'done' ? 1 : 0,
    },
  }
}

export async function memberYear(input: { memberId: string; year?: number }, ctx: ActionContext): Promise<MemberYear> {
  const member = await findById<MemberDoc>(ctx.db, 'members', input.memberId)
  if (!member) throw new DomainError('MEMBER.NOT_FOUND')
  scopeBranch(ctx.caller, member.branchId)
  const period = viewPeriod(ctx, { year: input.year })
  const _ = ctx.db.command
  const months = _.and([_.gte(period.months[0]), _.lte(period.months[11])])
  const [[branch], facts, records, leaves, makeups] = await Promise.all([
    branchesInOrder(ctx, member.branchId),
    activityFacts(ctx, {
      expectedIds: member._id,
      month: months,
      status: _.in(['published', 'closed']),
      startAt: _.lte(ctx.now()),
    }),
    findAll<AttendanceDoc>(ctx.db, 'attendance', { memberId: member._id, month: months }),
    findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', { memberId: member._id }),
    findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', { memberId: member._id }),
  ])
  const byActivity = <T extends { activityId: string }>(list: T[]) => new Map(list.map((x) => [x.activityId, x]))
  const att = byActivity(records)
  const lv = byActivity(leaves)
  const mk = byActivity(makeups)
  const now = ctx.now()
  const rows = facts
    .filter((f) => f.held)
    .sort((a, b) => b.startAt - a.startAt)
    .map((f) => {
      const s = standingOf({
        activity: { status: f.status, startAt: f.startAt, endAt: f.endAt },
        attendance: att.get(f.id) ?? null,
        leave: lv.get(f.id) ?? null,
        makeup: mk.get(f.id) ?? null,
        now,
      })
      return {
        activity: factRow(f),
        status: s.status,
        reason: s.reason,
        makeup: s.makeup,
        ...(s.makeupOffline ? { makeupOffline: s.makeupOffline } : {}),
      }
    })
  return {
    member: { id: member._id, name: member.name, branchName: branch.name, left: member.status === 'left' },
    year: period.year,
    figures: sumFigures(rows.map((r) => oneFigure(r.status, r.makeup))),
    rows,
  }
}
