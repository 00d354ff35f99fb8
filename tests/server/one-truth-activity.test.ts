/**
 * One truth per figure for an activity: 活动记录, 活动现场 and the office's 出勤 views count the
 * same people in the same states — a pending leave is 请假待批 (not 请假), and someone on approved
 * leave who signs in after all counts once, as present. A 补学 done in person (线下补学) reads
 * the same words, with its day, on 活动现场, 缺勤人员, a member's year, the ledger and the member's own screens (活动详情, 补学, 我的补学, 活动's list).
 */
import { offlineDayOf } from '../../core/activity/offline'
import { makeupStateText, type MakeupStatus } from '../../core/activity/types'
import type { LocalCloud } from '../../localcloud/server'
import type { MakeupTaskDoc } from '../../server/actions/activity/model'
import { aLeave, at, codeNow, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
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

it('reads a 补学 done in person alike on every officer screen, the office’s, the ledger’s words and the member’s own', async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-06 17:30'))
  const activity = await insertActivity(cloud)
  await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: activity._id })
  cloud.clock.set(at('2026-03-10 10:00'))
  const on = '2026-03-09'
  await asSecretary(cloud).ok('secretary', 'makeup.recordOffline', {
    activityId: activity._id,
    memberId: WORLD.memberA2,
    on,
    note: '在支部活动室学习了材料，交了纸质心得',
  })

  const id = WORLD.memberA2
  const seen: Array<[string, { status: MakeupStatus | null; offline?: string }]> = []
  const live = await asSecretary(cloud).ok('secretary', 'activity.live', { activityId: activity._id })
  const liveRow = live.roster.rows.find((r) => r.memberId === id)
  seen.push(['活动现场', { status: liveRow?.makeup ?? null, offline: liveRow?.makeupOffline }])
  for (const [who, officer] of [
    ['书记', asSecretary(cloud)],
    ['党委办', asAdmin(cloud)],
  ] as const) {
    const missing = await officer.ok('secretary', 'attendance.absentees', { activityId: activity._id })
    const person = missing.activities[0].people.find((p) => p.memberId === id)
    seen.push([`${who}：缺勤人员`, { status: person?.makeup ?? null, offline: person?.makeupOffline }])
    const year = await officer.ok('secretary', 'attendance.member', { memberId: id, year: 2026 })
    const row = year.rows.find((r) => r.activity.id === activity._id)
    seen.push([`${who}：党员出勤`, { status: row?.makeup ?? null, offline: row?.makeupOffline }])
  }
  const member = asMember(cloud, id)
  const page = await member.ok('member', 'activity.get', { activityId: activity._id })
  seen.push(['活动详情', { status: page.me.makeup, offline: page.me.makeupOffline }])
  seen.push(['补学', { status: page.makeupTask?.status ?? null, offline: page.makeupTask?.offline?.on }])
  const mine = await member.ok('member', 'makeup.mine', {})
  const item = mine.done.find((t) => t.activityId === activity._id)
  seen.push(['我的补学', { status: item?.status ?? null, offline: item?.offlineOn }])
  const past = await member.ok('member', 'activity.list', { scope: 'past' })
  const card = past.items.find((a) => a.id === activity._id)
  seen.push(['活动（我的参加记录）', { status: card?.me.makeup ?? null, offline: card?.me.makeupOffline }])
  const [task] = await docs<MakeupTaskDoc>(cloud, 'makeupTasks', { _id: `${activity._id}_${id}` })
  seen.push(['台账（补学）', { status: task.status, offline: offlineDayOf(task) ?? undefined }])

  const words = seen.map(([screen, s]) => [screen, s.status && makeupStateText(s.status, s.offline)])
  expect(words).toEqual(seen.map(([screen]) => [screen, '线下补学（书记登记） 3月9日']))
  // Every other member's 补学 on the same rows reads without a day.
  expect(live.roster.rows.filter((r) => r.makeupOffline !== undefined).map((r) => r.memberId)).toEqual([id])
})
