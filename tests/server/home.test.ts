import type { LocalCloud } from '../../localcloud/server'
import { asMember, asSecretary, asStranger, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

describe('首页 in one call', () => {
  it('gives a stranger only the session, so the app can send them to 绑定', async () => {
    expect(await asStranger(cloud).ok('member', 'home.get', {})).toEqual({
      session: { bound: false, role: null, member: null },
      nextActivity: null,
      makeup: [],
      study: null,
      dues: null,
      unreadNotices: 0,
      noticesToAck: 0,
      welcome: false,
      officer: null,
      office: null,
    })
  })

  it("gives a member the next activity, this month's study days and dues", async () => {
    cloud.clock.set(Date.parse('2026-03-04T09:00:00+08:00'))
    await asSecretary(cloud).ok('secretary', 'activity.create', {
      type: 'activityDay',
      date: '2026-03-06',
      startTime: '15:00',
      endTime: '17:00',
      place: '三楼会议室',
      agenda: '学习党章第一章',
      publish: true,
    })
    await asMember(cloud).ok('member', 'study.checkIn', { title: '党章第一章', minutes: 30 })
    const home = await asMember(cloud).ok('member', 'home.get', {})
    expect(home.session).toMatchObject({ bound: true, member: { id: WORLD.memberA1 } })
    expect(home.nextActivity).toMatchObject({ type: 'activityDay', place: '三楼会议室', me: { status: 'expected' } })
    expect(home.study).toEqual({ month: '2026-03', studyDays: ['2026-03-04'] })
    expect(home.dues).toMatchObject({ month: '2026-03' })
    expect(home.makeup).toEqual([])
  })
})
