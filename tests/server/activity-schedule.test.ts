/** Recurring days: setting a rule, instances made once per month by the timer, the page or the rule, moving one. */
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import { asMember, asSecretary, asAdmin, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { at, docs } from '../helpers/activity-mothers'
import { dayOffIn } from '../../core/activity/day-off'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-02 09:00'))
})

const FIRST_FRIDAY = {
  kind: 'activityDay' as const,
  recurrence: { kind: 'nthWeekday' as const, n: 1 as const, weekday: 5 as const },
  startTime: '15:00',
  endTime: '17:00',
  place: '三楼会议室',
}

const fireTimer = () => fetch(cloud.url + '/_admin/timers/timer', { method: 'POST' }).then((r) => r.json())

describe('setting a recurring day', () => {
  it('makes this month’s and next month’s instance as drafts, with the rule in words', async () => {
    const view = await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    expect(view.schedules.activityDay).toMatchObject({
      id: `${WORLD.branchA}_activityDay`,
      recurrenceText: '每月第一个星期五',
      active: true,
    })
    expect(view.schedules.studyDay).toBeNull()
    expect(view.month).toBe('2026-03')
    expect(view.activities).toEqual([
      expect.objectContaining({
        id: `${WORLD.branchA}_activityDay_2026-03`,
        title: '3月党员集中活动日',
        status: 'planned',
        startAt: at('2026-03-06 15:00'),
        endAt: at('2026-03-06 17:00'),
        scheduleId: `${WORLD.branchA}_activityDay`,
        edited: false,
      }),
    ])
    const april = await docs<ActivityDoc>(cloud, 'activities', { _id: `${WORLD.branchA}_activityDay_2026-04` })
    expect(april[0]).toMatchObject({ date: '2026-04-03', status: 'planned' })
  })

  it('is audited with before and after', async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    await asSecretary(cloud).ok('secretary', 'schedule.set', {
      ...FIRST_FRIDAY,
      recurrence: { kind: 'monthDay', day: 10 },
    })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'schedule.set' })).entries
    expect(entry).toMatchObject({
      branchId: WORLD.branchA,
      before: { recurrenceText: '每月第一个星期五' },
      after: { recurrenceText: '每月10日' },
    })
  })

  it('re-times drafts not changed by hand, leaves moved ones alone, and cancels and restores them when switched off and on', async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    const april = `${WORLD.branchA}_activityDay_2026-04`
    await asSecretary(cloud).ok('secretary', 'activity.update', { activityId: april, changes: { date: '2026-04-10' } })
    const march = `${WORLD.branchA}_activityDay_2026-03`
    await asSecretary(cloud).ok('secretary', 'activity.update', { activityId: march, changes: { agenda: '学习党章' } })
    const view = await asSecretary(cloud).ok('secretary', 'schedule.set', {
      ...FIRST_FRIDAY,
      recurrence: { kind: 'monthDay', day: 31 },
      startTime: '09:00',
      endTime: '11:00',
    })
    expect(view.activities[0]).toMatchObject({ startAt: at('2026-03-31 09:00') })
    expect((await docs<ActivityDoc>(cloud, 'activities', { _id: april }))[0]).toMatchObject({
      date: '2026-04-10',
      startTime: '15:00',
      edited: true,
    })

    const off = await asSecretary(cloud).ok('secretary', 'schedule.set', { ...FIRST_FRIDAY, active: false })
    expect(off.activities[0].status).toBe('cancelled')
    const on = await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    expect(on.activities[0]).toMatchObject({ status: 'planned', startAt: at('2026-03-06 15:00') })
  })

  it('refuses an end before the start, and another branch', async () => {
    const bad = await asSecretary(cloud).call('secretary', 'schedule.set', { ...FIRST_FRIDAY, endTime: '14:00' })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', fields: { endTime: '结束时间要晚于开始时间' } },
    })
    const other = await asSecretary(cloud, 'B').call('secretary', 'schedule.set', {
      ...FIRST_FRIDAY,
      branchId: WORLD.branchA,
    })
    expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
  })

  it('lets an admin set a branch’s rule by naming it', async () => {
    const view = await asAdmin(cloud).ok('secretary', 'schedule.set', { ...FIRST_FRIDAY, branchId: WORLD.branchB })
    expect(view.branch.id).toBe(WORLD.branchB)
  })
})

describe('instances appear by themselves, once', () => {
  beforeEach(async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    await asSecretary(cloud).ok('secretary', 'schedule.set', {
      ...FIRST_FRIDAY,
      kind: 'studyDay',
      recurrence: { kind: 'monthDay', day: 10 },
    })
  })

  it('the timer, fired twice at once and again next month, makes one instance per schedule and month', async () => {
    cloud.clock.set(at('2026-04-01 00:05'))
    const [first, second] = await Promise.all([fireTimer(), fireTimer()])
    expect(first).toMatchObject({ result: { ok: true } })
    expect(second).toMatchObject({ result: { ok: true } })
    await fireTimer()
    const all = await docs<ActivityDoc>(cloud, 'activities', { branchId: WORLD.branchA })
    expect(all.map((a) => a._id).sort()).toEqual(
      [
        'activityDay_2026-03',
        'activityDay_2026-04',
        'activityDay_2026-05',
        'studyDay_2026-03',
        'studyDay_2026-04',
        'studyDay_2026-05',
      ].map((s) => `${WORLD.branchA}_${s}`),
    )
  })

  it('reading the page makes them too, before any timer ran', async () => {
    cloud.clock.set(at('2026-06-15 10:00'))
    const june = await asSecretary(cloud).ok('secretary', 'schedule.get', {})
    expect(june.activities.map((a) => a.title)).toEqual(['6月党员集中活动日', '6月固定学习日'])
    const again = await Promise.all(
      [1, 2, 3].map(() => asSecretary(cloud).ok('secretary', 'schedule.get', { month: '2026-07' })),
    )
    expect(again[0].activities).toHaveLength(2)
    expect(await docs(cloud, 'activities', { month: '2026-07' })).toHaveLength(2)
  })

  it('says which days fall on a weekend or an official holiday (the 10th of October 2026 is a working Saturday)', async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    await asSecretary(cloud).ok('secretary', 'schedule.set', {
      ...FIRST_FRIDAY,
      kind: 'studyDay',
      recurrence: { kind: 'monthDay', day: 10 },
      startTime: '09:00',
      endTime: '11:00',
    })
    const dayOff = async (month: string) =>
      (await asSecretary(cloud).ok('secretary', 'schedule.get', { month })).activities.map((a) => [a.title, a.dayOff])
    cloud.clock.set(at('2026-09-15 10:00'))
    expect(await dayOff('2026-10')).toEqual([
      ['10月党员集中活动日', '国庆节假期'],
      ['10月固定学习日', null],
    ])
    expect(await dayOff('2026-03')).toEqual([
      ['3月党员集中活动日', null],
      ['3月固定学习日', null],
    ])
    cloud.clock.set(at('2027-03-15 10:00'))
    expect(await dayOff('2027-04')).toEqual([
      ['4月党员集中活动日', null],
      ['4月固定学习日', '周末'],
    ])
  })

  it('发布活动 and 调整时间 carry the coming months’ days off in their one read, so the picked day is warned on', async () => {
    cloud.clock.set(at('2026-09-15 10:00'))
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    const october = `${WORLD.branchA}_activityDay_2026-10`
    const form = await asSecretary(cloud).ok('secretary', 'activity.form', { activityId: october })
    // The timer's October instance falls on 2 October: its form says so as it opens.
    expect([form.daysOff.from, form.daysOff.to]).toEqual(['2026-09-01', '2027-09-30'])
    expect(dayOffIn(form.daysOff, '2026-10-02')).toBe('国庆节假期')
    expect(dayOffIn(form.daysOff, '2026-10-10')).toBeNull()
    const blank = await asSecretary(cloud).ok('secretary', 'activity.form', {})
    expect(blank.daysOff).toEqual(form.daysOff)
    const schedule = await asSecretary(cloud).ok('secretary', 'schedule.get', { month: '2026-10' })
    expect(schedule.daysOff).toEqual(form.daysOff)
    expect(schedule.activities.find((a) => a.id === october)?.dayOff).toBe(dayOffIn(form.daysOff, '2026-10-02'))
  })

  it('members do not see drafts', async () => {
    const list = await asMember(cloud).ok('member', 'activity.list', {})
    expect(list.items).toEqual([])
  })
})

describe('moving one instance', () => {
  it('a published instance needs a reason; the move is audited and members see the new time', async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    const id = `${WORLD.branchA}_activityDay_2026-04`
    await asSecretary(cloud).ok('secretary', 'activity.publish', { activityId: id })
    const noReason = await asSecretary(cloud).call('secretary', 'activity.update', {
      activityId: id,
      changes: { date: '2026-04-07' },
    })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'ACTIVITY.REASON_REQUIRED' } })
    const moved = await asSecretary(cloud).ok('secretary', 'activity.update', {
      activityId: id,
      changes: { date: '2026-04-07' },
      reason: '4月3日为清明节假期',
    })
    expect(moved).toMatchObject({ startAt: at('2026-04-07 15:00'), edited: true, status: 'published' })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'activity.update' })).entries
    expect(entry).toMatchObject({
      before: { date: '2026-04-03' },
      after: { date: '2026-04-07' },
      summary: expect.stringContaining('清明节'),
    })
    const list = await asMember(cloud).ok('member', 'activity.list', {})
    expect(list.items.map((i) => [i.id, i.startAt])).toEqual([[id, at('2026-04-07 15:00')]])
  })

  it('活动安排’s 调整时间 moves it in one call answered with the month shown, audited as a change', async () => {
    await asSecretary(cloud).ok('secretary', 'schedule.set', FIRST_FRIDAY)
    const id = `${WORLD.branchA}_activityDay_2026-04`
    const page = await asSecretary(cloud).ok('secretary', 'schedule.move', {
      activityId: id,
      changes: { date: '2026-04-07', place: '五楼会议室' },
      month: '2026-04',
    })
    expect(page.month).toBe('2026-04')
    expect(page.activities.find((a) => a.id === id)).toMatchObject({
      startAt: at('2026-04-07 15:00'),
      place: '五楼会议室',
      edited: true,
    })
    const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'activity.update' })).entries
    expect(entry).toMatchObject({ after: { date: '2026-04-07', place: '五楼会议室' } })
    const same = await asSecretary(cloud).call('secretary', 'schedule.move', {
      activityId: id,
      changes: { date: '2026-04-07' },
    })
    expect(same).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOTHING_CHANGED' } })
  })
})
