/**
 * 表决 at a 支部党员大会 (issue 24): who is entitled and who came is read from the sign-in (预备党员
 * apart); the result is worked out, never typed; impossible tallies are refused with nothing
 * written; a correction keeps what the tally held and is audited; the minutes show the motions.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { AuditDoc } from '../../server/model'
import type { VoteDoc } from '../../server/actions/vote/model'
import { codeNow, docs, insertActivityNow, insertActivityTomorrow, insertDocs } from '../helpers/activity-mothers'
import { asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aMinutes, insertMeeting, insertMinutes } from '../helpers/minutes-mothers'
import { aPresence, aVote, insertGeneralMeeting, insertVote, makeProbationary, tally } from '../helpers/vote-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const secretary = () => asSecretary(cloud)
/** Branch A's five: four came, member A2 among them a 预备党员 — 4 entitled, 3 of them present. */
const fourCame = [WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2, WORLD.admin]

async function validMeeting() {
  await makeProbationary(cloud, [WORLD.memberA2])
  return insertGeneralMeeting(cloud, fourCame)
}

const stored = async () => docs<VoteDoc>(cloud, 'votes')
const audited = async (kind: string) => docs<AuditDoc>(cloud, 'auditLog', { kind })

describe('the figures, from the sign-in', () => {
  it('counts full members expected as entitled and those signed in as present; 预备党员 apart', async () => {
    const meeting = await validMeeting()
    const page = await secretary().ok('secretary', 'vote.get', { activityId: meeting._id })
    expect(page.figures).toMatchObject({
      entitled: 4,
      present: 3,
      probationary: 1,
      absent: 1,
      quorumNeeded: 3,
      valid: true,
      threshold: 3,
    })
    expect(page.figures.lines).toEqual([
      '应到会有表决权的正式党员4人，到会3人（另有预备党员1人，没有表决权，不计在内）',
      '到会3人，超过应到4人的半数（至少3人），会议有效',
      '赞成票须超过应到会有表决权的正式党员4人的半数，即至少3票（按应到人数算，不按到会人数算）',
    ])
    expect(page.motions).toEqual([])
    expect(page.can.record).toBe(true)
  })

  it('a sign-in during the meeting counts at once', async () => {
    const meeting = await insertActivityNow(cloud, { _id: 'general-now', type: 'generalMeeting' })
    const before = await secretary().ok('secretary', 'vote.get', { activityId: meeting._id })
    expect(before.figures).toMatchObject({ entitled: 5, present: 0, valid: false })
    await asMember(cloud).ok('member', 'attendance.signIn', { activityId: meeting._id, code: codeNow(cloud) })
    const after = await secretary().ok('secretary', 'vote.get', { activityId: meeting._id })
    expect(after.figures.present).toBe(1)
  })
})

describe('entering a motion', () => {
  it('works out 通过 from the tally and the figures, and audits it', async () => {
    const meeting = await validMeeting()
    const page = await secretary().ok('secretary', 'vote.record', {
      activityId: meeting._id,
      title: '关于确定入党积极分子的决议',
      tally: tally(3, 0, 0),
    })
    expect(page.motions).toHaveLength(1)
    expect(page.motions[0]).toMatchObject({
      title: '关于确定入党积极分子的决议',
      outcome: 'passed',
      outcomeLabel: '通过',
      threshold: 3,
      figures: { entitled: 4, present: 3 },
      recordedByName: '甲书记',
    })
    expect(page.motions[0].lines).toEqual([
      '应到会有表决权的正式党员4人，到会3人（另有预备党员1人，没有表决权，不计在内）',
      '赞成3票，反对0票，弃权0票',
      '赞成3票，超过应到会有表决权的4人的半数（至少3票），通过',
    ])
    const [entry] = await audited('vote.record')
    expect(entry).toMatchObject({ branchId: WORLD.branchA, targetId: page.motions[0].id })
    expect(entry.summary).toContain('通过')
  })

  it('a majority of those present is not enough: 赞成 must exceed half of all entitled', async () => {
    const meeting = await validMeeting()
    // 2 of the 3 present for, 1 against, and the absent member's written opinion against.
    const page = await secretary().ok('secretary', 'vote.record', {
      activityId: meeting._id,
      title: '关于调整党小组设置的决议',
      tally: tally(2, 2, 0, 1),
    })
    expect(page.motions[0]).toMatchObject({ outcome: 'failed', outcomeLabel: '未通过' })
    expect(page.motions[0].lines[1]).toBe('赞成2票，反对2票，弃权0票（其中书面意见1份）')
  })

  it('a written opinion counts in the tally: it can carry a motion', async () => {
    const meeting = await insertGeneralMeeting(cloud, [WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2])
    const page = await secretary().ok('secretary', 'vote.record', {
      activityId: meeting._id,
      title: '关于表彰优秀党员的决议',
      tally: tally(3, 0, 0, 1),
    })
    // 5 entitled, 3 present: 2 present for and 1 written for make 3 of 5.
    expect(page.motions[0]).toMatchObject({ outcome: 'passed', threshold: 3 })
  })

  it('a meeting without its quorum decides nothing; the motion is kept as void', async () => {
    const meeting = await insertGeneralMeeting(cloud)
    const page = await secretary().ok('secretary', 'vote.record', {
      activityId: meeting._id,
      title: '关于确定入党积极分子的决议',
      tally: tally(2, 0, 0),
    })
    expect(page.figures).toMatchObject({ entitled: 5, present: 2, valid: false })
    expect(page.motions[0]).toMatchObject({ outcome: 'void', valid: false })
    expect(page.motions[0].lines[2]).toMatch(/会议无效/)
  })
})

describe('refused, with nothing written', () => {
  async function refused(answer: Promise<unknown>, code: string, message?: RegExp) {
    const env = (await answer) as { ok: boolean; error: { code: string; message: string } }
    expect(env).toMatchObject({ ok: false, error: { code } })
    if (message) expect(env.error.message).toMatch(message)
    expect(await stored()).toEqual([])
    expect(await audited('vote.record')).toEqual([])
  }

  it('a tally over those present and entitled plus the written opinions', async () => {
    const meeting = await validMeeting()
    await refused(
      secretary().call('secretary', 'vote.record', { activityId: meeting._id, title: '决议', tally: tally(3, 1, 0) }),
      'VOTE.TALLY_OVER',
      /合计4票，超过了到会有表决权的3人加书面意见0份/,
    )
  })

  it('written opinions from more people than the entitled who were absent', async () => {
    const meeting = await validMeeting()
    await refused(
      secretary().call('secretary', 'vote.record', {
        activityId: meeting._id,
        title: '决议',
        tally: tally(3, 0, 0, 2),
      }),
      'VOTE.WRITTEN_OVER',
      /书面意见2份，多于没有到会的有表决权党员1人/,
    )
  })

  it('negative numbers and fractions', async () => {
    const meeting = await validMeeting()
    await refused(
      secretary().call('secretary', 'vote.record', {
        activityId: meeting._id,
        title: '决议',
        tally: { for: 3, against: -1, abstain: 0 },
      }),
      'REQUEST.INVALID',
    )
    await refused(
      secretary().call('secretary', 'vote.record', {
        activityId: meeting._id,
        title: '决议',
        tally: { for: 1.5, against: 0, abstain: 0 },
      }),
      'REQUEST.INVALID',
    )
  })

  it('an activity that is not a 支部党员大会', async () => {
    const meeting = await insertMeeting(cloud, { type: 'committeeMeeting', title: '支委会' })
    await refused(
      secretary().call('secretary', 'vote.record', { activityId: meeting._id, title: '决议', tally: tally(1) }),
      'VOTE.NOT_GENERAL_MEETING',
    )
    const get = await secretary().call('secretary', 'vote.get', { activityId: meeting._id })
    expect(get).toMatchObject({ ok: false, error: { code: 'VOTE.NOT_GENERAL_MEETING' } })
  })

  it('a meeting not yet started, or called off', async () => {
    const tomorrow = await insertActivityTomorrow(cloud, { _id: 'general-tomorrow', type: 'generalMeeting' })
    const page = await secretary().ok('secretary', 'vote.get', { activityId: tomorrow._id })
    expect(page).toMatchObject({ can: { record: false }, recordBlocked: '会议开始后才能录入表决结果' })
    await refused(
      secretary().call('secretary', 'vote.record', { activityId: tomorrow._id, title: '决议', tally: tally(1) }),
      'VOTE.NOT_STARTED',
    )
    const off = await insertMeeting(cloud, { status: 'cancelled' })
    await refused(
      secretary().call('secretary', 'vote.record', { activityId: off._id, title: '决议', tally: tally(1) }),
      'VOTE.NOT_STARTED',
      /已取消/,
    )
  })

  it('another branch’s meeting', async () => {
    const meeting = await validMeeting()
    await refused(
      asSecretary(cloud, 'B').call('secretary', 'vote.record', {
        activityId: meeting._id,
        title: '决议',
        tally: tally(1),
      }),
      'AUTH.OTHER_BRANCH',
    )
  })
})

describe('correcting a tally', () => {
  it('keeps what it held, with its reason, and audits it', async () => {
    const meeting = await validMeeting()
    const vote = await insertVote(cloud, aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(2, 1, 0)))
    const page = await secretary().ok('secretary', 'vote.correct', {
      voteId: vote._id,
      tally: tally(3, 0, 0),
      reason: '点票时把一张赞成票算成了反对',
    })
    expect(page.motions[0]).toMatchObject({ outcome: 'passed', tally: tally(3, 0, 0) })
    expect(page.motions[0].corrections).toEqual([
      {
        at: expect.any(Number),
        byName: '甲书记',
        reason: '点票时把一张赞成票算成了反对',
        before: '赞成2票，反对1票，弃权0票',
        beforeFigures: null,
      },
    ])
    const [doc] = await stored()
    expect(doc.corrections[0].before).toEqual(tally(2, 1, 0))
    const [entry] = await audited('vote.correct')
    expect(entry).toMatchObject({
      targetId: vote._id,
      before: { 赞成: 2, 结果: '未通过' },
      after: { 赞成: 3, 结果: '通过', reason: '点票时把一张赞成票算成了反对' },
    })
  })

  it('refuses the same tally, or an impossible one, and changes nothing', async () => {
    const meeting = await validMeeting()
    const vote = await insertVote(cloud, aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(2, 1, 0)))
    const same = await secretary().call('secretary', 'vote.correct', {
      voteId: vote._id,
      tally: tally(2, 1, 0),
      reason: '核对',
    })
    expect(same).toMatchObject({ ok: false, error: { code: 'VOTE.NOTHING_CHANGED' } })
    const over = await secretary().call('secretary', 'vote.correct', {
      voteId: vote._id,
      tally: tally(4, 0, 0),
      reason: '重新点票',
    })
    expect(over).toMatchObject({ ok: false, error: { code: 'VOTE.TALLY_OVER' } })
    expect(await stored()).toEqual([vote])
    expect(await audited('vote.correct')).toEqual([])
  })

  it('another branch’s motion is refused; an unknown one is not found', async () => {
    const meeting = await validMeeting()
    const vote = await insertVote(cloud, aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(2)))
    const input = { voteId: vote._id, tally: tally(3), reason: '重新点票' }
    const b = await asSecretary(cloud, 'B').call('secretary', 'vote.correct', input)
    expect(b).toMatchObject({ ok: false, error: { code: 'AUTH.OTHER_BRANCH' } })
    const gone = await secretary().call('secretary', 'vote.correct', { ...input, voteId: 'vote-none' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'VOTE.NOT_FOUND' } })
    expect(await stored()).toEqual([vote])
  })
})

describe('when the sign-in changes after a tally is entered', () => {
  it('the result stays as counted, the page says so, and a correction counts against the sign-in now', async () => {
    const meeting = await insertGeneralMeeting(cloud, [WORLD.secretaryA, WORLD.memberA1])
    const entered = await secretary().ok('secretary', 'vote.record', {
      activityId: meeting._id,
      title: '关于确定入党积极分子的决议',
      tally: tally(2, 0, 0),
    })
    expect(entered.motions[0].outcome).toBe('void')
    expect(entered.figuresChanged).toBeNull()
    // Member A2 and the office's officer had signed in on paper; the secretary marks them present.
    await insertDocs(cloud, 'attendance', [aPresence(meeting, WORLD.memberA2), aPresence(meeting, WORLD.admin)])
    const page = await secretary().ok('secretary', 'vote.get', { activityId: meeting._id })
    expect(page.figures).toMatchObject({ present: 4, valid: true })
    expect(page.motions[0].outcome).toBe('void')
    expect(page.figuresChanged).toMatch(/录入时应到5人、到会2人；现在签到显示应到5人、到会4人/)

    const corrected = await secretary().ok('secretary', 'vote.correct', {
      voteId: entered.motions[0].id,
      tally: tally(4, 0, 0),
      reason: '补登两名同志的签到后重新点票',
    })
    expect(corrected.motions[0]).toMatchObject({ outcome: 'passed', figures: { entitled: 5, present: 4 } })
    expect(corrected.motions[0].corrections[0].beforeFigures).toBe('应到会有表决权的正式党员5人，到会2人')
    expect(corrected.figuresChanged).toBeNull()
  })
})

describe('the minutes show the motions, read-only', () => {
  it('to the secretary and to the members expected', async () => {
    const meeting = await validMeeting()
    await insertVote(cloud, aVote(meeting, { entitled: 4, present: 3, probationary: 1 }, tally(3, 0, 0)))
    await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
    const own = await secretary().ok('secretary', 'minutes.get', { activityId: meeting._id })
    expect(own.votes.map((v) => [v.title, v.outcomeLabel])).toEqual([['关于确定入党积极分子的决议', '通过']])
    const read = await asMember(cloud).ok('member', 'minutes.read', { activityId: meeting._id })
    expect(read.votes.map((v) => v.outcomeLabel)).toEqual(['通过'])
  })

  it('no motions for a meeting that does not vote', async () => {
    const meeting = await insertMeeting(cloud, { type: 'partyLecture', title: '党课' })
    const own = await secretary().ok('secretary', 'minutes.get', { activityId: meeting._id })
    expect(own.votes).toEqual([])
  })
})
