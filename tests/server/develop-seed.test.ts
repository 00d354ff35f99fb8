/** The demo bureau's 党员发展: the report's 7 积极分子, and people at every stage, each walked in order. */
import type { DevelopBureau, DevelopPipeline } from '../../core/contract/develop'
import { stepProblem } from '../../core/develop/rules'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import { recordOf, type DevelopCandidateDoc } from '../../server/actions/develop/model'
import { docs } from '../helpers/activity-mothers'
import { actor, startTestCloud } from '../helpers/cloud'
import { DEVELOP_STEP_KEYS } from '../../core/develop/types'
import { chinaDate } from '../../core/dates'
import type { PartyStats } from '../../core/contract/transfer'
import type { MemberDoc } from '../../server/model'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())

it('gives the office people at every stage, the 7 积极分子 among them', async () => {
  const bureau: DevelopBureau = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'develop.bureau', {})
  expect(bureau.total.activist).toBe(7)
  for (const stage of ['applicant', 'candidate', 'admission', 'probation'] as const) {
    expect(bureau.total[stage]).toBeGreaterThan(0)
  }
  const pipeline: DevelopPipeline = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'develop.pipeline', {})
  expect(pipeline.people.length).toBeGreaterThan(2)
})

it('every demo person’s steps pass the rules in order', async () => {
  const today = chinaDate(cloud.clock.now())
  for (const doc of await docs<DevelopCandidateDoc>(cloud, 'developCandidates', {})) {
    const full = recordOf(doc)
    const walked = { steps: {} as typeof full.steps, reviews: [] as string[], extensionMonths: null }
    for (const key of DEVELOP_STEP_KEYS) {
      const day = full.steps[key]
      if (!day) break
      if (key === 'training') {
        for (const r of full.reviews) {
          expect([doc.name, stepProblem(walked, 'training', r, today, 'office')]).toEqual([doc.name, null])
          walked.reviews.push(r)
          walked.steps.training = walked.steps.training ?? r
        }
        continue
      }
      expect([doc.name, key, stepProblem(walked, key, day, today, 'office')]).toEqual([doc.name, key, null])
      walked.steps[key] = day
    }
  }
})

it('党内统计 adds up on the demo, this year and last: every 预备党员 on the roll was admitted on record', async () => {
  const members = await docs<MemberDoc>(cloud, 'members', { status: 'active' })
  const candidates = await docs<DevelopCandidateDoc>(cloud, 'developCandidates', {})
  const admittedOn = new Map(candidates.map((d) => [d.memberId, d.steps.admissionVote?.day]))
  const unrecorded = members.filter((m) => m.probationary && !m.arrived && admittedOn.get(m._id) !== m.joinDate)
  expect(unrecorded.map((m) => m.name)).toEqual([])
  const year = Number(chinaDate(cloud.clock.now()).slice(0, 4))
  for (const y of [year, year - 1]) {
    const stats: PartyStats = await actor(cloud, DEMO_ADMIN_OPENID).ok('admin', 'stats.year', { year: y })
    expect([y, stats.balance.filter((l) => !l.ok).map((l) => l.words)]).toEqual([y, []])
  }
})
