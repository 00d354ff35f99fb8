/**
 * Demo 三会一课 and other meetings, this year and last, so that 总览 has months to chart and the
 * rules matrix shows every state on any day it is seeded: each branch's 固定学习日 and 党员集中
 * 活动日 of every earlier month (activity.ts makes last month's onwards), a 支委会 each month, a
 * 党小组会 each month in branches with 党小组, a 党员大会 and a 党课 each quarter, the 组织生活会
 * and 民主评议党员 each January. Meetings still ahead this month are published (已安排); later
 * periods are not yet due. Gaps an inspector would find: 水环境管理处党支部 held no 党员大会 in
 * the last quarter that has ended; 大气监测站党支部 held no 支委会 two months ago; 防污办党支部
 * held no 民主评议党员 last year. Every meeting keeps office hours on a working day: a day of rest
 * moves to the nearest working day of its month (demo/office.ts).
 */
import { addMonths } from '../core/activity/recurrence'
import type { ActivityType, Material } from '../core/activity/types'
import { chinaInstant, chinaMonth } from '../core/dates'
import { instanceDoc } from '../server/actions/activity/instances'
import type { ActivityDoc, ActivityScheduleDoc } from '../server/actions/activity/model'
import { newSignInSecret } from '../server/actions/activity/sign-code'
import type { MemberDoc, OrgDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { closeMeeting, type MeetingRecords } from './meeting-records'
import { officeStamp, onWorkday, spreadOf } from './office'
import { nearestWorkdayInMonth } from '../core/workdays'
import { seededRandom } from './names'
import type { DemoWorld } from './world'

const MATERIALS: Material[] = [
  {
    kind: 'text',
    title: '学习材料',
    text: '《中国共产党支部工作条例（试行）》；习近平总书记关于生态文明建设的重要论述。',
  },
]
const DAY = 24 * 3600_000

interface Plan {
  id: string
  type: ActivityType
  title: string
  date: string
  start: string
  end: string
  expected: MemberDoc[]
}

/** The last quarter that has ended before `month`: its first month. */
export function lastEndedQuarter(month: string): string {
  const m = Number(month.slice(5, 7))
  const quarterStart = addMonths(month, -((m - 1) % 3))
  return addMonths(quarterStart, -3)
}

const dayOf = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`

function plansFor(branch: OrgDoc, members: MemberDoc[], groups: OrgDoc[], month: string, skip: Set<string>): Plan[] {
  const m = Number(month.slice(5, 7))
  const officers = members.filter((x) => x.role !== 'member')
  const plans: Plan[] = []
  const add = (
    type: ActivityType,
    title: string,
    day: number,
    start: string,
    end: string,
    who: MemberDoc[],
    key = '',
  ) => {
    const id = `${branch._id}_${type}${key}_${month}`
    if (!skip.has(`${branch._id}_${type}_${month}`))
      plans.push({ id, type, title, date: nearestWorkdayInMonth(dayOf(month, day)), start, end, expected: who })
  }
  add('committeeMeeting', `${m}月支委会：研究本月党建和业务工作`, 5, '14:30', '16:00', officers)
  groups.forEach((g, i) =>
    add(
      'groupMeeting',
      `${g.name}${m}月学习会`,
      12 + i,
      '15:00',
      '16:30',
      members.filter((x) => x.groupId === g._id),
      `_g${i + 1}`,
    ),
  )
  if (m % 3 === 2)
    add('generalMeeting', `第${'一二三四'[Math.floor((m - 1) / 3)]}季度支部党员大会`, 20, '15:00', '17:00', members)
  if (m % 3 === 0) add('partyLecture', '书记讲党课：以高品质生态环境支撑高质量发展', 16, '15:00', '16:30', members)
  if (m === 1) {
    const last = Number(month.slice(0, 4)) - 1
    add('lifeMeeting', `${last}年度组织生活会`, 15, '09:00', '12:00', members)
    add('democraticReview', `${last}年度民主评议党员`, 16, '09:00', '11:30', members)
  }
  return plans
}

function activityOf(branch: OrgDoc, plan: Plan, place: string, secretary: MemberDoc, now: number): ActivityDoc {
  const startAt = chinaInstant(`${plan.date} ${plan.start}`)
  // Drafted a week ahead and published five days ahead, in office hours, never after now.
  const createdAt = officeStamp(startAt - 7 * DAY, now, spreadOf(`${plan.id}_c`))
  const publishedAt = Math.max(createdAt, officeStamp(startAt - 5 * DAY, now, spreadOf(`${plan.id}_p`)))
  return {
    _id: plan.id,
    branchId: branch._id,
    type: plan.type,
    title: plan.title,
    status: 'published',
    date: plan.date,
    month: plan.date.slice(0, 7),
    startTime: plan.start,
    endTime: plan.end,
    startAt,
    endAt: chinaInstant(`${plan.date} ${plan.end}`),
    place,
    geofence: null,
    agenda: '一、学习上级精神\n二、研究讨论\n三、部署工作',
    materials: MATERIALS,
    expected: plan.type === 'committeeMeeting' ? { kind: 'committee' } : { kind: 'branch' },
    expectedIds: plan.expected.map((m) => m._id).sort(),
    scheduleId: null,
    edited: false,
    signInSecret: newSignInSecret(),
    contentVerdict: 'pass',
    createdAt,
    createdById: secretary._id,
    updatedAt: publishedAt,
    publishedAt,
    publishedById: secretary._id,
    closedAt: null,
    closedById: null,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const random = seededRandom(20261101)
  const month = chinaMonth(now)
  const first = `${Number(month.slice(0, 4)) - 1}-01`
  const months: string[] = []
  for (let m = first; m <= month; m = addMonths(m, 1)) months.push(m)
  const gapQuarter = lastEndedQuarter(month)
  const skip = new Set([
    `org-b3_generalMeeting_${addMonths(gapQuarter, 1)}`,
    `org-b6_committeeMeeting_${addMonths(month, -2)}`,
    `org-b8_democraticReview_${first}`,
  ])
  const schedules = (await db.find('activitySchedules')) as unknown as ActivityScheduleDoc[]
  const activities: ActivityDoc[] = []
  const records: MeetingRecords = { attendance: [], leaves: [], tasks: [] }
  for (const branch of world.orgs.filter((o) => o.kind === 'branch')) {
    const members = world.members.filter((m) => m.branchId === branch._id && m.status === 'active')
    const secretary = members.find((m) => m.role === 'secretary') ?? members[0]
    const groups = world.orgs.filter((o) => o.kind === 'group' && o.parentId === branch._id)
    const own = schedules.filter((s) => s.branchId === branch._id)
    const place = own[0]?.place ?? '党员活动室'
    for (const m of months) {
      // Recurring days before last month (activity.ts makes last month's onwards), all held.
      if (m < addMonths(month, -1))
        for (const s of own) {
          const a = onWorkday(instanceDoc(s, m, now))
          Object.assign(a, { status: 'published', materials: MATERIALS, agenda: '一、集中学习\n二、交流研讨' })
          closeMeeting(a, members, secretary, random, now, records)
          activities.push(a)
        }
      for (const plan of plansFor(branch, members, groups, m, skip)) {
        const a = activityOf(branch, plan, place, secretary, now)
        if (a.endAt < now) closeMeeting(a, plan.expected, secretary, random, now, records)
        // Ahead this month: published, so the matrix says when it is planned.
        else if (m !== month) continue
        activities.push(a)
      }
    }
  }
  const write = (name: string, docs: object[]) => db.insertRaw(name, docs as Record<string, unknown>[])
  await write('activities', activities)
  await write('attendance', records.attendance)
  await write('leaveRequests', records.leaves)
  await write('makeupTasks', records.tasks)
}
