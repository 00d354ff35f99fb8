/** Stored documents → what the screens get. Nothing here reads; the secret never passes through. */
import type {
  ActivityAdminView,
  ActivityDetail,
  ActivitySummary,
  LeaveView,
  MakeupItem,
  MakeupView,
  MaterialView,
  MyActivity,
  ScheduleView,
} from '../../../core/contract/activity'
import { offlineDayOf } from '../../../core/activity/offline'
import { describeRecurrence } from '../../../core/activity/recurrence'
import { makeupState, memberCan, memberStatus, type StatusFacts } from '../../../core/activity/status'
import { leaveWindow, signInWindow } from '../../../core/activity/window'
import type { ActivityDoc, ActivityScheduleDoc, AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from './model'

export function scheduleView(s: ActivityScheduleDoc): ScheduleView {
  return {
    id: s._id,
    kind: s.kind,
    recurrence: s.recurrence,
    recurrenceText: describeRecurrence(s.recurrence),
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    geofence: s.geofence,
    active: s.active,
    updatedAt: s.updatedAt,
  }
}

export function summaryView(a: ActivityDoc): ActivitySummary {
  return {
    id: a._id,
    type: a.type,
    title: a.title,
    status: a.status,
    startAt: a.startAt,
    endAt: a.endAt,
    place: a.place,
    scheduleId: a.scheduleId,
    edited: a.edited,
  }
}

export function detailView(a: ActivityDoc, materials: MaterialView[] = a.materials): ActivityDetail {
  return { ...summaryView(a), branchId: a.branchId, geofence: a.geofence, agenda: a.agenda, materials }
}

export function adminView(a: ActivityDoc): ActivityAdminView {
  return {
    ...detailView(a),
    expected: a.expected,
    expectedCount: a.expectedIds.length,
    publishedAt: a.publishedAt,
    closedAt: a.closedAt,
    contentVerdict: a.contentVerdict,
  }
}

export function leaveView(l: LeaveRequestDoc | null): LeaveView | null {
  if (!l) return null
  return {
    status: l.status,
    reason: l.reason,
    requestedAt: l.requestedAt,
    decidedAt: l.decidedAt,
    decidedByName: l.decidedByName,
    decisionReason: l.decisionReason,
  }
}

export interface MemberRecords {
  attendance: AttendanceDoc | null
  leave: LeaveRequestDoc | null
  makeup: MakeupTaskDoc | null
}

export function statusFacts(a: ActivityDoc, memberId: string, r: MemberRecords, now: number): StatusFacts {
  return {
    activity: a,
    expected: a.expectedIds.includes(memberId),
    attendance: r.attendance,
    leave: r.leave,
    makeup: r.makeup,
    now,
  }
}

export function myActivity(a: ActivityDoc, memberId: string, r: MemberRecords, now: number): MyActivity {
  const facts = statusFacts(a, memberId, r, now)
  const status = memberStatus(facts)
  const window = signInWindow(a, now)
  const leave = leaveWindow(a, now)
  const offlineOn = offlineDayOf(r.makeup)
  return {
    status,
    makeup: makeupState(r.makeup),
    ...(offlineOn ? { makeupOffline: offlineOn } : {}),
    leave: leaveView(r.leave),
    attendance:
      r.attendance?.status === 'present' && r.attendance.method
        ? {
            at: r.attendance.at,
            method: r.attendance.method,
            ...(r.attendance.proxy ? { proxyName: r.attendance.proxy.name } : {}),
          }
        : null,
    can: memberCan(facts),
    signIn: {
      state: window.state,
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      message: window.state === 'open' ? null : window.message,
    },
    leaveMessage: !leave.open && (status === 'expected' || status === 'leavePending') ? leave.message : null,
  }
}

export function makeupItem(t: MakeupTaskDoc): MakeupItem {
  const last = t.reviews[t.reviews.length - 1]
  return {
    activityId: t.activityId,
    title: t.activity.title,
    type: t.activity.type,
    startAt: t.activity.startAt,
    cause: t.cause,
    status: makeupState(t) ?? 'done',
    submittedAt: t.submittedAt,
    lastComment: last?.comment ? last.comment : null,
    ...(t.offline ? { offlineOn: t.offline.on } : {}),
  }
}

export function makeupView(t: MakeupTaskDoc, materials: MaterialView[] = t.materials): MakeupView {
  const status = makeupState(t) ?? 'done'
  return {
    activityId: t.activityId,
    title: t.activity.title,
    type: t.activity.type,
    startAt: t.activity.startAt,
    cause: t.cause,
    status,
    materials,
    reflection: t.reflection,
    submittedAt: t.submittedAt,
    reviews: t.reviews.map((r) => ({ at: r.at, byName: r.byName, decision: r.decision, comment: r.comment })),
    canSubmit: status === 'due' || status === 'returned' || status === 'submitted',
    ...proxyOfLastSubmission(t),
    ...(t.offline ? { offline: { on: t.offline.on, note: t.offline.note, byName: t.offline.byName } } : {}),
  }
}

/** `{ proxyName }` when the latest 心得 was written down by a linked member (代记). */
function proxyOfLastSubmission(t: MakeupTaskDoc): { proxyName?: string } {
  const last = t.submissions[t.submissions.length - 1]
  return last?.proxy ? { proxyName: last.proxy.name } : {}
}
