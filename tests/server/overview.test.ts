import type { LocalCloud } from '../../localcloud/server'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { anApplicant, insertPeople } from '../helpers/develop-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

describe('支部概览 in one call', () => {
  it('counts members, activities, what waits and dues for the branch', async () => {
    cloud.clock.set(Date.parse('2026-03-04T09:00:00+08:00'))
    await asSecretary(cloud).ok('secretary', 'activity.create', {
      type: 'activityDay',
      date: '2026-03-06',
      startTime: '15:00',
      endTime: '17:00',
      place: '三楼会议室',
      agenda: '学习党章',
      publish: true,
    })
    const list = await asMember(cloud).ok('member', 'activity.list', { scope: 'upcoming' })
    await asMember(cloud).ok('member', 'leave.request', { activityId: list.items[0].id, reason: '出差' })
    const overview = await asSecretary(cloud).ok('secretary', 'overview.branch', {})
    expect(overview).toMatchObject({
      branch: { id: WORLD.branchA, name: '第一支部' },
      month: '2026-03',
      members: { total: 5, bound: 4 },
      activities: { published: 1, closed: 0 },
      waiting: { leavePending: 1, makeupSubmitted: 0, paymentsReported: 0 },
    })
    expect(overview.dues.paidFen).toBeLessThanOrEqual(overview.dues.dueFen)
  })

  it('lets an admin look at any branch, and keeps secretaries to their own', async () => {
    expect(await asAdmin(cloud).ok('secretary', 'overview.branch', { branchId: WORLD.branchB })).toMatchObject({
      members: { total: 2, bound: 2 },
    })
    expect(
      await asSecretary(cloud, 'B').call('secretary', 'overview.branch', { branchId: WORLD.branchA }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OTHER_BRANCH' },
    })
  })

  it('counts 党员发展 as its page does: people in the pipeline, due this month, already past', async () => {
    cloud.clock.set(Date.parse('2026-03-20T09:00:00+08:00'))
    await insertPeople(cloud, [
      // applied 2026-02-10: the talk is due 3月10日, already past
      anApplicant(cloud, 38, { _id: 'dev-late' }),
      // applied 2026-03-05: the talk is due 4月5日, not this month
      anApplicant(cloud, 15, { _id: 'dev-new' }),
      // applied 2026-02-25: due 3月25日
      anApplicant(cloud, 23, { _id: 'dev-soon' }),
      anApplicant(cloud, 40, { _id: 'dev-stopped', status: 'archived' }),
      anApplicant(cloud, 40, { _id: 'dev-b', branchId: WORLD.branchB }),
    ])
    const sec = asSecretary(cloud)
    const [overview, pipeline] = await Promise.all([
      sec.ok('secretary', 'overview.branch', {}),
      sec.ok('secretary', 'develop.pipeline', {}),
    ])
    expect(overview.develop).toEqual({ people: 3, due: 2, overdue: 1 })
    expect(pipeline.dueThisMonth).toHaveLength(overview.develop.due)
  })
})
