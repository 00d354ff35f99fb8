/**
 * The demo bureau's 表决: a motion 通过, one 未通过 though a majority of the ballots cast (赞成 not
 * over half of all entitled), and a meeting 无效 for lack of quorum — each read as the screens
 * read it, with figures that agree with the meeting's sign-in.
 */
import type { BranchHistory } from '../../core/contract/activity-officer-views'
import type { VotePage } from '../../core/contract/vote'
import { inChina } from '../../core/china-dayjs'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
const pages: VotePage[] = []
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
  const secretary = actor(cloud, demoOpenid('m-b1-01'))
  const year = inChina(cloud.clock.now()).year()
  for (const y of [year, year - 1]) {
    const history: BranchHistory = await secretary.ok('secretary', 'activity.branchHistory', { year: y })
    const held = history.months
      .flatMap((m) => m.activities)
      .filter((a) => a.status === 'closed' && a.type === 'generalMeeting')
    for (const a of held) pages.push(await secretary.ok('secretary', 'vote.get', { activityId: a.id }))
  }
})
afterAll(() => cloud.close())

const motions = () => pages.flatMap((p) => p.motions.map((m) => ({ page: p, motion: m })))

it('keeps a motion passed, one not passed for want of half of all entitled, and a void one', () => {
  const passed = motions().find(({ motion }) => motion.outcome === 'passed')
  expect(passed).toBeDefined()
  const failed = motions().find(({ motion }) => motion.outcome === 'failed')!
  expect(failed.motion.tally.for).toBeLessThan(failed.motion.threshold)
  const cast = failed.motion.tally.for + failed.motion.tally.against + failed.motion.tally.abstain
  expect(failed.motion.tally.for * 2).toBeGreaterThan(cast)
  expect(failed.motion.lines.at(-1)).toMatch(/虽然超过了所投\d+票的半数/)
  const invalid = motions().find(({ motion }) => motion.outcome === 'void')!
  expect(invalid.page.figures.valid).toBe(false)
  expect(invalid.page.activity.title).toBe('临时支部党员大会：讨论接收预备党员')
})

it('counts every motion against the figures its meeting’s sign-in shows', () => {
  expect(motions().length).toBeGreaterThanOrEqual(3)
  for (const { page, motion } of motions()) {
    expect(motion.figures).toEqual({ entitled: page.figures.entitled, present: page.figures.present })
    expect(page.figuresChanged).toBeNull()
  }
})

it('lets a member of the branch read the motions in the minutes', async () => {
  const { page } = motions().find(({ motion }) => motion.outcome === 'failed')!
  const reading = await actor(cloud, demoOpenid('m-b1-02')).ok('member', 'minutes.read', {
    activityId: page.activity.id,
  })
  expect(reading.votes.map((v) => v.outcome).sort()).toEqual(['failed', 'passed'])
})
