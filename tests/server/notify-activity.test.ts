/**
 * Publishing an activity is a notice to its expected members; moving it corrects exactly those
 * already told; cancelling it tells them too; nobody ever gets a second "new activity". The
 * officer who publishes it is no reader of her own notice, though she is expected at it.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { InboxDoc, NoticeDoc, OutboxDoc } from '../../server/actions/notify/model'
import { at, docs, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { demoOpenid } from '../../demo/identities'

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
  agenda: '一、书记讲党课',
}

async function publishFor(memberIds: string[]): Promise<string> {
  const view = await asSecretary(cloud).ok('secretary', 'activity.create', {
    ...LECTURE,
    expected: { kind: 'members', memberIds },
    publish: true,
  })
  return view.id
}

const noticesOf = (activityId: string) => docs<NoticeDoc>(cloud, 'notices', { 'source.activityId': activityId })
const readersOf = async (noticeId: string) =>
  (await docs<InboxDoc>(cloud, 'noticeInbox', { noticeId })).map((c) => c.memberId).sort()

it('reaches the expected members as a notice and a planned push when published', async () => {
  const id = await publishFor([WORLD.memberA1, WORLD.memberA2])
  const [notice] = await noticesOf(id)
  expect(notice).toMatchObject({
    title: '3月党课',
    source: { kind: 'activity', activityId: id, event: 'published' },
    body: expect.stringContaining('地点：五楼报告厅'),
  })
  expect(await readersOf(notice._id)).toEqual([WORLD.memberA1, WORLD.memberA2])
  const pushes = await docs<OutboxDoc>(cloud, 'outbox', { noticeId: notice._id })
  expect(pushes.map((p) => [p.memberId, p.template, p.page])).toEqual(
    expect.arrayContaining([[WORLD.memberA1, 'activity', `pages/activity/index?id=${id}`]]),
  )
  const inbox = await asMember(cloud).ok('member', 'notice.inbox', {})
  expect(inbox.items[0]).toMatchObject({ title: '3月党课', source: { kind: 'activity', event: 'published' } })
})

it('corrects those already told when moved, tells newcomers once, and withdraws pushes of the old time', async () => {
  const id = await publishFor([WORLD.memberA1])
  await asSecretary(cloud).ok('secretary', 'activity.update', {
    activityId: id,
    changes: { date: '2026-03-13', expected: { kind: 'members', memberIds: [WORLD.memberA1, WORLD.memberA2] } },
    reason: '与市委党校培训冲突',
  })
  const notices = await noticesOf(id)
  const moved = notices.find((n) => n.source.kind === 'activity' && n.source.event === 'moved') as NoticeDoc
  const published = notices.filter((n) => n.source.kind === 'activity' && n.source.event === 'published')
  expect(moved.title).toBe('活动改期：3月党课')
  expect(moved.body).toContain('与市委党校培训冲突')
  expect(await readersOf(moved._id)).toEqual([WORLD.memberA1])
  // A2 is new to it: one "new activity" notice, at the new time; A1 never gets a second one.
  expect(published).toHaveLength(2)
  expect(await readersOf(published[1]._id)).toEqual([WORLD.memberA2])
  const firstPush = await docs<OutboxDoc>(cloud, 'outbox', { noticeId: published[0]._id })
  expect(firstPush.map((p) => p.status)).toEqual(['cancelled'])
  const a1 = await docs<InboxDoc>(cloud, 'noticeInbox', { memberId: WORLD.memberA1 })
  expect(a1.map((c) => (c.source.kind === 'activity' ? c.source.event : '')).sort()).toEqual(['moved', 'published'])
})

it('tells those already told when cancelled, with the reason, audited', async () => {
  const id = await publishFor([WORLD.memberA1, WORLD.memberA2])
  const cancelled = await asSecretary(cloud).ok('secretary', 'activity.cancel', {
    activityId: id,
    reason: '上级临时通知集中学习',
  })
  expect(cancelled.status).toBe('cancelled')
  const notice = (await noticesOf(id)).find((n) => n.source.kind === 'activity' && n.source.event === 'cancelled')
  expect(notice?.body).toBe('“3月党课”已取消。原因：上级临时通知集中学习')
  expect(await readersOf(notice?._id ?? '')).toEqual([WORLD.memberA1, WORLD.memberA2])
  expect(await docs(cloud, 'auditLog', { kind: 'activity.cancel' })).toHaveLength(1)
  // Again changes nothing; after the start it is refused.
  await asSecretary(cloud).ok('secretary', 'activity.cancel', { activityId: id, reason: '再次取消' })
  expect(await noticesOf(id)).toHaveLength(2)
  const later = await publishFor([WORLD.memberA1])
  cloud.clock.set(at('2026-03-12 14:40'))
  expect(
    await asSecretary(cloud).call('secretary', 'activity.cancel', { activityId: later, reason: '临时取消' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'ACTIVITY.ALREADY_STARTED' },
  })
})

it('leaves its organizer out of her own notice’s readers — no copy, not counted, not reminded — yet tells her of another officer’s change', async () => {
  const id = await publishFor([WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2])
  const [notice] = await noticesOf(id)
  expect(notice.authorId).toBe(WORLD.secretaryA)
  expect(notice.recipientCount).toBe(2)
  expect(await readersOf(notice._id)).toEqual([WORLD.memberA1, WORLD.memberA2])
  // A copy an older notice gave its organizer (read, and counted on the notice then) is counted nowhere either.
  const [copy] = await docs<InboxDoc>(cloud, 'noticeInbox', { noticeId: notice._id, memberId: WORLD.memberA1 })
  await insertDocs(cloud, 'noticeInbox', [
    { ...copy, _id: `${notice._id}_${WORLD.secretaryA}`, memberId: WORLD.secretaryA, readAt: at('2026-03-02 09:05') },
  ])
  await insertDocs(cloud, 'notices', [{ ...notice, recipientCount: 3, readCount: 1 }])
  const secretary = asSecretary(cloud)
  const detail = await secretary.ok('secretary', 'notice.detail', { noticeId: notice._id })
  expect(detail.rows.map((r) => r.memberId).sort()).toEqual([WORLD.memberA1, WORLD.memberA2])
  expect(detail.notice).toMatchObject({ expected: 2, read: 0 })
  expect(detail.toRemind).toBe(2)
  const [item] = (await secretary.ok('secretary', 'notice.list', {})).items
  expect(item).toMatchObject({ id: notice._id, expected: 2, read: 0 })
  const office = await asAdmin(cloud).ok('admin', 'notice.detail', { noticeId: notice._id })
  expect(office.rows).toEqual(detail.rows)
  expect(office.toRemind).toBe(2)
  // A1 turned activity reminders on, so the reminder reaches someone and is sent.
  cloud.platform.grantSubscription(demoOpenid(WORLD.memberA1), SUBSCRIBE_TEMPLATES.activity.id)
  await asMember(cloud, WORLD.memberA1).ok('member', 'subscribe.record', {
    moment: 'settings',
    results: { activity: 'accept' },
  })
  expect(await asAdmin(cloud).ok('admin', 'notice.remind', { noticeId: notice._id })).toMatchObject({
    count: 2,
    pushed: 1,
  })

  // The party office moves it: the organizer, told though she has no copy, gets the correction.
  await asAdmin(cloud).ok('secretary', 'activity.update', {
    activityId: id,
    changes: { date: '2026-03-13' },
    reason: '与市委党校培训冲突',
  })
  const moved = (await noticesOf(id)).find((n) => n.source.kind === 'activity' && n.source.event === 'moved')
  expect(await readersOf(moved?._id ?? '')).toEqual([WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2].sort())
  expect(
    (await noticesOf(id)).filter((n) => n.source.kind === 'activity' && n.source.event === 'published'),
  ).toHaveLength(1)
  // She cancels it herself: everyone told hears of it, she is not sent her own notice.
  await secretary.ok('secretary', 'activity.cancel', { activityId: id, reason: '上级临时通知集中学习' })
  const cancelled = (await noticesOf(id)).find((n) => n.source.kind === 'activity' && n.source.event === 'cancelled')
  expect(await readersOf(cancelled?._id ?? '')).toEqual([WORLD.memberA1, WORLD.memberA2])
})
