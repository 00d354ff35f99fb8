/**
 * Attendance, leave and 补学 for the demo's earlier meetings: most came, a few were on leave with
 * a reason, a few were absent; their 补学 mostly confirmed by now, the latest still open.
 */
import { chinaDate } from '../core/dates'
import { nextOfficeStart } from '../core/workdays'
import type {
  ActivityDoc,
  AttendanceDoc,
  LeaveRequestDoc,
  MakeupOfflineDoc,
  MakeupTaskDoc,
} from '../server/actions/activity/model'
import type { MemberDoc } from '../server/model'
import { lastOfficeBefore, officeAfter, officeStamp, ownTimeStamp, reviewAfter, spreadOf } from './office'
import { actsAt } from './world'

export interface MeetingRecords {
  attendance: AttendanceDoc[]
  leaves: LeaveRequestDoc[]
  tasks: MakeupTaskDoc[]
}

/**
 * A member's record on a closed meeting: signed in on their phone (the QR code or the six digits)
 * around the start, or by the secretary from the paper sign-in book for one without WeChat; on
 * leave or absent as the close left them. The random draws come in the same order for every caller.
 */
export function closedAttendance(
  a: ActivityDoc,
  m: MemberDoc,
  secretary: MemberDoc,
  status: 'present' | 'leave' | 'absent',
  random: () => number,
  signedIn: { earlyMs: number; spreadMs: number },
): AttendanceDoc {
  const byHand = status === 'present' && !actsAt(m, a.startAt)
  return {
    _id: `${a._id}_${m._id}`,
    activityId: a._id,
    branchId: a.branchId,
    memberId: m._id,
    month: a.month,
    startAt: a.startAt,
    status,
    method: status !== 'present' ? null : byHand ? 'manual' : random() < 0.6 ? 'qr' : 'code',
    at:
      status === 'present'
        ? a.startAt - signedIn.earlyMs + Math.floor(random() * signedIn.spreadMs)
        : (a.closedAt as number),
    source: status !== 'present' ? 'close' : byHand ? 'officer' : 'member',
    byId: status === 'present' && !byHand ? m._id : secretary._id,
    byName: status === 'present' && !byHand ? m.name : secretary.name,
    reason: byHand ? '未绑定微信，会场签到簿签字' : null,
    distanceM: null,
    history: [],
    createdAt: a.startAt,
    updatedAt: a.startAt,
  }
}

const LEAVE_REASONS = [
  '赴省厅参加业务培训',
  '外出执法检查',
  '家中老人住院陪护',
  '参加市里专项督查',
  '病假',
  '下基层调研',
]
const OFFLINE_NOTES = [
  '在支部活动室学习了会议记录和学习材料，交了纸质心得',
  '到支部办公室补学了会议材料，手写心得一份已存档',
  '书记当面讲解了会议精神，本人学习材料后交了纸质心得',
]

/**
 * A 补学 done in person (线下补学) by a member who could not do it in the app: studied in the
 * branch office and handed in a paper 心得, recorded by the secretary in office hours some days
 * after the meeting (never after `now`); null when no office time after the close has come yet.
 */
export function offlineMakeup(
  a: ActivityDoc,
  m: MemberDoc,
  secretary: MemberDoc,
  now: number,
  from: 'due' | 'returned' = 'due',
): MakeupOfflineDoc | null {
  const key = `${a._id}_${m._id}_offline`
  const spread = spreadOf(key)
  // Into the first office spell from a day or a few after the meeting, a while after it opens.
  const at =
    nextOfficeStart((a.closedAt ?? a.endAt) + (1 + Math.floor(spread * 4)) * DAY) + Math.floor(spread * 90) * 60_000
  if (at > now - 3600_000) return null
  return {
    on: chinaDate(at),
    note: OFFLINE_NOTES[Math.floor(spread * OFFLINE_NOTES.length)],
    byId: secretary._id,
    byName: secretary.name,
    at,
    from,
  }
}

const REFLECTION = '补学了会议材料，结合本职工作谈几点体会：要把学习成果落实到生态环境保护的具体工作中。'
const DAY = 24 * 3600_000

function leaveOf(a: ActivityDoc, m: MemberDoc, reason: string, secretary: MemberDoc): LeaveRequestDoc {
  const id = `${a._id}_${m._id}`
  const requestedAt = officeStamp(a.startAt - 2 * DAY, a.startAt, spreadOf(id))
  const decidedAt = officeAfter(requestedAt, a.startAt, `${id}_d`)
  return {
    _id: id,
    activityId: a._id,
    branchId: a.branchId,
    memberId: m._id,
    status: 'approved',
    reason,
    requestedAt,
    decidedAt,
    decidedById: secretary._id,
    decidedByName: secretary.name,
    decisionReason: null,
    history: [
      { at: requestedAt, event: 'request', reason, byName: m.name },
      { at: decidedAt, event: 'approve', reason: '', byName: secretary.name },
    ],
  }
}

/** Closes `a` with records for `expected`; a 补学 closes over the weeks after, unless still recent. */
export function closeMeeting(
  a: ActivityDoc,
  expected: MemberDoc[],
  secretary: MemberDoc,
  random: () => number,
  now: number,
  out: MeetingRecords,
): void {
  a.status = 'closed'
  a.closedAt = a.endAt + 600_000
  a.closedById = secretary._id
  a.expectedIds = expected.map((m) => m._id).sort()
  // The retirees' branch and the rest differ a little, as they do in life.
  expected.forEach((m, i) => {
    const roll = m._id === secretary._id ? 0 : random()
    const status = roll < 0.8 ? 'present' : roll < 0.91 ? 'leave' : 'absent'
    out.attendance.push(closedAttendance(a, m, secretary, status, random, { earlyMs: 300_000, spreadMs: 900_000 }))
    if (status === 'present') return
    if (status === 'leave')
      out.leaves.push(leaveOf(a, m, LEAVE_REASONS[(i + a.date.length) % LEAVE_REASONS.length], secretary))
    // Recent 补学 in every state; a month or two back a few still due (not always the same
    // member's); older ones all done, as a branch's year-end review leaves them.
    const age = now - a.endAt
    const turn = (i + new Date(a.startAt).getUTCMonth()) % 7
    const recent = (['submitted', 'due', 'done'] as const)[i % 3]
    const planned = age <= 30 * DAY ? recent : age <= 90 * DAY && turn === 3 ? 'due' : 'done'
    // A secretary reviews a 心得 within days: one still waiting was written in the last two.
    const intended = Math.min(Math.max(a.endAt + 5 * DAY, planned === 'submitted' ? now - 2 * DAY : 0), now - 3600_000)
    // Written in the member's own time (the lunch break or after work), after the meeting closed
    // and, waiting, within the last three days; with no such time yet (a meeting of the last
    // hours), not yet. One to be reviewed by now came in an hour or more before the last office
    // time gone.
    const latest = planned === 'done' ? lastOfficeBefore(now) : now
    const stamped = ownTimeStamp(intended, latest - 3600_000, spreadOf(`${a._id}_${m._id}`), a.closedAt as number)
    const inTime = stamped !== null && (planned !== 'submitted' || stamped >= now - 3 * DAY)
    const writtenAt = inTime ? stamped : intended
    // A 心得 is written in the app: not by someone who had not bound by then. Such a member's
    // 补学 that was to be done by now was done in person and recorded (线下补学); the rest owed.
    const inApp = actsAt(m, writtenAt)
    const offline = !inApp && planned === 'done' ? offlineMakeup(a, m, secretary, now) : null
    const state = inApp ? (inTime ? planned : 'due') : offline ? 'done' : 'due'
    const submittedAt = state === 'due' || !inApp ? null : writtenAt
    out.tasks.push({
      _id: `${a._id}_${m._id}`,
      activityId: a._id,
      branchId: a.branchId,
      memberId: m._id,
      cause: status === 'leave' ? 'leave' : 'absent',
      activity: { title: a.title, type: a.type, startAt: a.startAt },
      materials: a.materials,
      status: state,
      reflection: submittedAt ? REFLECTION : null,
      reflectionVerdict: submittedAt ? 'pass' : null,
      submittedAt,
      submissions: submittedAt ? [{ at: submittedAt, text: REFLECTION }] : [],
      reviews:
        state === 'done' && submittedAt
          ? [
              {
                at: reviewAfter(submittedAt, now, `${a._id}_${m._id}_r`),
                byId: secretary._id,
                byName: secretary.name,
                decision: 'confirm',
                comment: '',
              },
            ]
          : [],
      ...(offline ? { offline } : {}),
      cancelledAt: null,
      cancelReason: null,
      createdAt: a.closedAt as number,
      updatedAt: offline?.at ?? submittedAt ?? (a.closedAt as number),
    })
  })
}
