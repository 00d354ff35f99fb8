/**
 * 组织生活会's 会前谈心谈话 (core/orglife/rules.ts talkRunUp): the checklist counts the talks of the
 * run-up to the meeting — not of its calendar year — and the 谈心谈话 sheet's nudge and 支部待办 say
 * the same figure. Every test sets its own day, so the file runs the same at any TEST_NOW.
 */
import { chinaInstant } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import { asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { insertLifeMeeting } from '../helpers/orglife-mothers'
import { aTalk, insertTalks } from '../helpers/talk-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
// The test world's seeding puts the clock back to the run's instant: the day is set after it.
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(chinaInstant('2027-01-05 09:00'))
})

const secretary = () => asSecretary(cloud)

describe('会前谈心谈话: the run-up, not the calendar year', () => {
  const talk = (recorderId: string, partnerId: string, date: string) => aTalk(cloud, { recorderId, partnerId, date })
  const talksLine = async () => {
    const page = await secretary().ok('secretary', 'orglife.page', { activityId: 'act-life' })
    return page.checklist.find((l) => l.key === 'talks')!
  }

  it('counts December’s talks for “2026年度组织生活会” held in January, with the nudge saying the same', async () => {
    await insertLifeMeeting(cloud, { date: '2027-01-15', status: 'published', title: '2026年度组织生活会' })
    await insertTalks(cloud, [
      talk(WORLD.memberA1, WORLD.secretaryA, '2026-12-20'),
      talk(WORLD.memberA1, WORLD.memberA2, '2026-12-20'),
      // The day before the three months: not preparation for this meeting.
      talk(WORLD.memberA2, WORLD.secretaryA, '2026-10-14'),
    ])
    expect(await talksLine()).toMatchObject({ done: false, words: '已谈2人，未谈3人（自10月15日以来）' })
    const nudge = '2027年1月15日召开组织生活会，会前宜完成谈心谈话：还有3人未谈（自10月15日以来）'
    expect((await secretary().ok('member', 'home.get', {})).officer?.talkNudge).toBe(nudge)
    const sheet = await secretary().ok('secretary', 'talk.coverage', {})
    expect(sheet).toMatchObject({ year: 2027, talks: 0, nudge })
  })

  it('counts a talk on the meeting’s day and none after it', async () => {
    cloud.clock.set(chinaInstant('2027-01-20 09:00'))
    await insertLifeMeeting(cloud, { date: '2027-01-15' })
    await insertTalks(cloud, [
      talk(WORLD.memberA1, WORLD.secretaryA, '2026-12-20'),
      talk(WORLD.memberA1, WORLD.memberA2, '2026-12-20'),
      talk(WORLD.memberA2, WORLD.secretaryA, '2027-01-16'),
    ])
    expect((await talksLine()).words).toBe('已谈2人，未谈3人（自10月15日以来）')
    await insertTalks(cloud, [talk(WORLD.memberA2, WORLD.secretaryA, '2027-01-15')])
    expect((await talksLine()).words).toBe('已谈3人，未谈2人（自10月15日以来）')
  })

  it('starts after the branch’s previous 组织生活会 when it was held within the three months', async () => {
    await insertLifeMeeting(cloud, { date: '2027-01-15', status: 'published' })
    await insertLifeMeeting(cloud, { _id: 'act-life-earlier', date: '2026-11-20', title: '专题组织生活会' })
    await insertTalks(cloud, [
      talk(WORLD.memberA1, WORLD.secretaryA, '2026-11-20'),
      talk(WORLD.memberA1, WORLD.memberA2, '2026-11-21'),
    ])
    expect((await talksLine()).words).toBe('已谈0人，未谈5人（自11月21日以来）')
  })
})
