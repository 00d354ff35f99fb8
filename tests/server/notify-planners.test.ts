/**
 * The timer plans each reminder once per (reminder, member): an activity's the evening before and
 * an hour before; dues on the collection day and at 3 and 5 months of arrears; 补学 open a week;
 * 政治生日, with 29 February joins greeted on 28 February in a common year.
 */
import { chinaInstant } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { OutboxDoc } from '../../server/actions/notify/model'
import { aLeave, docs, insertActivity, insertDocs } from '../helpers/activity-mothers'
import { asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBill, aSettings, insertDues } from '../helpers/dues-mothers'
import { aMember } from '../helpers/mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const at = (dateTime: string) => cloud.clock.set(chinaInstant(dateTime))
async function tick(): Promise<void> {
  const res = await fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
  expect(res.status).toBe(200)
}
const pushes = (filter: Record<string, unknown> = {}) => docs<OutboxDoc>(cloud, 'outbox', filter)
const whoGot = async (key: string) => (await pushes({ key })).map((p) => p.memberId).sort()

describe('activity reminders', () => {
  beforeEach(async () => {
    at('2026-03-01 09:00')
    await insertActivity(cloud, { publishedAt: chinaInstant('2026-03-01 09:00') })
  })

  it('go at 18:00 the day before and an hour before, once, to those expected and not on leave', async () => {
    const [activity] = await docs<ActivityDoc>(cloud, 'activities', { _id: 'act-1' })
    await insertDocs(cloud, 'leaveRequests', [aLeave(activity, WORLD.memberA2, { status: 'approved' })])
    const eve = `act:act-1:${activity.startAt}:eve`
    const hour = `act:act-1:${activity.startAt}:hour`
    at('2026-03-05 17:59')
    await tick()
    expect(await pushes({ activityId: 'act-1' })).toEqual([])
    at('2026-03-05 18:00')
    await Promise.all([tick(), tick()])
    await tick()
    // Bound, expected, not on approved leave: the unbound member has nothing to be pushed to.
    expect(await whoGot(eve)).toEqual([WORLD.admin, WORLD.memberA1, WORLD.secretaryA].sort())
    at('2026-03-06 13:59')
    await tick()
    expect(await whoGot(hour)).toEqual([])
    at('2026-03-06 14:05')
    await tick()
    await tick()
    expect(await whoGot(hour)).toEqual([WORLD.admin, WORLD.memberA1, WORLD.secretaryA].sort())
    at('2026-03-06 15:30')
    await tick()
    expect(await pushes({ activityId: 'act-1' })).toHaveLength(6)
  })

  it('follow a moved activity to its new time and never remind of the old one', async () => {
    at('2026-03-05 18:05')
    await tick()
    const before = await pushes({ tag: 'eve' })
    expect(before).toHaveLength(4)
    await asSecretary(cloud).ok('secretary', 'activity.update', {
      activityId: 'act-1',
      changes: { date: '2026-03-09' },
      reason: '与上级会议冲突，改期',
    })
    expect((await pushes({ tag: 'eve' })).every((p) => p.status === 'cancelled')).toBe(true)
    at('2026-03-08 18:01')
    await tick()
    const moved = await pushes({ tag: 'eve', status: 'pending' })
    expect(moved).toHaveLength(4)
    expect(moved[0].key).toBe(`act:act-1:${chinaInstant('2026-03-09 15:00')}:eve`)
    expect(moved[0].data.time2.value).toBe('2026年3月9日 15:00')
  })

  it('skip the evening reminder of an activity published after that evening', async () => {
    await insertActivity(cloud, { _id: 'act-late', publishedAt: chinaInstant('2026-03-05 19:00') })
    at('2026-03-05 19:10')
    await tick()
    expect(await pushes({ activityId: 'act-late' })).toEqual([])
  })
})

describe('dues reminders', () => {
  beforeEach(async () => {
    const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']
    await insertDues(cloud, {
      settings: [aSettings(WORLD.branchA, { collectionDay: 5, billedThrough: '2026-03' })],
      bills: [
        ...months.map((m) => aBill(WORLD.memberA1, WORLD.branchA, m, 3000, m === '2026-03' ? 0 : 3000)),
        ...months.map((m) => aBill(WORLD.memberA2, WORLD.branchA, m, 3000, m < '2025-12' ? 3000 : 0)),
        ...months.map((m) => aBill(WORLD.secretaryA, WORLD.branchA, m, 3000, 3000)),
      ],
    })
  })

  it('go on the collection day from 09:00 to those unpaid this month, and at 3 months to the member and the secretary', async () => {
    at('2026-03-05 08:59')
    await tick()
    expect(await pushes()).toEqual([])
    at('2026-03-05 09:00')
    await Promise.all([tick(), tick(), tick()])
    // Everyone else in the world was billed by the timer just now and owes this month too.
    const thisMonth = await whoGot('dues:2026-03')
    expect(thisMonth).toEqual(expect.arrayContaining([WORLD.memberA1, WORLD.memberA2]))
    expect(thisMonth).not.toContain(WORLD.secretaryA)
    expect(await whoGot('arrears:3:2025-12')).toEqual([WORLD.memberA2])
    const [toSecretary] = await pushes({ key: `arrears:3:2025-12:${WORLD.memberA2}` })
    expect(toSecretary).toMatchObject({ memberId: WORLD.secretaryA, template: 'dues' })
    expect(toSecretary.data.thing3.value).toBe('甲党员二已连续3个月未交党费')
    const planned = (await pushes()).length
    at('2026-03-06 09:00')
    await tick()
    expect(await pushes()).toHaveLength(planned)
  })
})

describe('补学 and 政治生日', () => {
  it('remind of 补学 still open a week after it was set, once', async () => {
    const activity = await insertActivity(cloud, { status: 'closed' })
    const task = (memberId: string, status: string) => ({
      _id: `act-1_${memberId}`,
      activityId: activity._id,
      branchId: WORLD.branchA,
      memberId,
      cause: 'absent',
      activity: { title: activity.title, type: activity.type, startAt: activity.startAt },
      materials: [],
      status,
      createdAt: chinaInstant('2026-03-06 17:30'),
    })
    await insertDocs(cloud, 'makeupTasks', [task(WORLD.memberA1, 'due'), task(WORLD.memberA2, 'done')])
    at('2026-03-13 09:30')
    await tick()
    expect(await pushes()).toEqual([])
    at('2026-03-14 09:30')
    await tick()
    await tick()
    expect((await pushes()).map((p) => [p.memberId, p.template, p.data.phrase2.value])).toEqual([
      [WORLD.memberA1, 'makeup', '待补学'],
    ])
  })

  it('greet a 29 February join on 28 February in a common year and on 29 February in a leap year', async () => {
    await cloud.database.insertRaw('members', [
      aMember({ _id: 'm-leap', branchId: WORLD.branchA, name: '闰年党员', joinDate: '1996-02-29' }),
    ] as unknown as Record<string, unknown>[])
    at('2027-02-28 10:00')
    await tick()
    expect(await whoGot('birthday:2027')).toEqual(['m-leap'])
    const [greeting] = await pushes({ key: 'birthday:2027' })
    expect(greeting.data).toEqual({
      name1: { value: '闰年党员' },
      date2: { value: '1996年2月29日' },
      thing3: { value: '祝您31周年政治生日快乐，不忘初心' },
    })
    at('2028-02-28 10:00')
    await tick()
    expect(await whoGot('birthday:2028')).toEqual([])
    at('2028-02-29 10:00')
    await tick()
    expect(await whoGot('birthday:2028')).toEqual(['m-leap'])
  })
})
