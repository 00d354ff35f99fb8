/**
 * 党员发展 (issue 25) against the local cloud: a person walked from the application to 转正 with
 * past days (the office recording 备案, 预审, 审批), the 支部大会 steps taking passed 表决 — the
 * admission makes the roster entry with a binding code, the 转正 makes it full with 党龄 from the
 * 预备期's end; refusals with codes and nothing written; deadline reminders once; the office's counts.
 */
import { addDays, addMonths } from '../../core/appraisal/rules'
import { chinaDate, chinaInstant } from '../../core/dates'
import type { FunctionName } from '../../core/contract'
import type { DevelopStep } from '../../core/develop/types'
import type { LocalCloud } from '../../localcloud/server'
import type { DevelopCandidateDoc } from '../../server/actions/develop/model'
import type { OutboxDoc } from '../../server/actions/notify/model'
import type { AuditDoc, MemberDoc } from '../../server/model'
import { docs } from '../helpers/activity-mothers'
import { asAdmin, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { anApplicant, insertPeople } from '../helpers/develop-mothers'
import { insertMeeting } from '../helpers/minutes-mothers'
import { aVote, insertVote, tally } from '../helpers/vote-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const today = () => chinaDate(cloud.clock.now())
async function fails(actor: Actor, fn: FunctionName, action: string, input: object, code: string) {
  const answer = await actor.call(fn, action as never, input as never)
  expect(answer).toMatchObject({ ok: false, error: { code } })
  return answer
}

/** A held 支部党员大会 of branch A on `day` with a passed (or failed) motion. */
async function passedVote(day: string, passed = true) {
  const meeting = await insertMeeting(cloud, {
    date: day,
    month: day.slice(0, 7),
    startAt: chinaInstant(`${day} 14:30`),
    endAt: chinaInstant(`${day} 16:30`),
  })
  const vote = aVote(meeting, { entitled: 3, present: 3, probationary: 0 }, passed ? tally(3) : tally(1, 2))
  return (await insertVote(cloud, vote))._id
}

describe('from the application to 转正', () => {
  it('walks the 25 steps in order with past days, the office recording its own', async () => {
    const sec = asSecretary(cloud)
    const office = asAdmin(cloud)
    const A = addMonths(today(), -30)
    const at = (months: number, days = 0) => addDays(addMonths(A, months), days)
    let page = await sec.ok('secretary', 'develop.add', { name: '王小明', day: A })
    const personId = page.person.id
    expect(page.next?.step).toBe('talk')
    const rec = async (who: Actor, step: DevelopStep, day: string, extra: object = {}) => {
      page = await who.ok('secretary', 'develop.record', { personId, step, day, ...extra } as never)
      return page
    }
    await rec(sec, 'talk', at(0, 10))
    await rec(sec, 'activist', at(1))
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'activistFiling', day: at(1, 5) },
      'DEVELOP.OFFICE_STEP',
    )
    await rec(office, 'activistFiling', at(1, 5))
    await rec(sec, 'contacts', at(1, 5), { memberIds: [WORLD.memberA1] })
    // Only "not before the step before", long passed: not worth words; a year as 积极分子 is.
    expect(page.next?.earliestWords).toBe('')
    await rec(sec, 'training', at(7))
    expect(page.next?.earliestWords).toMatch(/^最早.*细则第十三条/)
    const year = addMonths(at(1), 12)
    await rec(sec, 'training', year)
    // 细则第十三条: one year as 积极分子 — the day before is refused, the day itself accepted.
    const early = await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'candidate', day: addDays(year, -1) },
      'DEVELOP.TOO_EARLY',
    )
    expect(JSON.stringify(early)).toContain('第十三条')
    await rec(sec, 'candidate', year)
    await rec(office, 'candidateFiling', at(13, 3))
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'sponsors', day: at(13, 5), memberIds: [WORLD.memberA1] },
      'DEVELOP.PEOPLE_COUNT',
    )
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'sponsors', day: at(13, 5), memberIds: [WORLD.memberA1, WORLD.memberB1] },
      'DEVELOP.PERSON_NOT_IN_BRANCH',
    )
    await rec(sec, 'sponsors', at(13, 5), { memberIds: [WORLD.memberA1, WORLD.memberA2] })
    await rec(sec, 'politicalReview', at(14))
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'course', day: at(14), days: 2, hours: 16 },
      'DEVELOP.COURSE_SHORT',
    )
    await rec(sec, 'course', at(14), { days: 3 })
    await rec(sec, 'committeeReview', at(15))
    await rec(office, 'preReview', at(15, 3))
    await rec(sec, 'form', at(15, 5))
    const failed = await passedVote(at(16), false)
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'admissionVote', voteId: failed },
      'DEVELOP.VOTE_NOT_PASSED',
    )
    const admission = await passedVote(at(16))
    const fresh = await sec.ok('secretary', 'develop.person', { personId })
    expect(fresh.votes.map((v) => v.id)).toEqual([admission])
    await rec(sec, 'admissionVote', at(16), { voteId: admission })
    expect(page.binding?.code).toMatch(/^\d{6}$/)
    expect(page.person.joinDate).toBe(at(16))
    expect(page.person.probationEnd).toBe(addMonths(at(16), 12))
    const [member] = await docs<MemberDoc>(cloud, 'members', { _id: page.person.memberId! })
    expect(member).toMatchObject({ name: '王小明', branchId: WORLD.branchA, probationary: true, joinDate: at(16) })
    await rec(office, 'approvalTalk', at(16, 10))
    await rec(office, 'approval', at(17))
    await rec(office, 'upperFiling', at(17, 5))
    await rec(sec, 'placed', at(17, 5))
    await rec(sec, 'oath', at(17, 6))
    await rec(sec, 'probationReview', at(22))
    const end = addMonths(at(16), 12)
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId, step: 'fullApplication', day: addDays(addMonths(end, -1), -1) },
      'DEVELOP.TOO_EARLY',
    )
    await rec(sec, 'fullApplication', addMonths(end, -1))
    const early2 = await passedVote(addDays(end, -1))
    await fails(sec, 'secretary', 'develop.record', { personId, step: 'fullVote', voteId: early2 }, 'DEVELOP.TOO_EARLY')
    const full = await passedVote(end)
    await rec(sec, 'fullVote', end, { voteId: full })
    expect(page.person.fullSince).toBe(end)
    const [after] = await docs<MemberDoc>(cloud, 'members', { _id: page.person.memberId! })
    expect(after).toMatchObject({ probationary: false, fullSince: end })
    await rec(office, 'fullApproval', at(29))
    await rec(sec, 'archive', at(29))
    expect(page.person.status).toBe('done')
    expect(page.person.stageLabel).toBe('正式党员')
    expect(page.next).toBeNull()
    const audits = await docs<AuditDoc>(cloud, 'auditLog', {})
    expect(audits.filter((a) => a.kind === 'develop.record')).toHaveLength(25)
    expect(audits.filter((a) => a.kind === 'develop.admit')).toHaveLength(1)
    expect(audits.filter((a) => a.kind === 'develop.full')).toHaveLength(1)
  })
})

describe('refusals write nothing', () => {
  it('a skipped step, a future day, another branch’s person, a closed one', async () => {
    await insertPeople(cloud, [anApplicant(cloud, 10)])
    const sec = asSecretary(cloud)
    const before = (await docs(cloud, 'auditLog', {})).length
    const skipped = await fails(
      sec,
      'secretary',
      'develop.record',
      { personId: 'dev-a1', step: 'activist', day: today() },
      'DEVELOP.OUT_OF_ORDER',
    )
    expect(JSON.stringify(skipped)).toContain('派人谈话')
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId: 'dev-a1', step: 'talk', day: addDays(today(), 1) },
      'DEVELOP.FUTURE',
    )
    await fails(sec, 'secretary', 'develop.add', { name: '未来人', day: addDays(today(), 1) }, 'DEVELOP.FUTURE')
    await fails(asSecretary(cloud, 'B'), 'secretary', 'develop.person', { personId: 'dev-a1' }, 'AUTH.OTHER_BRANCH')
    await fails(
      asSecretary(cloud, 'B'),
      'secretary',
      'develop.record',
      { personId: 'dev-a1', step: 'talk', day: today() },
      'AUTH.OTHER_BRANCH',
    )
    expect((await docs(cloud, 'auditLog', {})).length).toBe(before)
    const [stored] = await docs<DevelopCandidateDoc>(cloud, 'developCandidates', { _id: 'dev-a1' })
    expect(stored!.steps.talk).toBeUndefined()
    const pipeline = await sec.ok('secretary', 'develop.archive', { personId: 'dev-a1', reason: '本人申请暂缓' })
    expect(pipeline.people).toHaveLength(0)
    expect(pipeline.closed.map((r) => r.statusLabel)).toEqual(['已停止培养'])
    await fails(
      sec,
      'secretary',
      'develop.record',
      { personId: 'dev-a1', step: 'talk', day: today() },
      'DEVELOP.CLOSED',
    )
  })
})

describe('deadlines', () => {
  it('remind the secretary once; the pipeline and the office show what is due this month', async () => {
    cloud.clock.set(chinaInstant(`${today()} 10:00`))
    // Applied 25 days ago: the one-month talk is due within a week.
    await insertPeople(cloud, [anApplicant(cloud, 25)])
    const fire = () => fetch(`${cloud.url}/_admin/timers/timer`, { method: 'POST' })
    await Promise.all([fire(), fire()])
    await fire()
    const pushes = (await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('develop:'))
    expect(pushes.map((p) => p.memberId)).toEqual([WORLD.secretaryA])
    cloud.clock.set(chinaInstant(`${addDays(today(), 1)} 09:30`))
    await fire()
    expect((await docs<OutboxDoc>(cloud, 'outbox', {})).filter((p) => p.key.startsWith('develop:'))).toHaveLength(1)
    const office = await asAdmin(cloud).ok('admin', 'develop.bureau', {})
    expect(office.branches.find((b) => b.branchId === WORLD.branchA)?.counts.applicant).toBe(1)
    expect(office.total.applicant).toBe(1)
  })
})
