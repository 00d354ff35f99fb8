/** One-off activities, who is expected, the content check at publish, and what members see. */
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc } from '../../server/actions/activity/model'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { anOrg } from '../helpers/mothers'
import { at, BRANCH_A_IDS, docs, insertDocs } from '../helpers/activity-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(async () => {
  await seedWorld(cloud)
  cloud.clock.set(at('2026-03-02 09:00'))
})

const LECTURE = {
  type: 'partyLecture' as const,
  date: '2026-03-12',
  startTime: '14:30',
  endTime: '16:00',
  place: '五楼报告厅',
  agenda: '一、书记讲党课\n二、交流发言',
  materials: [
    { kind: 'text' as const, title: '讲稿', text: '深入学习贯彻党的二十届四中全会精神' },
    { kind: 'link' as const, title: '学习强国', url: 'https://www.xuexi.cn/' },
  ],
}

describe('creating and publishing', () => {
  it('creates a draft with a default title, then publishes it to the whole branch', async () => {
    const draft = await asSecretary(cloud).ok('secretary', 'activity.create', LECTURE)
    expect(draft).toMatchObject({
      title: '3月党课',
      status: 'planned',
      startAt: at('2026-03-12 14:30'),
      expected: { kind: 'branch' },
      expectedCount: 0,
    })
    expect(await asMember(cloud).ok('member', 'activity.list', {})).toEqual({ items: [], nextCursor: null })
    const published = await asSecretary(cloud).ok('secretary', 'activity.publish', { activityId: draft.id })
    expect(published).toMatchObject({ status: 'published', expectedCount: BRANCH_A_IDS.length, contentVerdict: 'pass' })
    const again = await asSecretary(cloud).ok('secretary', 'activity.publish', { activityId: draft.id })
    expect(again.publishedAt).toBe(published.publishedAt)
    const kinds = (await asAdmin(cloud).ok('admin', 'audit.list', { branchId: WORLD.branchA })).entries.map(
      (e) => e.kind,
    )
    expect(kinds.sort()).toEqual(['activity.create', 'activity.publish'])
  })

  it('saves an edited draft and publishes it in one call (发布 after editing)', async () => {
    const draft = await asSecretary(cloud).ok('secretary', 'activity.create', LECTURE)
    const published = await asSecretary(cloud).ok('secretary', 'activity.update', {
      activityId: draft.id,
      changes: { place: '三楼会议室' },
      publish: true,
    })
    expect(published).toMatchObject({ status: 'published', place: '三楼会议室', expectedCount: BRANCH_A_IDS.length })
    const listed = await asMember(cloud).ok('member', 'activity.list', {})
    expect(listed.items.map((i) => [i.id, i.place])).toEqual([[draft.id, '三楼会议室']])
    const kinds = (await asAdmin(cloud).ok('admin', 'audit.list', { branchId: WORLD.branchA })).entries.map(
      (e) => e.kind,
    )
    expect(kinds.sort()).toEqual(['activity.create', 'activity.publish', 'activity.update'])
  })

  it('a 支委会 expects only the secretary and 支委 by default', async () => {
    await cloud.database.insertRaw('members', [
      { ...(await docs<Record<string, unknown>>(cloud, 'members', { _id: WORLD.memberA2 }))[0], role: 'committee' },
    ])
    const meeting = await asSecretary(cloud).ok('secretary', 'activity.create', {
      ...LECTURE,
      type: 'committeeMeeting',
      publish: true,
    })
    expect(meeting).toMatchObject({ expected: { kind: 'committee' }, expectedCount: 2 })
    const stored = (await docs<ActivityDoc>(cloud, 'activities', { _id: meeting.id }))[0]
    expect(stored.expectedIds).toEqual([WORLD.memberA2, WORLD.secretaryA].sort())
    expect((await asMember(cloud, WORLD.memberA1).ok('member', 'activity.list', {})).items).toEqual([])
    expect((await asMember(cloud, WORLD.memberA2).ok('member', 'activity.list', {})).items).toHaveLength(1)
  })

  it('resolves a 党小组 and named members, and refuses people of another branch', async () => {
    await insertDocs(cloud, 'orgs', [
      anOrg({ _id: 'org-ta-g1', kind: 'group', name: '第一党小组', parentId: WORLD.branchA }),
    ])
    const member = (await docs<Record<string, unknown>>(cloud, 'members', { _id: WORLD.memberA1 }))[0]
    await cloud.database.insertRaw('members', [{ ...member, groupId: 'org-ta-g1' }])
    const group = await asSecretary(cloud).ok('secretary', 'activity.create', {
      ...LECTURE,
      type: 'groupMeeting',
      expected: { kind: 'group', groupId: 'org-ta-g1' },
      publish: true,
    })
    expect(group.expectedCount).toBe(1)
    const named = await asSecretary(cloud).call('secretary', 'activity.create', {
      ...LECTURE,
      expected: { kind: 'members', memberIds: [WORLD.memberA1, WORLD.memberB1] },
    })
    expect(named).toMatchObject({ ok: false, error: { code: 'ACTIVITY.BAD_MEMBERS' } })
    const otherGroup = await asSecretary(cloud).call('secretary', 'activity.create', {
      ...LECTURE,
      expected: { kind: 'group', groupId: 'nope' },
    })
    expect(otherGroup).toMatchObject({ ok: false, error: { code: 'ACTIVITY.BAD_GROUP' } })
  })

  it('needs a title for a free type and a sensible time', async () => {
    const noTitle = await asSecretary(cloud).call('secretary', 'activity.create', { ...LECTURE, type: 'other' })
    expect(noTitle).toMatchObject({ ok: false, error: { code: 'ACTIVITY.TITLE_REQUIRED', message: '请填写活动名称' } })
    const backwards = await asSecretary(cloud).call('secretary', 'activity.create', { ...LECTURE, endTime: '14:00' })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'ACTIVITY.BAD_TIME' } })
    const badLink = await asSecretary(cloud).call('secretary', 'activity.create', {
      ...LECTURE,
      materials: [{ kind: 'link', title: '链接', url: 'javascript:alert(1)' }],
    })
    expect(badLink).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.INVALID', message: '链接应以 http:// 或 https:// 开头' },
    })
    const free = await asSecretary(cloud).ok('secretary', 'activity.create', {
      ...LECTURE,
      type: 'other',
      title: '参观廉政教育基地',
    })
    expect(free.title).toBe('参观廉政教育基地')
  })

  it('refuses risky text at publish and keeps the draft; text for review is published and marked', async () => {
    const risky = await asSecretary(cloud).ok('secretary', 'activity.create', { ...LECTURE, agenda: '讨论赌博问题' })
    const res = await asSecretary(cloud).call('secretary', 'activity.publish', { activityId: risky.id })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    expect((await docs<ActivityDoc>(cloud, 'activities', { _id: risky.id }))[0].status).toBe('planned')
    const review = await asSecretary(cloud).ok('secretary', 'activity.create', {
      ...LECTURE,
      agenda: '有问题请私聊',
      publish: true,
    })
    expect(review).toMatchObject({ status: 'published', contentVerdict: 'review' })
  })

  it('edits of a published activity are checked, audited and need a reason; closed ones cannot be edited', async () => {
    const lecture = await asSecretary(cloud).ok('secretary', 'activity.create', { ...LECTURE, publish: true })
    const risky = await asSecretary(cloud).call('secretary', 'activity.update', {
      activityId: lecture.id,
      changes: { agenda: '赌博' },
      reason: '补充',
    })
    expect(risky).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY' } })
    const same = await asSecretary(cloud).call('secretary', 'activity.update', {
      activityId: lecture.id,
      changes: { place: LECTURE.place },
      reason: '无',
    })
    expect(same).toMatchObject({ ok: false, error: { code: 'ACTIVITY.NOTHING_CHANGED' } })
    const moved = await asSecretary(cloud).ok('secretary', 'activity.update', {
      activityId: lecture.id,
      changes: { place: '三楼会议室', geofence: { lat: 30.5, lng: 114.3, radiusM: 200 } },
      reason: '报告厅检修',
    })
    expect(moved).toMatchObject({ place: '三楼会议室', geofence: { lat: 30.5, lng: 114.3, radiusM: 200 } })
    await cloud.database.insertRaw('activities', [
      { ...(await docs<Record<string, unknown>>(cloud, 'activities', { _id: lecture.id }))[0], status: 'closed' },
    ])
    const closed = await asSecretary(cloud).call('secretary', 'activity.update', {
      activityId: lecture.id,
      changes: { place: '别处' },
      reason: '改',
    })
    expect(closed).toMatchObject({ ok: false, error: { code: 'ACTIVITY.CLOSED' } })
  })
})

describe('the form and the secret', () => {
  it('loads the form in one call with groups and members, officers first', async () => {
    const form = await asSecretary(cloud).ok('secretary', 'activity.form', {})
    expect(form.branch).toEqual({ id: WORLD.branchA, name: '第一支部' })
    expect(form.activity).toBeNull()
    expect(form.members[0]).toMatchObject({ id: WORLD.secretaryA, role: 'secretary' })
    expect(form.members.map((m) => m.id).sort()).toEqual(BRANCH_A_IDS)
  })

  it('never sends the sign-in secret to anyone', async () => {
    const lecture = await asSecretary(cloud).ok('secretary', 'activity.create', { ...LECTURE, publish: true })
    const secret = (await docs<ActivityDoc>(cloud, 'activities', { _id: lecture.id }))[0].signInSecret
    expect(secret).toMatch(/^[0-9a-f]{40}$/)
    cloud.clock.set(at('2026-03-12 14:40'))
    const replies = [
      await asSecretary(cloud).call('secretary', 'activity.form', { activityId: lecture.id }),
      await asSecretary(cloud).call('secretary', 'activity.live', { activityId: lecture.id }),
      await asSecretary(cloud).call('secretary', 'activity.roster', { activityId: lecture.id }),
      await asSecretary(cloud).call('secretary', 'schedule.get', { month: '2026-03' }),
      await asMember(cloud).call('member', 'activity.get', { activityId: lecture.id }),
      await asMember(cloud).call('member', 'activity.list', {}),
    ]
    for (const reply of replies) {
      expect(reply.ok).toBe(true)
      expect(JSON.stringify(reply)).not.toContain(secret)
      expect(JSON.stringify(reply)).not.toContain('signInSecret')
    }
  })
})

describe('what a member sees', () => {
  it('lists upcoming soonest first and past latest first, paged, with my status and buttons', async () => {
    for (const [date, title] of [
      ['2026-03-03', '甲'],
      ['2026-03-20', '丙'],
      ['2026-03-10', '乙'],
    ]) {
      await asSecretary(cloud).ok('secretary', 'activity.create', {
        ...LECTURE,
        type: 'other',
        title,
        date,
        publish: true,
      })
    }
    cloud.clock.set(at('2026-03-09 09:00'))
    const first = await asMember(cloud).ok('member', 'activity.list', { limit: 1 })
    expect(first.items.map((i) => i.title)).toEqual(['乙'])
    expect(first.items[0].me).toEqual({
      status: 'expected',
      makeup: null,
      can: { requestLeave: true, signIn: false, submitMakeup: false },
    })
    const second = await asMember(cloud).ok('member', 'activity.list', { limit: 1, cursor: first.nextCursor ?? 0 })
    expect(second).toMatchObject({ items: [{ title: '丙' }], nextCursor: null })
    const past = await asMember(cloud).ok('member', 'activity.list', { scope: 'past' })
    expect(past.items.map((i) => [i.title, i.me.status])).toEqual([['甲', 'absent']])
  })

  it('opens an activity with temporary URLs for its files', async () => {
    const fileID = await cloud.platform.putFile('activity/讲稿.pdf', Buffer.from('%PDF-1.4'))
    const lecture = await asSecretary(cloud).ok('secretary', 'activity.create', {
      ...LECTURE,
      materials: [
        ...LECTURE.materials,
        { kind: 'file', title: '讲稿PDF', fileID },
        { kind: 'file', title: '已删除', fileID: 'cloud://local.x/none.pdf' },
      ],
      publish: true,
    })
    const page = await asMember(cloud).ok('member', 'activity.get', { activityId: lecture.id })
    expect(page.activity.materials[2]).toMatchObject({ kind: 'file', fileID, url: expect.stringMatching(/^http/) })
    expect(page.activity.materials[3]).toMatchObject({ url: null })
    expect(page.me).toMatchObject({
      status: 'expected',
      leave: null,
      attendance: null,
      signIn: { state: 'notYet', message: '签到将于3月12日 14:00开始' },
    })
    expect(page.makeupTask).toBeNull()
  })

  it('hides drafts and other branches’ activities', async () => {
    const draft = await asSecretary(cloud).ok('secretary', 'activity.create', LECTURE)
    expect(await asMember(cloud).call('member', 'activity.get', { activityId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY.NOT_FOUND' },
    })
    await asSecretary(cloud).ok('secretary', 'activity.publish', { activityId: draft.id })
    expect(
      await asMember(cloud, WORLD.memberB1).call('member', 'activity.get', { activityId: draft.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ACTIVITY.NOT_FOUND' },
    })
  })
})
