/**
 * 会议记录 (issue 24): who came comes from the sign-in; a draft is kept; confirming needs the
 * meeting closed and the record complete; a change after it is a dated amendment that keeps what
 * it replaced; members read only confirmed minutes of meetings they were expected at.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { AuditDoc } from '../../server/model'
import type { MinutesDoc } from '../../server/actions/minutes/model'
import { aLeave, codeNow, docs, insertActivityNow, insertDocs } from '../helpers/activity-mothers'
import { asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aMinutes, insertMeeting, insertMinutes } from '../helpers/minutes-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const secretary = () => asSecretary(cloud)
const written = {
  hostId: WORLD.secretaryA,
  recorderId: WORLD.memberA1,
  topics: '讨论确定入党积极分子',
  summary: '书记介绍了两名同志的情况，大家逐一发言。',
  resolutions: '同意确定两名同志为入党积极分子。',
}

describe('who came, from the sign-in', () => {
  it('lists the present, those on leave and the absent by name once the meeting is closed — never typed', async () => {
    const meeting = await insertActivityNow(cloud, { _id: 'meeting-1', type: 'generalMeeting', title: '支部党员大会' })
    await insertDocs(cloud, 'leaveRequests', [aLeave(meeting, WORLD.memberA2, { status: 'approved' })])
    await asMember(cloud, WORLD.memberA1).ok('member', 'attendance.signIn', {
      activityId: meeting._id,
      code: codeNow(cloud),
    })
    const during = await secretary().ok('secretary', 'minutes.get', { activityId: meeting._id })
    expect(during.attendance).toMatchObject({ expected: 5, present: ['甲党员一'], onLeave: ['甲党员二'], absent: [] })
    expect(during.can).toEqual({ save: true, confirm: false, amend: false })
    expect(during.confirmBlocked).toMatch(/活动结束并关闭后才能确认/)

    cloud.clock.set(cloud.clock.now() + 3 * 3600_000)
    await secretary().ok('secretary', 'activity.close', { activityId: meeting._id })
    const after = await secretary().ok('secretary', 'minutes.get', { activityId: meeting._id })
    expect(after.attendance.present).toEqual(['甲党员一'])
    expect(after.attendance.onLeave).toEqual(['甲党员二'])
    expect(after.attendance.absent).toHaveLength(3)
    expect(after.minutes).toBeNull()
    expect(after.confirmBlocked).toBe('请先写好并保存会议记录')
  })
})

describe('a draft, then confirmation', () => {
  it('keeps a draft as written and confirms it once complete; members read it only then', async () => {
    const meeting = await insertMeeting(cloud)
    const draft = await secretary().ok('secretary', 'minutes.save', {
      activityId: meeting._id,
      ...written,
      summary: '',
    })
    expect(draft.minutes).toMatchObject({ status: 'draft', host: { name: '甲书记' }, recorder: { name: '甲党员一' } })
    expect(draft.confirmBlocked).toBe('还没有填写：发言要点 / 内容摘要')
    const refused = await secretary().call('secretary', 'minutes.confirm', { activityId: meeting._id })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'MINUTES.INCOMPLETE', message: expect.stringContaining('发言要点') },
    })
    const hidden = await asMember(cloud).ok('member', 'minutes.read', { activityId: meeting._id })
    expect(hidden.minutes).toBeNull()

    await secretary().ok('secretary', 'minutes.save', { activityId: meeting._id, ...written })
    const confirmed = await secretary().ok('secretary', 'minutes.confirm', { activityId: meeting._id })
    expect(confirmed.minutes).toMatchObject({ status: 'confirmed', confirmedByName: '甲书记', amendments: [] })
    expect(confirmed.can).toEqual({ save: false, confirm: false, amend: true })

    const read = await asMember(cloud).ok('member', 'minutes.read', { activityId: meeting._id })
    expect(read.minutes).toMatchObject({ topics: written.topics, resolutions: written.resolutions })
    const log = (await docs<AuditDoc>(cloud, 'auditLog', { kind: 'minutes.confirm' })).map((a) => a.targetId)
    expect(log).toEqual([meeting._id])
  })

  it('after confirmation, a save is refused and changes nothing', async () => {
    const meeting = await insertMeeting(cloud)
    await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
    const answer = await secretary().call('secretary', 'minutes.save', {
      activityId: meeting._id,
      ...written,
      topics: '改了',
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'MINUTES.CONFIRMED' } })
    expect((await docs<MinutesDoc>(cloud, 'minutes'))[0].topics).toBe('讨论确定入党积极分子')
  })

  it('two first saves at once leave one record, holding one of them whole', async () => {
    const meeting = await insertMeeting(cloud)
    const [a, b] = await Promise.all([
      secretary().call('secretary', 'minutes.save', { activityId: meeting._id, ...written, topics: '甲' }),
      asSecretary(cloud).call('secretary', 'minutes.save', { activityId: meeting._id, ...written, topics: '乙' }),
    ])
    expect([a.ok, b.ok]).toEqual([true, true])
    const stored = await docs<MinutesDoc>(cloud, 'minutes')
    expect(stored).toHaveLength(1)
    expect(['甲', '乙']).toContain(stored[0].topics)
  })
})

describe('an amendment', () => {
  it('changes confirmed minutes with a dated reason, keeps what each field held, and is audited', async () => {
    const meeting = await insertMeeting(cloud)
    await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
    const page = await secretary().ok('secretary', 'minutes.amend', {
      activityId: meeting._id,
      reason: '补记一项决议',
      ...written,
      resolutions: '同意确定两名同志为入党积极分子。另：下月开展谈心谈话。',
    })
    expect(page.minutes?.resolutions).toContain('谈心谈话')
    expect(page.minutes?.amendments).toEqual([
      {
        at: expect.any(Number),
        byName: '甲书记',
        reason: '补记一项决议',
        fields: ['发言要点 / 内容摘要', '决议事项'],
      },
    ])
    const [stored] = await docs<MinutesDoc>(cloud, 'minutes')
    expect(stored.amendments[0].before).toEqual({
      summary: '书记介绍了情况，大家逐一发言。',
      resolutions: '同意确定两名同志为入党积极分子。',
    })
    const [entry] = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'minutes.amend' })
    expect(entry).toMatchObject({ targetId: meeting._id, summary: expect.stringContaining('补记一项决议') })
  })

  it('without a reason, with nothing changed, or on a draft, is refused and writes nothing', async () => {
    const meeting = await insertMeeting(cloud)
    const confirmed = aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt })
    await insertMinutes(cloud, confirmed)
    const same = {
      hostId: confirmed.hostId,
      recorderId: confirmed.recorderId,
      topics: confirmed.topics,
      summary: confirmed.summary,
      resolutions: confirmed.resolutions,
    }
    const noReason = await secretary().call('secretary', 'minutes.amend', {
      activityId: meeting._id,
      reason: '',
      ...same,
      topics: '新',
    })
    expect(noReason).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID' } })
    const nothing = await secretary().call('secretary', 'minutes.amend', {
      activityId: meeting._id,
      reason: '核对',
      ...same,
    })
    expect(nothing).toMatchObject({ ok: false, error: { code: 'MINUTES.NOTHING_CHANGED' } })
    const other = await insertMeeting(cloud)
    await insertMinutes(cloud, aMinutes(other))
    const draft = await secretary().call('secretary', 'minutes.amend', {
      activityId: other._id,
      reason: '核对',
      ...same,
      topics: '新',
    })
    expect(draft).toMatchObject({ ok: false, error: { code: 'MINUTES.NOT_CONFIRMED' } })
    expect((await docs<MinutesDoc>(cloud, 'minutes')).every((m) => m.amendments.length === 0)).toBe(true)
  })
})

describe('bad input answers in words and writes nothing', () => {
  it('refuses a host from another branch, a meeting not yet begun, and an activity that keeps no minutes', async () => {
    const meeting = await insertMeeting(cloud)
    const stranger = await secretary().call('secretary', 'minutes.save', {
      activityId: meeting._id,
      ...written,
      hostId: WORLD.memberB1,
    })
    expect(stranger).toMatchObject({
      ok: false,
      error: { code: 'MINUTES.NOT_IN_BRANCH', message: '主持人和记录人须是本支部的党员' },
    })
    const later = await insertMeeting(cloud, {
      status: 'published',
      startAt: cloud.clock.now() + 3600_000,
      endAt: cloud.clock.now() + 7200_000,
    })
    expect(await secretary().call('secretary', 'minutes.save', { activityId: later._id, ...written })).toMatchObject({
      ok: false,
      error: { code: 'MINUTES.NOT_STARTED' },
    })
    const day = await insertMeeting(cloud, { type: 'activityDay' })
    expect(await secretary().call('secretary', 'minutes.get', { activityId: day._id })).toMatchObject({
      ok: false,
      error: { code: 'MINUTES.NOT_A_MEETING' },
    })
    const tooMany = Array.from({ length: 10 }, (_, i) => `cloud://local.bucket/p${i}.jpg`)
    expect(
      await secretary().call('secretary', 'minutes.save', { activityId: meeting._id, ...written, photos: tooMany }),
    ).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', message: expect.stringContaining('照片最多9张') },
    })
    expect(await docs(cloud, 'minutes')).toEqual([])
  })

  it('shows a member only meetings they were expected at', async () => {
    const meeting = await insertMeeting(cloud, { expectedIds: [WORLD.secretaryA, WORLD.memberA2] })
    await insertMinutes(cloud, aMinutes(meeting, { status: 'confirmed', confirmedAt: meeting.endAt }))
    const answer = await asMember(cloud, WORLD.memberA1).call('member', 'minutes.read', { activityId: meeting._id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'MINUTES.NOT_FOUND' } })
    const mine = await asMember(cloud, WORLD.memberA2).ok('member', 'minutes.read', { activityId: meeting._id })
    expect(mine.minutes?.status).toBe('confirmed')
  })
})
