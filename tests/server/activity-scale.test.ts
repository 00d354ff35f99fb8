/** 500 members signing in at once lose nothing; closing a 500-member activity is complete and fast enough. */
import { startLocalCloud, type LocalCloud } from '../../localcloud/server'
import { demoOpenid } from '../../demo/identities'
import type { AttendanceDoc } from '../../server/actions/activity/model'
import { actor, asSecretary, seedWorld, testCloudConfig } from '../helpers/cloud'
import { at, codeNow, docs, insertActivity, insertMembers } from '../helpers/activity-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud(testCloudConfig({ maxInstances: 8 }))
})
afterAll(() => cloud.close())

jest.setTimeout(180_000)

it('500 members signing in at once make 500 records; closing then adds none', async () => {
  await seedWorld(cloud)
  const ids = await insertMembers(cloud, 500)
  await insertActivity(cloud, { expectedIds: [...ids].sort() })
  cloud.clock.set(at('2026-03-06 15:01'))
  const code = codeNow(cloud)
  const replies = await Promise.all(
    ids.map((id) => actor(cloud, demoOpenid(id)).call('member', 'attendance.signIn', { activityId: 'act-1', code })),
  )
  const failed = replies.filter((r) => !r.ok)
  expect(failed).toEqual([])
  const records = await docs<AttendanceDoc>(cloud, 'attendance', { activityId: 'act-1' })
  expect(records).toHaveLength(500)
  expect(new Set(records.map((r) => r.memberId)).size).toBe(500)

  cloud.clock.set(at('2026-03-06 17:05'))
  const closed = await asSecretary(cloud).ok('secretary', 'activity.close', { activityId: 'act-1' })
  expect(closed.roster.counts).toMatchObject({ expected: 500, present: 500, absent: 0 })
  expect(await docs(cloud, 'attendance', { activityId: 'act-1' })).toHaveLength(500)
  expect(await docs(cloud, 'makeupTasks', { activityId: 'act-1' })).toHaveLength(0)
})

it('closing a 500-member activity nobody attended writes 500 records and 500 补学 tasks', async () => {
  await seedWorld(cloud)
  const ids = await insertMembers(cloud, 500)
  await insertActivity(cloud, { expectedIds: [...ids].sort() })
  cloud.clock.set(at('2026-03-06 17:05'))
  const [first, second] = await Promise.all([
    asSecretary(cloud).call('secretary', 'activity.close', { activityId: 'act-1' }),
    asSecretary(cloud).call('secretary', 'activity.close', { activityId: 'act-1' }),
  ])
  expect(first.ok && second.ok).toBe(true)
  expect(await docs(cloud, 'attendance', { activityId: 'act-1' })).toHaveLength(500)
  expect(await docs(cloud, 'makeupTasks', { activityId: 'act-1' })).toHaveLength(500)
  const roster = await asSecretary(cloud).ok('secretary', 'activity.roster', { activityId: 'act-1' })
  expect(roster.counts).toMatchObject({ expected: 500, absent: 500, makeupOpen: 500 })
})
