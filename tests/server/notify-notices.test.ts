/**
 * Notices: who gets them, reading and receipts, the content check (risky refused in words,
 * review held for the party office), the bureau's notices, and 提醒未读 once.
 */
import type { LocalCloud } from '../../localcloud/server'
import type { InboxDoc, NoticeDoc, OutboxDoc } from '../../server/actions/notify/model'
import type { AuditDoc } from '../../server/model'
import { docs } from '../helpers/activity-mothers'
import { blankSubscription } from '../../server/actions/notify/subscriptions'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'
import { aBranchNotice, aBureauNotice } from '../helpers/notify-mothers'
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { demoOpenid } from '../../demo/identities'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

/** Branch A's readers of its secretary's notice: the secretary who writes it is not one of them. */
/** Every database request the cloud has served so far. */
const requestsOf = (cloud: LocalCloud): number =>
  Object.values(cloud.database.requestCounts()).reduce((sum, n) => sum + n, 0)

const BRANCH_A = [WORLD.admin, WORLD.memberA1, WORLD.memberA2, WORLD.unboundA].sort()

describe('a branch notice', () => {
  it('reaches every member of the branch (bound or not) but its author and nobody else, and is audited', async () => {
    const id = await aBranchNotice(cloud)
    const copies = await docs<InboxDoc>(cloud, 'noticeInbox', { noticeId: id })
    expect(copies.map((c) => c.memberId).sort()).toEqual(BRANCH_A)
    // Pushes only for bound members: the unbound one has the notice waiting in the inbox.
    const pushes = await docs<OutboxDoc>(cloud, 'outbox', { noticeId: id })
    expect(pushes.map((p) => p.memberId).sort()).toEqual(BRANCH_A.filter((m) => m !== WORLD.unboundA))
    expect(pushes.every((p) => p.status === 'pending' && p.template === 'notice')).toBe(true)
    const [audit] = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'notice.publish' })
    expect(audit).toMatchObject({ targetId: id, actorId: WORLD.secretaryA, branchId: WORLD.branchA })
    const inboxB = await asMember(cloud, WORLD.memberB1).ok('member', 'notice.inbox', {})
    expect(inboxB).toEqual({ unread: 0, boundAt: expect.any(Number), items: [], nextBefore: null })
  })

  it('leaves its author out of 阅读情况 even where an older notice gave her a copy', async () => {
    const id = await aBranchNotice(cloud, { authorCopy: true })
    await asMember(cloud).ok('member', 'notice.open', { noticeId: id })
    const detail = await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId: id })
    expect(detail.rows.map((r) => r.memberId).sort()).toEqual(BRANCH_A)
    expect(detail.notice).toMatchObject({ expected: 4, read: 1 })
    expect(detail.toRemind).toBe(3)
    // The list says the same.
    const list = await asSecretary(cloud).ok('secretary', 'notice.list', {})
    expect(list.items.find((n) => n.id === id)).toMatchObject({ expected: 4, read: 1 })
  })

  it('goes to chosen members only, and refuses members of another branch', async () => {
    const view = await asSecretary(cloud).ok('secretary', 'notice.publish', {
      title: '支委会通知',
      body: '请支委于周一上午开会。',
      audience: { kind: 'members', memberIds: [WORLD.memberA2] },
    })
    expect(view).toMatchObject({ expected: 1, status: 'published' })
    const outsider = await asSecretary(cloud).call('secretary', 'notice.publish', {
      title: '支委会通知',
      body: '请支委于周一上午开会。',
      audience: { kind: 'members', memberIds: [WORLD.memberB1] },
    })
    expect(outsider).toMatchObject({ ok: false, error: { code: 'NOTICE.BAD_MEMBERS' } })
  })

  it('is read once: opening marks it read, the count rises once, unread comes first', async () => {
    const older = await aBranchNotice(cloud, { title: '第一条通知' })
    cloud.clock.set(cloud.clock.now() + 60_000)
    const newer = await aBranchNotice(cloud, { title: '第二条通知' })
    const me = asMember(cloud)
    expect((await me.ok('member', 'notice.inbox', {})).unread).toBe(2)
    const opened = await me.ok('member', 'notice.open', { noticeId: older })
    expect(opened).toMatchObject({ title: '第一条通知', from: '第一支部 · 甲书记', readAt: expect.any(Number) })
    await me.ok('member', 'notice.open', { noticeId: older })
    const box = await me.ok('member', 'notice.inbox', {})
    expect(box.unread).toBe(1)
    expect(box.items.map((i) => [i.noticeId, i.read])).toEqual([
      [newer, false],
      [older, true],
    ])
    const [notice] = await docs<NoticeDoc>(cloud, 'notices', { _id: older })
    expect(notice).toMatchObject({ readCount: 1, recipientCount: 4 })
  })

  it('takes 已阅/收到 only when it asks for a receipt, and counts each reader once', async () => {
    const plain = await aBranchNotice(cloud)
    expect(await asMember(cloud).call('member', 'notice.ack', { noticeId: plain })).toMatchObject({
      ok: false,
      error: { code: 'NOTICE.NO_RECEIPT' },
    })
    const id = await aBranchNotice(cloud, { needReceipt: true })
    // Opened, not yet confirmed: 首页 counts it as its own to-do, no longer among the unread.
    await asMember(cloud).ok('member', 'notice.open', { noticeId: id })
    expect(await asMember(cloud).ok('member', 'home.get', {})).toMatchObject({ unreadNotices: 1, noticesToAck: 1 })
    const acked = await asMember(cloud).ok('member', 'notice.ack', { noticeId: id })
    expect(await asMember(cloud).ok('member', 'home.get', {})).toMatchObject({ noticesToAck: 0 })
    expect(acked.ackAt).toBeGreaterThanOrEqual(acked.readAt ?? Infinity)
    await asMember(cloud).ok('member', 'notice.ack', { noticeId: id })
    const list = await asSecretary(cloud).ok('secretary', 'notice.list', {})
    expect(list.items.find((n) => n.id === id)).toMatchObject({ read: 1, acked: 1, expected: 4 })
  })

  it('is not found for someone it was not sent to, whatever the id', async () => {
    const id = await aBranchNotice(cloud)
    for (const noticeId of [id, 'ntc-made-up']) {
      expect(await asMember(cloud, WORLD.memberB1).call('member', 'notice.open', { noticeId })).toMatchObject({
        ok: false,
        error: { code: 'NOTICE.NOT_FOUND' },
      })
    }
  })

  it('pages the read ones without skipping or repeating any', async () => {
    const ids: string[] = []
    for (let i = 0; i < 23; i++) {
      cloud.clock.set(cloud.clock.now() + 1000)
      ids.push(await aBranchNotice(cloud, { title: `第${i + 1}条通知` }))
    }
    for (const noticeId of ids) await asMember(cloud).ok('member', 'notice.open', { noticeId })
    const first = await asMember(cloud).ok('member', 'notice.inbox', {})
    expect(first.items).toHaveLength(20)
    const second = await asMember(cloud).ok('member', 'notice.inbox', { before: first.nextBefore ?? '' })
    expect(second.nextBefore).toBeNull()
    expect([...first.items, ...second.items].map((i) => i.noticeId)).toEqual([...ids].reverse())
  })
})

describe('the content check', () => {
  it('refuses a risky notice with the reason in words and saves nothing', async () => {
    const res = await asSecretary(cloud).call('secretary', 'notice.publish', { title: '通知', body: '周末一起去赌博' })
    expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT.RISKY', message: expect.stringContaining('时政') } })
    expect(await docs(cloud, 'notices')).toEqual([])
  })

  it('holds a notice that needs review until the party office releases it; a refusal needs a reason', async () => {
    const held = await asSecretary(cloud).ok('secretary', 'notice.publish', { title: '通知', body: '有事请加微信' })
    expect(held).toMatchObject({ status: 'held', contentVerdict: 'review', publishedAt: null })
    expect(await docs(cloud, 'noticeInbox')).toEqual([])
    const list = await asAdmin(cloud).ok('admin', 'notice.list', {})
    expect(list.items.map((n) => [n.id, n.status])).toEqual([[held.id, 'held']])
    const bare = await asAdmin(cloud).call('admin', 'notice.review', { noticeId: held.id, decision: 'reject' })
    expect(bare).toMatchObject({ ok: false, error: { code: 'NOTICE.REASON_REQUIRED' } })
    const released = await asAdmin(cloud).ok('admin', 'notice.review', { noticeId: held.id, decision: 'release' })
    expect(released.notice).toMatchObject({ status: 'published', expected: 4 })
    expect(await docs(cloud, 'noticeInbox', { noticeId: held.id })).toHaveLength(4)
    const again = await asAdmin(cloud).call('admin', 'notice.review', { noticeId: held.id, decision: 'release' })
    expect(again).toMatchObject({ ok: false, error: { code: 'NOTICE.NOT_HELD' } })
  })
})

describe('the bureau’s notices', () => {
  it('reach every branch; only the party office manages them', async () => {
    const id = await aBureauNotice(cloud)
    const readers = await docs<InboxDoc>(cloud, 'noticeInbox', { noticeId: id })
    // Every bound or unbound member but the party office's own writer.
    expect(readers).toHaveLength(6)
    const opened = await asMember(cloud, WORLD.memberB1).ok('member', 'notice.open', { noticeId: id })
    expect(opened.from).toBe('机关党委')
    expect(await asSecretary(cloud).call('secretary', 'notice.detail', { noticeId: id })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
    const chosen = await asAdmin(cloud).ok('admin', 'notice.publish', {
      title: '第二支部通知',
      body: '请按时报送材料。',
      audience: { kind: 'branches', branchIds: [WORLD.branchB] },
    })
    expect(chosen.expected).toBe(2)
    const wrong = await asAdmin(cloud).call('admin', 'notice.publish', {
      title: '通知',
      body: '请按时报送材料。',
      audience: { kind: 'branches', branchIds: ['org-nowhere'] },
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOTICE.BAD_BRANCHES' } })
  })
})

describe('提醒未读', () => {
  it('pushes once more to those who have not read, once; a second tap says when it was done', async () => {
    const id = await aBranchNotice(cloud)
    await asMember(cloud).ok('member', 'notice.open', { noticeId: id })
    // A2 accepted one more notice reminder; the admin has none left, although they ticked
    // 总是保持以上选择 (it spares them the sheet, not WeChat's count); the secretary is the one reminding.
    cloud.platform.grantSubscription(demoOpenid(WORLD.memberA2), SUBSCRIBE_TEMPLATES.notice.id)
    await asMember(cloud, WORLD.memberA2).ok('member', 'subscribe.record', {
      moment: 'settings',
      results: { notice: 'accept' },
    })
    await cloud.database.insertRaw('subscriptions', [
      { ...blankSubscription(WORLD.admin, 'notice', 0), lastAnswer: 'accept', kept: true, accepted: 2 },
    ])
    // The page says beforehand what the tap will do, in the same figures.
    const before = await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId: id })
    expect(before.toRemind).toBe(3)
    expect(before.reach).toEqual({ pushed: 1, inboxOnly: { unbound: 1, noGrant: 1, off: 0 } })
    const first = await asSecretary(cloud).ok('secretary', 'notice.remind', { noticeId: id })
    expect(first).toMatchObject({
      count: 3,
      pushed: 1,
      inboxOnly: { unbound: 1, noGrant: 1, off: 0 },
      already: false,
    })
    const pushes = await docs<OutboxDoc>(cloud, 'outbox', { tag: 'remind' })
    // The unbound member is counted as unread but cannot be pushed; the secretary is not reminded.
    expect(pushes.map((p) => p.memberId).sort()).toEqual([WORLD.admin, WORLD.memberA2].sort())
    const [entry] = await docs<AuditDoc>(cloud, 'auditLog', { kind: 'notice.remind' })
    expect(entry.after).toEqual({ unread: 3, pushes: 1 })
    cloud.clock.set(cloud.clock.now() + 3600_000)
    // A repeated tap is answered from the notice itself: the page's one read and the notice, no more
    // (it does not read the unread readers and their subscriptions again).
    const asked = requestsOf(cloud)
    await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId: id })
    const detailCost = requestsOf(cloud) - asked
    const second = await asSecretary(cloud).ok('secretary', 'notice.remind', { noticeId: id })
    expect(requestsOf(cloud) - asked - detailCost).toBeLessThanOrEqual(detailCost + 1)
    expect(second).toEqual({
      remindedAt: first.remindedAt,
      count: 0,
      pushed: 0,
      inboxOnly: { unbound: 0, noGrant: 0, off: 0 },
      already: true,
      detail: await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId: id }),
    })
    // The answer is the page as it now reads: reminded, nobody left to remind again.
    expect(first.detail.notice.remindedAt).toBe(first.remindedAt)
    expect(await docs(cloud, 'outbox', { tag: 'remind' })).toHaveLength(2)
    expect(await docs(cloud, 'auditLog', { kind: 'notice.remind' })).toHaveLength(1)
  })
  it('is refused, and the one reminder kept, when no unread member could get a push', async () => {
    const id = await aBranchNotice(cloud)
    const before = await asSecretary(cloud).ok('secretary', 'notice.detail', { noticeId: id })
    expect(before.toRemind).toBeGreaterThan(0)
    expect(before.reach.pushed).toBe(0)
    expect(await asSecretary(cloud).call('secretary', 'notice.remind', { noticeId: id })).toMatchObject({
      ok: false,
      error: { code: 'NOTICE.NOBODY_TO_PUSH', message: '未读的党员都收不到微信提醒，这次不发送；请当面或打电话告知' },
    })
    const [notice] = await docs<{ remindedAt: number | null }>(cloud, 'notices', { _id: id })
    expect(notice.remindedAt).toBeNull()
    expect(await docs(cloud, 'outbox', { tag: 'remind' })).toHaveLength(0)
    expect(await docs(cloud, 'auditLog', { kind: 'notice.remind' })).toHaveLength(0)
  })
})
