/**
 * One truth per figure for an activity: 活动记录, 活动现场 and the office's 出勤 views count the
 * same people in the same states — a pending leave is 请假待批 (not 请假), and someone on approved
 * leave who signs in after all counts once, as present.
 */
import type { LocalCloud } from '../../localcloud/server'
import { aLeave, at, codeNow, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())

it('counts alike while under way, after the end before closing, and after closing', async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-05 09:00'))
  const activity = await insertActivity(cloud)
  await insertDocs(cloud, 'leaveRequests', [
    aLeave(activity, WORLD.memberA1, { status: 'approved' }),
    aLeave(activity, WORLD.memberA2, { status: 'pending' }),
  ])
  cloud.clock.set(at('2026-03-06 15:05'))
  await asMember(cloud, WORLD.memberA1).ok('member', 'attendance.signIn', {
    activityId: activity._id,
    code: codeNow(cloud),
    via: 'code',
  })

  const compare = async (expected: { present: number; onLeave: number; leavePending: number; absent: number }) => {
    const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId: activity._id })
    const history = await asSecretary(cloud).ok('secretary', 'activity.branchHistory', { year: 2026 })
    const row = history.months.flatMap((m) => m.activities).find((r) => r.id === activity._id)
    expect(roster.counts).toMatchObject(expected)
    expect(row).toMatchObject(expected)
    return row
  }

  const during = await compare({ present: 1, onLeave: 0, leavePending: 1, absent: 0 })
  expect(during?.waiting).toBe(3)
  cloud.clock.set(at('2026-03-06 17:30'))
  await compare({ present: 1, onLeave: 0, leavePending: 1, absent: 3 })
  const office = await asAdmin(cloud).ok('secretary', 'attendance.branch', {
    branchId: WORLD.branchA,
    year: 2026,
    month: '2026-03',
  })
  const figures = office.activities.find((a) => a.id === activity._id)?.figures
  expect(figures).toMatchObject({ present: 1, onLeave: 0, leavePending: 1, absent: 3 })
  await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: activity._id })
  // Closing decides the pending leave as absent (only approved leave is leave).
  await compare({ present: 1, onLeave: 0, leavePending: 0, absent: 4 })
})
