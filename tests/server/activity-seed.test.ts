/**
 * The demo data works through the real actions: a live sign-in in 机关第一党支部 (at once in office
 * hours, at the next office hours when seeded at night), last month closed with 补学 in every
 * state, every meeting on a working day in office hours, every 心得 in the member's own time
 * (lunch break, after work) and every stamp in the past.
 */
import { addMonths } from '../../core/activity/recurrence'
import { at } from '../helpers/activity-mothers'
import { chinaDate, chinaMonth, formatChinaClock, formatChinaDateTime } from '../../core/dates'
import { isOfficeClock, isOfficeTime, isWorkday } from '../../core/workdays'
import { seedDemoAt } from '../helpers/demo-seed'
import { nextMoment } from '../../demo/next-moment'
import { demoOpenid } from '../../demo/identities'
import { OWN_TIME } from '../../demo/office'
import { actsAt } from '../../demo/world'
import type { MemberDoc } from '../../server/model'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from '../../server/actions/activity/model'
import type { DuesPaymentDoc } from '../../server/actions/dues/model'
import { actor, startTestCloud } from '../helpers/cloud'
import { docs } from '../helpers/activity-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

const secretary = () => actor(cloud, demoOpenid('m-b1-01'))

describe.each([
  ['a Friday afternoon', '2026-03-06 15:20', true],
  ['late at night', '2026-03-31 23:55', false],
  ['a holiday morning', '2026-10-02 10:00', false],
])('seeded on %s', (_when, now, inOffice) => {
  beforeAll(async () => {
    await cloud.reset()
    cloud.clock.set(at(now))
    await seedDemoAt(cloud.database, at(now))
  })

  it('has both rules for every branch and this month’s instances', async () => {
    expect(await docs(cloud, 'activitySchedules')).toHaveLength(16)
    const overview = await secretary().ok('secretary', 'schedule.get', {})
    expect(overview.schedules.studyDay?.active && overview.schedules.activityDay?.active).toBe(true)
    expect(overview.activities.filter((a) => a.scheduleId)).toHaveLength(2)
  })

  it('places the live 主题党日 under way in office hours, else at the next office hours (09:00)', async () => {
    const [today] = await docs<ActivityDoc>(cloud, 'activities', { _id: 'org-b1_demo_today' })
    const seededAt = cloud.clock.now()
    if (inOffice) expect(today.startAt).toBe(Math.floor((seededAt - 600_000) / 300_000) * 300_000)
    else {
      expect(today.startAt).toBeGreaterThan(seededAt)
      expect(today.startTime).toBe('09:00')
      expect(isWorkday(today.date)).toBe(true)
    }
  })

  it('lets a member of 机关第一党支部 sign in to today’s 主题党日 with the live code', async () => {
    // First the hub's 调到下次活动开始后10分钟: ten minutes into it, or nowhere while one is under way.
    const seededAt = cloud.clock.now()
    const next = (await nextMoment(cloud.database, seededAt))!
    if (inOffice) expect(next.at).toBe(seededAt)
    else expect(next.what).toMatch(/^机关第一党支部「主题党日：重温入党誓词」（09:00–11:00）正在进行/)
    cloud.clock.set(next.at)
    const live = await secretary().ok('secretary', 'activity.live', { activityId: 'org-b1_demo_today' })
    expect(live.window.state).toBe('open')
    const member = actor(cloud, demoOpenid('m-b1-02'))
    const home = await member.ok('member', 'activity.list', {})
    expect(home.items.find((i) => i.id === 'org-b1_demo_today')).toMatchObject({
      me: { status: 'expected', can: { signIn: true } },
    })
    const signed = await member.ok('member', 'attendance.signIn', {
      activityId: 'org-b1_demo_today',
      code: live.code!.code,
      via: 'qr',
    })
    expect(signed.already).toBe(false)
    cloud.clock.set(seededAt)
  })

  it('holds every meeting on a working day in office hours, and stamps nothing after now', async () => {
    const seededAt = cloud.clock.now()
    const activities = await docs<ActivityDoc>(cloud, 'activities')
    const live = activities.find((a) => a._id === 'org-b1_demo_today')!
    const offHours = activities
      .filter((a) => a !== live || !inOffice)
      .filter((a) => !isWorkday(a.date) || !isOfficeClock(a.startTime) || !isOfficeClock(a.endTime))
      .map((a) => `${a._id} ${a.date} ${a.startTime}–${a.endTime}`)
    expect(offHours).toEqual([])
    for (const a of activities) expect(chinaDate(a.startAt)).toBe(a.date)
    // Moved off a day of rest, as a secretary would: marked as edited.
    expect(activities.some((a) => a.scheduleId !== null && a.edited)).toBe(true)

    const payments = await docs<DuesPaymentDoc>(cloud, 'duesPayments')
    const leaves = await docs<LeaveRequestDoc>(cloud, 'leaveRequests')
    const stamps = [
      ...payments.flatMap((p) => [p.reportedAt, p.confirmedAt]),
      ...leaves.flatMap((l) => [l.requestedAt, l.decidedAt]),
      ...activities.map((a) => a.publishedAt),
    ].filter((t): t is number => t !== null)
    expect(stamps.filter((t) => t > seededAt)).toEqual([])
    // Reports and confirmations in office hours (none at the seed's own hour of the night).
    const reports = payments.flatMap((p) => [p.reportedAt, p.confirmedAt]).filter((t): t is number => t !== null)
    expect(reports.filter((t) => !isOfficeTime(t)).length).toBeLessThan(reports.length * 0.02)
  })

  it('closed last month with attendance, leave and 补学 in every state', async () => {
    const last = addMonths(chinaMonth(cloud.clock.now()), -1)
    const records = await docs<AttendanceDoc>(cloud, 'attendance', { month: last })
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(['present', 'leave', 'absent']))
    const tasks = await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { branchId: 'org-b1' })
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(['done', 'submitted', 'due', 'returned']))
    const history = await secretary().ok('secretary', 'activity.branchHistory', { year: Number(last.slice(0, 4)) })
    const lastMonth = history.months.find((m) => m.month === last)!
    for (const row of lastMonth.activities) expect(row.present + row.onLeave + row.absent).toBe(row.expected)
    const queue = await secretary().ok('secretary', 'makeup.queue', {})
    expect(queue.groups.length).toBeGreaterThan(0)
  })

  it('leaves no member a long tail of old 补学: none open from over three months back', async () => {
    const tasks = await docs<MakeupTaskDoc>(cloud, 'makeupTasks')
    const open = tasks.filter((t) => ['due', 'returned', 'submitted'].includes(t.status))
    expect(open.length).toBeGreaterThan(0)
    const cutoff = cloud.clock.now() - 100 * 24 * 3600_000
    expect(open.filter((t) => t.activity.startAt < cutoff).map((t) => t._id)).toEqual([])
    const perMember = new Map<string, number>()
    for (const t of open) perMember.set(t.memberId, (perMember.get(t.memberId) ?? 0) + 1)
    expect(Math.max(...perMember.values())).toBeLessThanOrEqual(4)

    // The bound member with the most: returned first, then due, then submitted; the latest first within each.
    let mine: { open: { activityId: string; status: string; startAt: number }[] } | null = null
    for (const [memberId] of [...perMember.entries()].sort((a, b) => b[1] - a[1])) {
      const answer = await actor(cloud, demoOpenid(memberId)).call('member', 'makeup.mine', {})
      if (answer.ok) {
        mine = answer.data
        break
      }
    }
    if (!mine) throw new Error('no bound member has an open 补学')
    const rank: Record<string, number> = { returned: 0, due: 1, submitted: 2 }
    const expected = [...mine.open].sort((a, b) => rank[a.status] - rank[b.status] || b.startAt - a.startAt)
    expect(mine.open.length).toBeGreaterThan(1)
    expect(mine.open.map((t) => t.activityId)).toEqual(expected.map((t) => t.activityId))
  })

  it('has no 心得 in the app from a member not bound by then; some of theirs done in person, recorded by the secretary', async () => {
    const now = cloud.clock.now()
    const members = new Map((await docs<MemberDoc>(cloud, 'members')).map((m) => [m._id, m]))
    const tasks = await docs<MakeupTaskDoc>(cloud, 'makeupTasks')
    const activities = new Map((await docs<ActivityDoc>(cloud, 'activities')).map((a) => [a._id, a]))
    const unboundWrites = tasks.flatMap((t) =>
      t.submissions.filter((s) => !s.proxy && !actsAt(members.get(t.memberId)!, s.at)).map(() => t._id),
    )
    expect(unboundWrites).toEqual([])
    const offline = tasks.filter((t) => t.offline)
    expect(offline.length).toBeGreaterThan(0)
    for (const t of offline) {
      const o = t.offline!
      const a = activities.get(t.activityId)!
      const secretary = members.get(o.byId!)!
      expect([t.status, t.submissions, secretary.branchId, secretary.role]).toEqual([
        'done',
        [],
        t.branchId,
        'secretary',
      ])
      expect(o.on).toBe(chinaDate(o.at))
      expect(o.at > a.endAt && o.at < now && isOfficeTime(o.at)).toBe(true)
    }
    // 补学审核 lists who still owes it, the unbound among them, each to be recorded in person.
    const queue = await secretary().ok('secretary', 'makeup.queue', {})
    expect(queue.groups.flatMap((g) => g.owing).some((o) => !o.bound)).toBe(true)
  })

  it('has every 心得 written in the member’s own time (the lunch break or after work) and reviewed in office hours, after the close and before now', async () => {
    const now = cloud.clock.now()
    const closed = new Map((await docs<ActivityDoc>(cloud, 'activities')).map((a) => [a._id, a.closedAt ?? a.endAt]))
    const ownTime = (t: number) => {
      const clock = formatChinaClock(t)
      return OWN_TIME.some((s) => clock >= s.from && clock <= s.to)
    }
    const written = (await docs<MakeupTaskDoc>(cloud, 'makeupTasks')).flatMap((t) =>
      t.submissions.filter((s) => !s.proxy).map((s) => ({ id: t._id, at: s.at, closedAt: closed.get(t.activityId)! })),
    )
    expect(written.length).toBeGreaterThan(100)
    const odd = written.filter((w) => !ownTime(w.at) || w.at <= w.closedAt || w.at > now)
    expect(odd.map((w) => `${w.id} ${formatChinaDateTime(w.at)}`)).toEqual([])
    // The secretary reviews it in office hours after it came in, never at the seed's own hour.
    const reviews = (await docs<MakeupTaskDoc>(cloud, 'makeupTasks')).flatMap((t) =>
      t.reviews.map((r) => ({ id: t._id, at: r.at, sent: t.submittedAt! })),
    )
    const late = reviews.filter((r) => !isOfficeTime(r.at) || r.at <= r.sent || r.at > now)
    expect(late.map((r) => `${r.id} ${formatChinaDateTime(r.at)}`)).toEqual([])
  })

  it('lets the timer make next month’s instances without duplicating any', async () => {
    const next = addMonths(chinaMonth(cloud.clock.now()), 1)
    await fetch(cloud.url + '/_admin/timers/timer', { method: 'POST' })
    // Instances of the schedules only: a one-off the demo has ahead (a 组织生活会) is not the timer's.
    const scheduled = { month: next, scheduleId: { $ne: null } }
    const once = await docs<{ scheduleId: string | null }>(cloud, 'activities', scheduled)
    await fetch(cloud.url + '/_admin/timers/timer', { method: 'POST' })
    expect(once).toHaveLength(16)
    expect(new Set(once.map((a) => a.scheduleId)).size).toBe(16)
    expect(await docs(cloud, 'activities', scheduled)).toHaveLength(16)
  })
})
