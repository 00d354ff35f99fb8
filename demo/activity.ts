/**
 * Demo activity days: both recurring rules for every branch; last month's, this month's and
 * next month's instances. Those already over are closed with realistic attendance, leave and
 * 补学 (some done, some waiting for the secretary, one returned, some not started); those still
 * ahead are published, a few with leave requests, except next month's more than ten days away,
 * which stay planned as the timer makes them (so late in a month 首页 still has a next
 * activity). A day the rule gives that is a weekend or an official holiday moves to the nearest
 * working day of the month (demo/office.ts). In 机关第一党支部 a 主题党日 is under way when the demo
 * starts in office hours, so that sign-in can be tried at once (no geofence, so any browser can
 * sign in); started at night, on a weekend or a holiday it waits for the next office hours
 * (liveActivityStart), and the hub's 调到下次活动开始后10分钟 moves the cloud's clock there.
 */
import type { Material, Recurrence, ScheduleKind } from '../core/activity/types'
import { addMonths } from '../core/activity/recurrence'
import { chinaDate, chinaMonth, formatChinaClock } from '../core/dates'
import { isOfficeTime, nextOfficeStart, officeSpellsOn } from '../core/workdays'
import { instanceDoc, scheduleIdOf } from '../server/actions/activity/instances'
import type {
  ActivityDoc,
  ActivityScheduleDoc,
  AttendanceDoc,
  LeaveRequestDoc,
  MakeupTaskDoc,
} from '../server/actions/activity/model'
import { newSignInSecret } from '../server/actions/activity/sign-code'
import type { MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { seededRandom } from './names'
import type { DemoWorld } from './world'
import { closedAttendance, offlineMakeup } from './meeting-records'
import { actsAt } from './world'
import { lastOfficeBefore, officeAfter, officeStamp, onWorkday, ownTimeStamp, reviewAfter, spreadOf } from './office'

const MATERIALS: Material[] = [
  {
    kind: 'text',
    title: '党章总纲与纪律处分条例第一章',
    text: '《中国共产党章程》总纲；《中国共产党纪律处分条例》第一章。',
  },
  { kind: 'link', title: '学习强国专题', url: 'https://www.xuexi.cn/' },
]
const LEAVE_REASONS = ['赴省厅参加业务培训', '外出执法检查', '家中老人住院陪护', '参加市里专项督查', '病假']
const REFLECTIONS = [
  '通过补学党章总纲，进一步明确了党员的义务，今后要按时参加组织生活，把学习成果落实到环境监管工作中。',
  '补学了纪律处分条例第一章，认识到纪律是管党治党的戒尺，要自觉把纪律挺在前面。',
  '结合本处室工作学习了支部活动的材料，体会到守护蓝天碧水必须有钉钉子精神。',
]

function rulesFor(index: number): Record<ScheduleKind, Recurrence> {
  return {
    activityDay: index % 2 === 0 ? { kind: 'nthWeekday', n: 1, weekday: 5 } : { kind: 'monthDay', day: 10 },
    studyDay: index % 2 === 0 ? { kind: 'nthWeekday', n: -1, weekday: 4 } : { kind: 'nthWeekday', n: 2, weekday: 3 },
  }
}

function schedulesFor(branchId: string, index: number, now: number): ActivityScheduleDoc[] {
  const rules = rulesFor(index)
  const place = ['机关三楼党员活动室', '机关五楼会议室', '监测站二楼会议室', '离退休活动中心'][index % 4]
  return (['studyDay', 'activityDay'] as const).map((kind) => ({
    _id: scheduleIdOf(branchId, kind),
    branchId,
    kind,
    recurrence: rules[kind],
    startTime: kind === 'studyDay' ? '09:00' : '15:00',
    endTime: kind === 'studyDay' ? '11:00' : '17:00',
    place,
    geofence: branchId === 'org-b2' && kind === 'activityDay' ? { lat: 30.5928, lng: 114.3055, radiusM: 300 } : null,
    active: true,
    createdAt: now,
    updatedAt: now,
    updatedById: null,
  }))
}

interface Records {
  attendance: AttendanceDoc[]
  leaves: LeaveRequestDoc[]
  tasks: MakeupTaskDoc[]
}

function leave(
  a: ActivityDoc,
  m: MemberDoc,
  status: LeaveRequestDoc['status'],
  reason: string,
  secretary: MemberDoc,
  now: number,
): LeaveRequestDoc {
  const id = `${a._id}_${m._id}`
  const requestedAt = officeStamp(Math.min(a.startAt - 2 * 24 * 3600_000, now - 2 * 3600_000), now, spreadOf(id))
  const decided = status !== 'pending'
  const decidedAt = decided ? officeAfter(requestedAt, now, `${id}_d`) : null
  return {
    _id: id,
    activityId: a._id,
    branchId: a.branchId,
    memberId: m._id,
    status,
    reason,
    requestedAt,
    decidedAt,
    decidedById: decided ? secretary._id : null,
    decidedByName: decided ? secretary.name : null,
    decisionReason: null,
    history: [
      { at: requestedAt, event: 'request', reason, byName: m.name },
      ...(decided ? [{ at: decidedAt as number, event: 'approve' as const, reason: '', byName: secretary.name }] : []),
    ],
  }
}

const DAY = 24 * 3600_000
/** How long a 心得 still waiting for review has waited, at most (the office's attention rule is 7 days). */
const STILL_WAITING = 2 * DAY

/** A closed activity: most signed in, a few on leave, a few absent; 补学 in every state. */
function closeWithAttendance(
  a: ActivityDoc,
  members: MemberDoc[],
  secretary: MemberDoc,
  random: () => number,
  out: Records,
  now: number,
  turn: { n: number },
): void {
  a.status = 'closed'
  a.closedAt = a.endAt + 600_000
  a.closedById = secretary._id
  members.forEach((m, i) => {
    const roll = m._id === secretary._id ? 0 : random()
    const status = roll < 0.78 ? 'present' : roll < 0.88 ? 'leave' : 'absent'
    const record = closedAttendance(a, m, secretary, status, random, { earlyMs: 600_000, spreadMs: 1_200_000 })
    out.attendance.push(record)
    if (status === 'leave')
      out.leaves.push(leave(a, m, 'approved', LEAVE_REASONS[i % LEAVE_REASONS.length], secretary, a.startAt))
    if (status === 'present') return
    const bound = actsAt(m, a.closedAt!)
    // The states go round the branch's members who could write a 心得 in the app (bound by the close).
    const planned = bound ? (['submitted', 'returned', 'done', 'due', 'done'] as const)[turn.n++ % 5] : 'done'
    // A secretary reviews a 心得 within days: one still waiting was written in the last two. The
    // member writes it in their own time (the lunch break or after work), after the meeting
    // closed and never after now; with no such time yet (a meeting of the last hours), not yet.
    const intended =
      planned === 'submitted'
        ? Math.min(Math.max(a.closedAt! + 3 * DAY, now - STILL_WAITING), now - 3600_000)
        : a.closedAt! + 3 * DAY
    // One to be reviewed by now came in an hour or more before the last office time gone.
    const latest = planned === 'done' || planned === 'returned' ? lastOfficeBefore(now) : now
    const stamped = ownTimeStamp(intended, latest - 3600_000, spreadOf(record._id), a.closedAt!)
    const inTime = stamped !== null && (planned !== 'submitted' || stamped >= now - STILL_WAITING - DAY)
    const submittedAt = inTime ? stamped : Math.min(intended, now - 3600_000)
    // A 心得 is written in the app: not by a member who had not bound by then. Such a member's
    // 补学 to be done by now was done in person (线下补学, recorded by the secretary); the rest owed.
    const inApp = actsAt(m, submittedAt)
    // Of the members without WeChat, about half have come in to study by now.
    const offline = !inApp && i % 2 === 0 ? offlineMakeup(a, m, secretary, now) : null
    const state = inApp ? (inTime ? planned : 'due') : offline ? 'done' : 'due'
    const written = inApp && state !== 'due'
    out.tasks.push({
      _id: record._id,
      activityId: a._id,
      branchId: a.branchId,
      memberId: m._id,
      cause: status === 'leave' ? 'leave' : 'absent',
      activity: { title: a.title, type: a.type, startAt: a.startAt },
      materials: a.materials,
      status: state,
      reflection: written ? REFLECTIONS[i % REFLECTIONS.length] : null,
      reflectionVerdict: written ? 'pass' : null,
      submittedAt: written ? submittedAt : null,
      submissions: written ? [{ at: submittedAt, text: REFLECTIONS[i % REFLECTIONS.length] }] : [],
      reviews:
        written && (state === 'done' || state === 'returned')
          ? [
              {
                at: reviewAfter(submittedAt, now, `${record._id}_r`),
                byId: secretary._id,
                byName: secretary.name,
                decision: state === 'done' ? 'confirm' : 'return',
                comment: state === 'done' ? '' : '请结合本职工作再谈谈体会',
              },
            ]
          : [],
      ...(offline ? { offline } : {}),
      cancelledAt: null,
      cancelReason: null,
      createdAt: a.closedAt!,
      updatedAt: offline?.at ?? (written ? submittedAt : a.closedAt!),
    })
  })
}

/**
 * When the live 主题党日 of 机关第一党支部 starts: ten minutes before `now` when the demo starts in
 * office hours on a working day (sign-in is open at once); otherwise half an hour into the next
 * office spell (09:00 or 14:30 of the next working day), published and waiting: no meeting at
 * 3 a.m. or on a holiday. The hub's preset moves the cloud's clock to ten minutes after it.
 */
export function liveActivityStart(now: number): number {
  if (isOfficeTime(now)) return Math.floor((now - 10 * 60_000) / 300_000) * 300_000
  return nextOfficeStart(now) + 30 * 60_000
}

/** The 主题党日 of 机关第一党支部: under way now in office hours, else at the next office hours. */
function todayActivity(branchId: string, members: MemberDoc[], secretary: MemberDoc, now: number): ActivityDoc {
  const startAt = liveActivityStart(now)
  const spellEnd = officeSpellsOn(chinaDate(startAt)).find((s) => s.endAt > startAt)?.endAt ?? startAt + 2 * 3600_000
  const endAt = Math.max(now + 30 * 60_000, Math.min(startAt + 2 * 3600_000, spellEnd))
  const preparedAt = officeStamp(startAt - 3 * DAY, now, spreadOf(branchId))
  return {
    _id: `${branchId}_demo_today`,
    branchId,
    type: 'themeDay',
    title: '主题党日：重温入党誓词',
    status: 'published',
    date: chinaDate(startAt),
    month: chinaMonth(startAt),
    startTime: formatChinaClock(startAt),
    endTime: formatChinaClock(endAt),
    startAt,
    endAt,
    place: '机关三楼党员活动室',
    geofence: null,
    agenda: '一、重温入党誓词\n二、观看专题片\n三、交流发言',
    materials: MATERIALS,
    expected: { kind: 'branch' },
    expectedIds: members.map((m) => m._id).sort(),
    scheduleId: null,
    edited: false,
    signInSecret: newSignInSecret(),
    contentVerdict: 'pass',
    createdAt: preparedAt,
    createdById: secretary._id,
    updatedAt: preparedAt,
    publishedAt: preparedAt,
    publishedById: secretary._id,
    closedAt: null,
    closedById: null,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const random = seededRandom(20260306)
  const branches = world.orgs.filter((o) => o.kind === 'branch')
  const schedules: ActivityScheduleDoc[] = []
  const activities: ActivityDoc[] = []
  const records: Records = { attendance: [], leaves: [], tasks: [] }
  const month = chinaMonth(now)
  branches.forEach((branch, index) => {
    const members = world.members.filter((m) => m.branchId === branch._id && m.status === 'active')
    const secretary = members.find((m) => m.role === 'secretary') ?? members[0]
    const own = schedulesFor(branch._id, index, now)
    const turn = { n: 0 }
    schedules.push(...own)
    for (const s of own) {
      for (const m of [addMonths(month, -1), month, addMonths(month, 1)]) {
        const a = onWorkday(instanceDoc(s, m, now))
        activities.push(a)
        // Next month's, as the timer makes them: planned, and published once they are ten days away.
        if (m > month && a.startAt - now > 10 * 24 * 3600_000) continue
        Object.assign(a, {
          status: 'published',
          agenda: `一、学习${MATERIALS[0].title}\n二、支部书记传达上级精神\n三、交流研讨`,
          materials: MATERIALS,
          expectedIds: members.map((x) => x._id).sort(),
          publishedAt: officeStamp(Math.min(a.startAt - 5 * 24 * 3600_000, now - 3 * 3600_000), now, spreadOf(a._id)),
          publishedById: secretary._id,
        })
        if (a.endAt < now) closeWithAttendance(a, members, secretary, random, records, now, turn)
        else {
          const asking = members.filter((x) => x.role === 'member' && x.openid).slice(0, 2)
          asking.forEach((x, i) =>
            records.leaves.push(leave(a, x, i === 0 ? 'pending' : 'approved', LEAVE_REASONS[i], secretary, now)),
          )
        }
      }
    }
    if (branch._id === 'org-b1') activities.push(todayActivity(branch._id, members, secretary, now))
  })
  const write = (name: string, docs: object[]) => db.insertRaw(name, docs as Record<string, unknown>[])
  await write('activitySchedules', schedules)
  await write('activities', activities)
  await write('attendance', records.attendance)
  await write('leaveRequests', records.leaves)
  await write('makeupTasks', records.tasks)
}
