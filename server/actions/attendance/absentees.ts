/**
 * `attendance.absentees`: who was missing — absent, on leave or with leave pending — from one
 * activity, or from every activity of a cell (a branch's month, optionally one type), with the
 * leave reason (or 未请假) and where their 补学 stands. The figures come from the same tallies
 * as 总览's; the people from one aggregate that keeps only the non-present.
 */
import {
  ACTIVITY_TYPE_LABELS,
  type ActivityType,
  type AttendanceStatus,
  type LeaveStatus,
  type MakeupStatus,
} from '../../../core/activity/types'
import { standingOf } from '../../../core/attendance/standing'
import type { AbsenteeRow, Absentees } from '../../../core/contract/attendance'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import type { Filter } from '../../runtime/sdk'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from '../activity/model'
import { branchesInOrder } from './branches'
import { factRow } from './branch'
import { activityFacts, type ActivityFact } from './facts'

export interface Detail {
  _id: string
  expectedIds: string[]
  att: Array<{ memberId: string; status: AttendanceStatus }>
  lv: Array<{ memberId: string; status: LeaveStatus; reason: string }>
  /** `offline`: done in person (线下补学) on that day; absent (or null) otherwise. */
  mk: Array<{ memberId: string; status: MakeupStatus; offline?: { on: string } | null }>
}

export async function details(ctx: ActionContext, ids: string[]): Promise<Map<string, Detail>> {
  const _ = ctx.db.command
  const $ = _.aggregate
  const res = await ctx.db
    .collection('activities')
    .aggregate()
    .match({ _id: _.in(ids) })
    .limit(ids.length)
    .lookup({ from: 'attendance', localField: '_id', foreignField: 'activityId', as: 'att' })
    .lookup({ from: 'leaveRequests', localField: '_id', foreignField: 'activityId', as: 'lv' })
    .lookup({ from: 'makeupTasks', localField: '_id', foreignField: 'activityId', as: 'mk' })
    .project({
      expectedIds: 1,
      att: $.map({ input: '$att', as: 'a', in: { memberId: '$$a.memberId', status: '$$a.status' } }),
      lv: $.map({
        input: '$lv',
        as: 'l',
        in: { memberId: '$$l.memberId', status: '$$l.status', reason: '$$l.reason' },
      }),
      mk: $.map({
        input: '$mk',
        as: 'm',
        in: { memberId: '$$m.memberId', status: '$$m.status', offline: '$$m.offline' },
      }),
    })
    .end()
  return new Map((res.list as Detail[]).map((d) => [d._id, d]))
}

function people(fact: ActivityFact, d: Detail, now: number): AbsenteeRow[] {
  const by = <T extends { memberId: string }>(list: T[]) => new Map(list.map((x) => [x.memberId, x]))
  const att = by(d.att)
  const lv = by(d.lv)
  const mk = by(d.mk)
  const rows: AbsenteeRow[] = []
  for (const memberId of d.expectedIds) {
    const s = standingOf({
      activity: { status: fact.status, startAt: fact.startAt, endAt: fact.endAt },
      attendance: att.get(memberId) ?? null,
      leave: lv.get(memberId) ?? null,
      makeup: mk.get(memberId) ?? null,
      now,
    })
    if (s.status === 'present') continue
    rows.push({
      memberId,
      name: '',
      status: s.status,
      reason: s.reason ?? '',
      makeup: s.makeup,
      ...(s.makeupOffline ? { makeupOffline: s.makeupOffline } : {}),
    })
  }
  return rows
}

const ORDER = { absent: 0, leavePending: 1, onLeave: 2 }

export async function absentees(
  input: { activityId?: string; branchId?: string; month?: string; type?: ActivityType },
  ctx: ActionContext,
): Promise<Absentees> {
  const _ = ctx.db.command
  let filter: Filter
  let branchId: string
  let title: string
  if (input.activityId) {
    const activity = await findById<ActivityDoc>(ctx.db, 'activities', input.activityId)
    if (!activity) throw new DomainError('ATTENDANCE_VIEW.ACTIVITY_NOT_FOUND')
    branchId = scopeBranch(ctx.caller, activity.branchId)
    filter = { _id: activity._id }
    title = activity.title
  } else {
    if (!input.month) throw new DomainError('ATTENDANCE_VIEW.NEED_SCOPE')
    branchId = scopeBranch(ctx.caller, input.branchId)
    filter = { branchId, month: input.month, status: _.in(['published', 'closed']), startAt: _.lte(ctx.now()) }
    if (input.type) filter.type = input.type
    title = `${Number(input.month.slice(5))}月${input.type ? ACTIVITY_TYPE_LABELS[input.type] : '全部活动'}`
  }
  const [[branch], facts] = await Promise.all([branchesInOrder(ctx, branchId), activityFacts(ctx, filter)])
  const held = facts.filter((f) => f.held).sort((a, b) => a.startAt - b.startAt)
  if (input.activityId && held.length === 0) throw new DomainError('ATTENDANCE_VIEW.NOT_HELD')
  const detail =
    held.length > 0
      ? await details(
          ctx,
          held.map((f) => f.id),
        )
      : new Map<string, Detail>()
  const now = ctx.now()
  const lists = held.map((f) => people(f, detail.get(f.id) as Detail, now))
  const ids = [...new Set(lists.flat().map((r) => r.memberId))]
  const members = ids.length > 0 ? await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(ids) }) : []
  const names = new Map(members.map((m) => [m._id, m.name]))
  const named = (rows: AbsenteeRow[]) =>
    rows
      .map((r) => ({ ...r, name: names.get(r.memberId) ?? '（已不在名册）' }))
      .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'zh'))
  return {
    branch: { id: branch.id, name: branch.name },
    title,
    activities: held.map((f, i) => ({ activity: factRow(f), people: named(lists[i]) })),
  }
}
