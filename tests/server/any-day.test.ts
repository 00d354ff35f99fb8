/**
 * The product on the run's day (TEST_NOW): the demo bureau built at that instant, every role's
 * first screens, the timer, and a day's work relative to "now" — a check-in today and 3 days
 * back, an activity two hours ahead, this month's dues. `npm run test:dates` runs this at the
 * instants where date code breaks (month ends, the China/UTC new-year boundary, 29 February…).
 */
import { addMonths } from '../../core/activity/recurrence'
import { chinaDate, chinaMonth, formatChinaClock } from '../../core/dates'
import { inChina } from '../../core/china-dayjs'
import { addDays, monthOfDay } from '../../core/study'
import { seedDemoAt } from '../helpers/demo-seed'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { DuesBillDoc, DuesSettingsDoc } from '../../server/actions/dues/model'
import type { MemberDoc } from '../../server/model'
import { codeForStep } from '../../server/actions/activity/sign-code'
import { codeStep } from '../../core/activity/code'
import { actor, startTestCloud, type Actor } from '../helpers/cloud'
import { docs } from '../helpers/activity-mothers'
import { testNow } from '../helpers/now'
import { isOfficeClock, isOfficeTime, isWorkday, nextOfficeStart } from '../../core/workdays'

let cloud: LocalCloud
let members: MemberDoc[]
const now = testNow()
const today = chinaDate(now)
const month = chinaMonth(now)

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
  members = await docs<MemberDoc>(cloud, 'members', {})
})
afterAll(() => cloud.close())

const as = (memberId: string): Actor => actor(cloud, demoOpenid(memberId))
const admin = (): Actor => actor(cloud, DEMO_ADMIN_OPENID)
const branches = () => [...new Set(members.map((m) => m.branchId))].sort()
/** A bound, ordinary member of each branch (the first by id). */
const memberOf = (branchId: string): MemberDoc =>
  members
    .filter((m) => m.branchId === branchId && m.role === 'member' && m.openid)
    .sort((a, b) => (a._id < b._id ? -1 : 1))[0]
const secretaryOf = (branchId: string): MemberDoc =>
  members.find((m) => m.branchId === branchId && m.role === 'secretary') as MemberDoc

describe(`the demo bureau built at ${today}`, () => {
  it("answers every member's first screens for this month", async () => {
    for (const branchId of branches()) {
      const me = as(memberOf(branchId)._id)
      const home = await me.ok('member', 'home.get', {})
      expect(home.study?.month).toBe(month)
      for (const day of home.study?.studyDays ?? []) expect(day.startsWith(month) && day <= today).toBe(true)
      if (home.nextActivity) expect(home.nextActivity.endAt).toBeGreaterThan(cloud.clock.now())
      expect(home.dues?.month).toBe(month)

      const study = await me.ok('member', 'study.month', {})
      expect(study).toMatchObject({ today, month, day: today })
      expect(study.recordableDays).toEqual([0, -1, -2, -3].map((d) => addDays(today, d)))

      const dues = await me.ok('member', 'dues.my', {})
      expect(dues).toMatchObject({ today, currentMonth: month, thisMonth: { month } })
      for (const h of dues.history) expect(h.month <= addMonths(month, dues.settings.prepayLimit)).toBe(true)

      await me.ok('member', 'activity.list', {})
    }
    for (const a of await docs<ActivityDoc>(cloud, 'activities', {})) {
      expect([a.date, a.month]).toEqual([chinaDate(a.startAt), chinaMonth(a.startAt)])
    }
  })

  it("answers every secretary's and the party office's first screens", async () => {
    for (const branchId of branches()) {
      const secretary = as(secretaryOf(branchId)._id)
      const overview = await secretary.ok('secretary', 'overview.branch', {})
      expect(overview).toBeTruthy()
      const dues = await secretary.ok('secretary', 'dues.branch', {})
      expect(dues.thisMonth.month).toBe(month)
      await secretary.ok('secretary', 'study.branch', {})
      await secretary.ok('secretary', 'schedule.get', {})
    }
    const rates = await admin().ok('admin', 'dues.collection', {})
    expect(rates.year).toBe(inChina(now).year())
    const shares = await admin().ok('admin', 'study.overview', {})
    expect(shares.month).toBe(month)
  })

  it('holds every meeting on a working day in office hours; the live 主题党日 under way only in office hours', async () => {
    const activities = await docs<ActivityDoc>(cloud, 'activities', {})
    const live = activities.find((a) => a._id === 'org-b1_demo_today')!
    const offHours = activities
      .filter((a) => a !== live || !isOfficeTime(now))
      .filter((a) => !isWorkday(a.date) || !isOfficeClock(a.startTime) || !isOfficeClock(a.endTime))
      .map((a) => `${a._id} ${a.date} ${a.startTime}`)
    expect(offHours).toEqual([])
    if (isOfficeTime(now)) expect(live.startAt).toBeLessThan(now)
    else expect(live.startAt).toBe(nextOfficeStart(now) + 30 * 60_000)
  })

  it('has this month billed exactly from each branch’s collection day, and the timer agrees twice over', async () => {
    const billedBefore = await docs<DuesBillDoc>(cloud, 'duesBills', { month })
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
      expect(res.status).toBe(200)
    }
    const settings = await docs<DuesSettingsDoc>(cloud, 'duesSettings', {})
    const bills = await docs<DuesBillDoc>(cloud, 'duesBills', { month })
    for (const s of settings) {
      const billed = bills.filter((b) => b.branchId === s._id)
      if (inChina(now).date() >= s.collectionDay) expect(billed.length).toBeGreaterThan(0)
      // Before the collection day, only months someone paid ahead have a bill.
      else expect(billed.filter((b) => b.applied.length === 0)).toEqual([])
    }
    expect(new Set(bills.map((b) => b._id)).size).toBe(bills.length)
    expect(bills.length).toBeGreaterThanOrEqual(billedBefore.length)
    const next = await docs<ActivityDoc>(cloud, 'activities', { month: addMonths(month, 1), scheduleId: { $ne: null } })
    expect(next).toHaveLength(2 * branches().length)
  })
})

describe(`a day's work on ${today}`, () => {
  it('a check-in today and 3 days back (across a month start if need be) count; 4 days back is refused', async () => {
    const who = as(memberOf('org-b2')._id)
    const entry = { title: '学习党章', minutes: 30 }
    const todays = await who.ok('member', 'study.checkIn', entry)
    expect(todays).toMatchObject({ day: today, late: false })
    const earliest = addDays(today, -3)
    const late = await who.ok('member', 'study.checkIn', { ...entry, day: earliest })
    expect(late).toMatchObject({ day: earliest, late: true })
    const tooLate = await who.call('member', 'study.checkIn', { ...entry, day: addDays(today, -4) })
    expect(tooLate).toMatchObject({ ok: false, error: { code: 'STUDY.TOO_LATE' } })
    const tomorrow = await who.call('member', 'study.checkIn', { ...entry, day: addDays(today, 1) })
    expect(tomorrow).toMatchObject({ ok: false, error: { code: 'STUDY.FUTURE_DAY' } })

    const thenMonth = await who.ok('member', 'study.month', { month: monthOfDay(earliest) })
    expect(thenMonth.studyDays).toContain(earliest)
    const home = await who.ok('member', 'home.get', {})
    expect(home.study?.studyDays).toContain(today)
    expect(home.study?.studyDays.includes(earliest)).toBe(monthOfDay(earliest) === month)
  })

  it('an activity two hours ahead lands on the China day and month it starts, and closes with 补学', async () => {
    const branchId = 'org-b3'
    const secretary = as(secretaryOf(branchId)._id)
    const start = inChina(Math.ceil((cloud.clock.now() + 2 * 3600_000) / 300_000) * 300_000)
    const date = start.format('YYYY-MM-DD')
    const startTime = formatChinaClock(start.valueOf())
    const endTime = startTime >= '23:00' ? '23:59' : formatChinaClock(start.valueOf() + 3600_000)
    const created = await secretary.ok('secretary', 'activity.create', {
      branchId,
      type: 'partyLecture',
      date,
      startTime,
      endTime,
      place: '五楼报告厅',
      agenda: '书记讲党课',
      materials: [{ kind: 'text', title: '讲稿', text: '党章总纲' }],
      publish: true,
    })
    expect(created.startAt).toBe(start.valueOf())
    const [doc] = await docs<ActivityDoc>(cloud, 'activities', { _id: created.id })
    expect(doc).toMatchObject({ date, month: date.slice(0, 7) })

    const present = as(memberOf(branchId)._id)
    const absent = members.find(
      (m) => m.branchId === branchId && m.role === 'member' && m.openid && m._id !== memberOf(branchId)._id,
    ) as MemberDoc
    const listed = await present.ok('member', 'activity.list', {})
    expect(listed.items.map((i) => i.id)).toContain(created.id)

    cloud.clock.set(start.valueOf() + 60_000)
    const code = codeForStep(doc.signInSecret, codeStep(cloud.clock.now()))
    const signed = await present.ok('member', 'attendance.signIn', { activityId: created.id, code, via: 'code' })
    expect(signed.already).toBe(false)

    cloud.clock.set(doc.endAt + 5 * 60_000)
    const { roster } = await secretary.ok('secretary', 'activity.close', { activityId: created.id })
    expect(roster.rows.find((r) => r.memberId === memberOf(branchId)._id)?.status).toBe('present')
    expect(roster.rows.find((r) => r.memberId === absent._id)?.status).toBe('absent')
    const makeup = await as(absent._id).ok('member', 'makeup.mine', {})
    expect(makeup.open.map((t) => t.activityId)).toContain(created.id)
    cloud.clock.set(now)
  })

  it("this month's dues: reported, confirmed, and the same on the member's page, the branch's and the ledger", async () => {
    const branchId = 'org-b2'
    const settings = (await docs<DuesSettingsDoc>(cloud, 'duesSettings', { _id: branchId }))[0]
    const payer = members.find(
      (m) => m.branchId === branchId && m.role === 'member' && m.openid && m._id !== memberOf(branchId)._id,
    ) as MemberDoc
    const me = as(payer._id)
    const before = await me.ok('member', 'dues.my', {})
    const option = before.payOptions[0]
    if (!option) {
      // Nothing to pay at this instant (paid ahead, or not billed before the collection day).
      expect(before.thisMonth.status === 'paid' || inChina(now).date() < settings.collectionDay).toBe(true)
      return
    }
    const reported = await me.ok('member', 'dues.report', {
      months: option.months,
      amountFen: option.totalFen,
      method: 'wechat',
    })
    const pending = reported.payments.find((p) => p.status === 'reported') as { id: string }
    await as(secretaryOf(branchId)._id).ok('secretary', 'dues.payment.confirm', { paymentId: pending.id })
    const after = await me.ok('member', 'dues.my', {})
    for (const m of option.months) {
      const row = [after.thisMonth, ...after.history].find((h) => h.month === m)
      expect(row).toMatchObject({ status: 'paid' })
    }
    const years = [...new Set(option.months.map((m) => Number(m.slice(0, 4))))]
    for (const year of years) {
      const ledger = await as(secretaryOf(branchId)._id).ok('secretary', 'dues.ledger', { year })
      const row = ledger.members.find((r) => r.memberId === payer._id)
      for (const m of option.months.filter((x) => x.startsWith(String(year)))) {
        expect(row?.cells[ledger.months.indexOf(m)]).toMatchObject({ status: 'paid' })
      }
    }
  })
})
