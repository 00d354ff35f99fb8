/**
 * The roster of one activity, live: expected, present (and how), on leave, leave pending,
 * absent, and 补学 — five reads in parallel, however large the branch.
 */
import type { LiveView, RosterCounts, RosterRow, RosterView } from '../../../core/contract/activity'
import { codeStep, CODE_STEP_MS, nextChangeAt, qrPayload } from '../../../core/activity/code'
import { offlineDayOf } from '../../../core/activity/offline'
import { makeupState, memberStatus } from '../../../core/activity/status'
import { signInWindow } from '../../../core/activity/window'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { officerActivity } from './load'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from './model'
import { codeForStep } from './sign-code'
import { leaveView, summaryView } from './views'
import { signInCodeOf, wxacodeUrl } from './wxacode'

const ROLE_ORDER = { secretary: 0, committee: 1, member: 2 }

interface RosterFacts {
  members: MemberDoc[]
  groupNames: Map<string, string>
  attendance: Map<string, AttendanceDoc>
  leaves: Map<string, LeaveRequestDoc>
  makeups: Map<string, MakeupTaskDoc>
}

async function rosterFacts(ctx: ActionContext, activity: ActivityDoc, memberIds: string[]): Promise<RosterFacts> {
  const _ = ctx.db.command
  const scope = memberIds.length === 1 ? { memberId: memberIds[0] } : {}
  const [members, groups, attendance, leaves, makeups] = await Promise.all([
    memberIds.length > 0 ? findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(memberIds) }) : Promise.resolve([]),
    findAll<OrgDoc>(ctx.db, 'orgs', { parentId: activity.branchId, kind: 'group' }),
    findAll<AttendanceDoc>(ctx.db, 'attendance', { activityId: activity._id, ...scope }),
    findAll<LeaveRequestDoc>(ctx.db, 'leaveRequests', { activityId: activity._id, ...scope }),
    findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', { activityId: activity._id, ...scope }),
  ])
  return {
    members,
    groupNames: new Map(groups.map((g) => [g._id, g.name])),
    attendance: new Map(attendance.map((d) => [d.memberId, d])),
    leaves: new Map(leaves.map((d) => [d.memberId, d])),
    makeups: new Map(makeups.map((d) => [d.memberId, d])),
  }
}

function row(activity: ActivityDoc, m: MemberDoc, f: RosterFacts, now: number): RosterRow {
  const a = f.attendance.get(m._id) ?? null
  const leave = f.leaves.get(m._id) ?? null
  const makeup = f.makeups.get(m._id) ?? null
  const offlineOn = offlineDayOf(makeup)
  return {
    memberId: m._id,
    name: m.name,
    role: m.role,
    groupName: m.groupId ? (f.groupNames.get(m.groupId) ?? null) : null,
    status: memberStatus({
      activity,
      expected: activity.expectedIds.includes(m._id),
      attendance: a,
      leave,
      makeup,
      now,
    }),
    attendance: a && {
      status: a.status,
      method: a.method,
      at: a.at,
      byName: a.source === 'officer' ? a.byName : null,
      reason: a.reason,
      distanceM: a.distanceM,
      corrected: a.history.length > 0,
    },
    leave: leaveView(leave),
    makeup: makeupState(makeup),
    ...(offlineOn ? { makeupOffline: offlineOn } : {}),
  }
}

function countsOf(rows: RosterRow[]): RosterCounts {
  const counts: RosterCounts = {
    expected: rows.length,
    present: 0,
    onLeave: 0,
    leavePending: 0,
    absent: 0,
    waiting: 0,
    byMethod: { code: 0, qr: 0, manual: 0 },
    makeupDone: 0,
    makeupOpen: 0,
  }
  for (const r of rows) {
    if (r.status === 'present') counts.present++
    else if (r.status === 'onLeave') counts.onLeave++
    else if (r.status === 'leavePending') counts.leavePending++
    else if (r.status === 'absent') counts.absent++
    else if (r.status === 'expected') counts.waiting++
    if (r.status === 'present' && r.attendance?.method) counts.byMethod[r.attendance.method]++
    if (r.makeup === 'done') counts.makeupDone++
    else if (r.makeup) counts.makeupOpen++
  }
  return counts
}

export async function buildRoster(ctx: ActionContext, activity: ActivityDoc): Promise<RosterView> {
  const facts = await rosterFacts(ctx, activity, activity.expectedIds)
  const now = ctx.now()
  const rows = facts.members
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'zh'))
    .map((m) => row(activity, m, facts, now))
  return { activity: { ...summaryView(activity), geofence: activity.geofence }, counts: countsOf(rows), rows }
}

export async function roster(input: { activityId: string }, ctx: ActionContext): Promise<RosterView> {
  return buildRoster(ctx, await officerActivity(ctx, input.activityId))
}

/** 活动现场: the code to show now (only while sign-in is open), when it changes, and the roster. */
export async function live(input: { activityId: string }, ctx: ActionContext): Promise<LiveView> {
  return liveViewOf(ctx, await officerActivity(ctx, input.activityId))
}

/** 活动现场 for an activity already read (with its roster, when the caller has just built it). */
export async function liveViewOf(ctx: ActionContext, activity: ActivityDoc, built?: RosterView): Promise<LiveView> {
  const now = ctx.now()
  const window = signInWindow(activity, now)
  let code: LiveView['code'] = null
  if (window.state === 'open') {
    const step = codeStep(now)
    const current = codeForStep(activity.signInSecret, step)
    const codes = await signInCodeOf(ctx, activity._id)
    code = {
      code: current,
      wxacodeUrl: await wxacodeUrl(ctx, codes, step, current),
      qrPayload: qrPayload(activity._id, current),
      changesAt: nextChangeAt(now),
      stepMs: CODE_STEP_MS,
    }
  }
  return {
    serverNow: now,
    window: {
      state: window.state,
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      message: window.state === 'open' ? null : window.message,
    },
    code,
    roster: built ?? (await buildRoster(ctx, activity)),
  }
}
