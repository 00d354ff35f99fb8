/**
 * 总览, a branch's months, absentees and a member's year, against the store: the figures are
 * the records counted the roster's way, the same on every view, for the bureau and a branch.
 */
import { chinaMonth } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import { docs, insertDocs } from '../helpers/activity-mothers'
import { insertHeld, aHeldMeeting } from '../helpers/attendance-mothers'
import { aMinutes } from '../helpers/minutes-mothers'
import { asAdmin, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { testNow } from '../helpers/now'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(testNow())
})

const monthOf = (at: number) => chinaMonth(at)

it('counts a closed meeting the way its roster does, on 总览, the branch and absentees alike', async () => {
  const id = await aHeldMeeting(cloud)
  const [activity] = await cloud.database.find('activities', { _id: id })
  const month = activity.month as string
  const year = Number(month.slice(0, 4))
  const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId: id })
  const bureau = await asAdmin(cloud).ok('admin', 'attendance.bureau', { year, month })
  const a = bureau.branches.find((b) => b.branchId === WORLD.branchA)!
  expect(bureau.branches.map((b) => b.name)).toEqual(['第一支部', '第二支部'])
  expect(a.total).toMatchObject({
    activities: 1,
    expected: roster.counts.expected,
    present: roster.counts.present,
    onLeave: roster.counts.onLeave,
    absent: roster.counts.absent,
    ratePct: 40,
  })
  expect(a.total.makeup).toEqual({ assigned: 3, due: 1, submitted: 1, returned: 0, done: 1 })
  expect(a.byType.committeeMeeting).toEqual(a.total)
  expect(bureau.bureau.total).toEqual(a.total)

  const branch = await asSecretary(cloud).ok('secretary', 'attendance.branch', { year, month })
  expect(branch.total).toEqual(a.total)
  expect(branch.byMonth[Number(month.slice(5)) - 1]).toEqual(a.byMonth[Number(month.slice(5)) - 1])
  expect(branch.activities.map((r) => r.id)).toEqual([id])

  const missing = await asSecretary(cloud).ok('secretary', 'attendance.absentees', { activityId: id })
  expect(missing.activities[0].activity.figures).toEqual(a.total)
  expect(missing.activities[0].people).toEqual([
    { memberId: WORLD.memberA2, name: '甲党员二', status: 'absent', reason: '未请假', makeup: 'submitted' },
    { memberId: WORLD.unboundA, name: '甲未绑定', status: 'absent', reason: '未请假', makeup: 'due' },
    { memberId: WORLD.memberA1, name: '甲党员一', status: 'onLeave', reason: '外出执法检查', makeup: 'done' },
  ])
  const cell = await asAdmin(cloud).ok('secretary', 'attendance.absentees', {
    branchId: WORLD.branchA,
    month,
    type: 'committeeMeeting',
  })
  expect(cell.activities).toEqual(missing.activities)
})

it('counts an ended activity not yet closed as the roster does: leave approved, pending, and absent', async () => {
  const startAt = testNow() - 3 * 3600_000
  const id = await insertHeld(cloud, {
    closed: false,
    startAt,
    records: { [WORLD.secretaryA]: 'present', [WORLD.memberA1]: 'present' },
    // memberA1 came after all: present wins over the approved leave.
    leaves: {
      [WORLD.memberA1]: { status: 'approved', reason: '出差' },
      [WORLD.memberA2]: { status: 'approved', reason: '病假' },
      [WORLD.unboundA]: { status: 'pending', reason: '家中有事' },
    },
  })
  const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId: id })
  const month = monthOf(startAt)
  const branch = await asSecretary(cloud).ok('secretary', 'attendance.branch', {
    year: Number(month.slice(0, 4)),
    month,
  })
  expect(branch.total).toMatchObject({
    expected: roster.counts.expected,
    present: roster.counts.present,
    onLeave: roster.counts.onLeave,
    leavePending: roster.counts.leavePending,
    absent: roster.counts.absent,
  })
  expect(branch.total).toMatchObject({ expected: 5, present: 2, onLeave: 1, leavePending: 1, absent: 1 })
})

it('follows a correction at once: a 补签 and a leave approved after closing change every view', async () => {
  const id = await aHeldMeeting(cloud)
  const [activity] = await cloud.database.find('activities', { _id: id })
  const month = activity.month as string
  const year = Number(month.slice(0, 4))
  const before = await asAdmin(cloud).ok('admin', 'attendance.bureau', { year, month })
  expect(before.bureau.total).toMatchObject({ present: 2, onLeave: 1, absent: 2 })
  await asSecretary(cloud).ok('secretary', 'attendance.markPresent', {
    activityId: id,
    memberId: WORLD.memberA2,
    reason: '会场签到簿有签字',
  })
  await cloud.database.insertRaw('leaveRequests', [
    {
      _id: `${id}_${WORLD.unboundA}`,
      activityId: id,
      branchId: WORLD.branchA,
      memberId: WORLD.unboundA,
      startAt: activity.startAt,
      status: 'pending',
      reason: '住院',
      requestedAt: activity.startAt,
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
      decisionReason: null,
      history: [],
    },
  ])
  await asSecretary(cloud).ok('secretary', 'leave.decide', { activityId: id, memberId: WORLD.unboundA, approve: true })
  const after = await asAdmin(cloud).ok('admin', 'attendance.bureau', { year, month })
  expect(after.bureau.total).toMatchObject({ present: 3, onLeave: 2, absent: 0, ratePct: 60 })
  // The 补签 cancelled that member's 补学.
  expect(after.bureau.total.makeup.assigned).toBe(2)
  const people = await asSecretary(cloud).ok('secretary', 'attendance.absentees', { activityId: id })
  expect(people.activities[0].people.map((p) => [p.name, p.status, p.reason])).toEqual([
    ['甲党员一', 'onLeave', '外出执法检查'],
    ['甲未绑定', 'onLeave', '住院'],
  ])
})

it("gives a member's year with reasons, and keeps another branch's secretary out", async () => {
  const id = await aHeldMeeting(cloud)
  const [activity] = await cloud.database.find('activities', { _id: id })
  const year = Number((activity.month as string).slice(0, 4))
  const mine = await asSecretary(cloud).ok('secretary', 'attendance.member', { memberId: WORLD.memberA1, year })
  expect(mine.rows.map((r) => [r.activity.id, r.status, r.reason, r.makeup])).toEqual([
    [id, 'onLeave', '外出执法检查', 'done'],
  ])
  expect(mine.figures).toMatchObject({ expected: 1, onLeave: 1, ratePct: 0 })
  const other = await asSecretary(cloud, 'B').call('secretary', 'attendance.member', { memberId: WORLD.memberA1, year })
  expect(other).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
  const cell = await asSecretary(cloud, 'B').call('secretary', 'attendance.absentees', { activityId: id })
  expect(cell).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
})

it('refuses a cell without a month and a month outside the year, in words', async () => {
  const none = await asSecretary(cloud).call('secretary', 'attendance.absentees', {})
  expect(none).toMatchObject({ ok: false, error: { code: 'ATTENDANCE_VIEW.NEED_SCOPE' } })
  const outside = await asAdmin(cloud).call('admin', 'attendance.bureau', { year: 2025, month: '2026-03' })
  expect(outside).toMatchObject({
    ok: false,
    error: { code: 'ATTENDANCE_VIEW.MONTH_OUTSIDE_YEAR', message: '月份应在所选年份之内' },
  })
  const bad = await asAdmin(cloud).call('admin', 'attendance.bureau', { month: '2026-13' })
  expect(bad).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
})

it("puts the branch's row of the rules on 支部概览, in words", async () => {
  cloud.clock.set(Date.parse('2026-05-10T09:00:00+08:00'))
  await insertHeld(cloud, { type: 'committeeMeeting', startAt: Date.parse('2026-05-06T14:30:00+08:00') })
  const general20 = await insertHeld(cloud, {
    type: 'generalMeeting',
    startAt: Date.parse('2026-02-20T15:00:00+08:00'),
  })
  const unrecorded = await asSecretary(cloud).ok('secretary', 'overview.branch', {})
  // Held, but a meeting counts only once its minutes are confirmed.
  expect(unrecorded.compliance.missed).toContain('第一季度党员大会的会议记录未确认（2月20日召开）')
  const [meeting] = await docs<ActivityDoc>(cloud, 'activities', { _id: general20 })
  await insertDocs(cloud, 'minutes', [aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt })])
  const overview = await asSecretary(cloud).ok('secretary', 'overview.branch', {})
  expect(overview.compliance.year).toBe(2026)
  expect(overview.compliance.toHold).toContain('本季度还需召开党员大会')
  expect(overview.compliance.toHold).not.toContain('本月还需召开支委会')
  expect(overview.compliance.missed).toContain('4月未召开支委会')
  expect(overview.compliance.missed).not.toContain('第一季度未召开党员大会')
  const general = overview.compliance.checks.find((c) => c.rule === 'generalMeeting')
  expect(general?.periods[0]).toMatchObject({ state: 'held', heldDates: ['2026-02-20'] })
})

describe.each([
  ['after the collection day', 20, true],
  ['on the 1st, before the collection day', 1, false],
])('reads dues the way 党费收缴情况 does, and study the way 学习情况 does, %s', (_when, day, open) => {
  it('shows the same amounts, rate and state', async () => {
    const month = chinaMonth(testNow())
    cloud.clock.set(Date.parse(`${month}-${String(day).padStart(2, '0')}T10:00:00+08:00`))
    const year = Number(month.slice(0, 4))
    const { aBill } = await import('../helpers/dues-mothers')
    await cloud.database.insertRaw('duesBills', [
      aBill(WORLD.memberA1, WORLD.branchA, month, 3000, 3000),
      aBill(WORLD.memberA2, WORLD.branchA, month, 1501, 0),
      aBill(WORLD.secretaryA, WORLD.branchA, month, 0, 0),
      aBill(WORLD.memberB1, WORLD.branchB, month, 2000, 5000),
    ] as unknown as Record<string, unknown>[])
    const [figures, rates, study] = await Promise.all([
      asAdmin(cloud).ok('admin', 'attendance.bureau', { year, month }),
      asAdmin(cloud).ok('admin', 'dues.collection', { year }),
      asAdmin(cloud).ok('admin', 'study.overview', { month }),
    ])
    const i = rates.months.indexOf(month)
    for (const b of figures.branches) {
      const cell = rates.branches.find((r) => r.branchId === b.branchId)!.cells[i]
      expect(b.dues).toEqual({ dueFen: cell.dueFen, paidFen: cell.paidFen, ratePct: cell.ratePct, open: cell.open })
      expect(b.study.sharePct).toBe(study.branches.find((s) => s.branchId === b.branchId)!.sharePercent)
    }
    expect(figures.branches.map((b) => b.dues.open)).toEqual([open, open])
    expect(figures.branches.map((b) => b.dues.ratePct)).toEqual(open ? [66.7, 100] : [null, null])
    expect(figures.bureau.dues).toMatchObject({ dueFen: 6501, paidFen: 5000, open })
  })
})
