/**
 * The sender drains the outbox the way WeChat allows: one message per authorization, 43101 final,
 * busy answers retried with backoff, a timer fired three times at once sending each push once,
 * and a sender killed mid-batch never sending a push twice.
 */
import { SUBSCRIBE_TEMPLATES } from '../../core/notify/templates'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import type { LocalCloud } from '../../localcloud/server'
import type { OutboxDoc, SubscriptionDoc } from '../../server/actions/notify/model'
import { STALE_SENDING_MS } from '../../server/actions/notify/sender'
import { docs } from '../helpers/activity-mothers'
import { actor, asMember, seedWorld, testCloudConfig, WORLD } from '../helpers/cloud'
import { aBranchNotice } from '../helpers/notify-mothers'
import { startLocalCloud } from '../../localcloud/server'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud(testCloudConfig({ maxInstances: 4 }))
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const NOTICE = SUBSCRIBE_TEMPLATES.notice.id
const fire = (fn = 'sender') => fetch(`${cloud.url}/_admin/timers/${fn}`, { method: 'POST' })

/** The test world's openids: the party office's officer is bound with the configured admin openid. */
const openidOf = (memberId: string) => (memberId === WORLD.admin ? DEMO_ADMIN_OPENID : demoOpenid(memberId))

/** What a tap of 允许 on WeChat's sheet does: one authorization at WeChat, and the app told of it. */
async function authorize(memberId: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    cloud.platform.grantSubscription(openidOf(memberId), NOTICE)
    await actor(cloud, openidOf(memberId)).ok('member', 'subscribe.record', {
      moment: 'settings',
      results: { notice: 'accept' },
    })
  }
}

const sentTo = (openid: string) => cloud.platform.messages().filter((m) => m.touser === openid && m.outcome === 'sent')

describe('one authorization, one message', () => {
  it('sends to the authorized, skips the rest without calling WeChat, and counts down', async () => {
    await authorize(WORLD.memberA1)
    const id = await aBranchNotice(cloud)
    expect((await fire()).status).toBe(200)
    const pushes = await docs<OutboxDoc>(cloud, 'outbox', { noticeId: id })
    const byMember = Object.fromEntries(pushes.map((p) => [p.memberId, p.status]))
    expect(byMember).toEqual({
      [WORLD.memberA1]: 'sent',
      [WORLD.memberA2]: 'noQuota',
      [WORLD.admin]: 'noQuota',
    })
    // WeChat was asked once: nobody else had an authorization to spend.
    expect(cloud.platform.messages()).toHaveLength(1)
    expect(sentTo(demoOpenid(WORLD.memberA1))[0]).toMatchObject({
      templateId: NOTICE,
      page: `packageMember/pages/notice/index?id=${id}`,
      data: { thing1: { value: '关于开展主题党日活动的通知' }, name2: { value: '甲书记' } },
    })
    const settings = await asMember(cloud).ok('member', 'reminders.get', {})
    expect(settings.kinds.find((k) => k.key === 'notice')).toMatchObject({ remaining: 0, lastAnswer: 'accept' })
  })

  it('marks 43101 final and sets the count to 0 when WeChat knows better than our count', async () => {
    // The app was told of an accept that never reached WeChat (another phone, a lost grant).
    await asMember(cloud).ok('member', 'subscribe.record', { moment: 'settings', results: { notice: 'accept' } })
    await aBranchNotice(cloud)
    await fire()
    const [mine] = await docs<OutboxDoc>(cloud, 'outbox', { memberId: WORLD.memberA1 })
    expect(mine).toMatchObject({ status: 'noQuota', reason: { code: 43101 } })
    const [sub] = await docs<SubscriptionDoc>(cloud, 'subscriptions', { memberId: WORLD.memberA1 })
    expect(sub.remaining).toBe(0)
    await fire()
    expect(cloud.platform.messages()).toHaveLength(1)
  })

  it('skips a kind the member turned off, and plans nothing for it next time', async () => {
    await authorize(WORLD.memberA1)
    await asMember(cloud).ok('member', 'reminders.set', { kind: 'notice', on: false })
    await aBranchNotice(cloud)
    await fire()
    expect(await docs(cloud, 'outbox', { memberId: WORLD.memberA1 })).toEqual([])
    expect(cloud.platform.messages()).toEqual([])
  })
})

describe('under faults', () => {
  it('retries a busy platform with backoff and sends once it answers', async () => {
    await authorize(WORLD.memberA1)
    await aBranchNotice(cloud)
    await fetch(`${cloud.url}/_admin/sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failNext: { count: 1, errcode: -1 } }),
    })
    await fire()
    const [first] = await docs<OutboxDoc>(cloud, 'outbox', { memberId: WORLD.memberA1 })
    expect(first).toMatchObject({ status: 'pending', attempts: 1, reason: { code: -1 } })
    await fire()
    expect((await docs<OutboxDoc>(cloud, 'outbox', { memberId: WORLD.memberA1 }))[0].status).toBe('pending')
    cloud.clock.set(cloud.clock.now() + 61_000)
    await fire()
    expect((await docs<OutboxDoc>(cloud, 'outbox', { memberId: WORLD.memberA1 }))[0]).toMatchObject({
      status: 'sent',
      attempts: 2,
    })
    expect(sentTo(demoOpenid(WORLD.memberA1))).toHaveLength(1)
  })

  it('sends each push once when the timer fires three times at once', async () => {
    // The secretary writes both, so is no reader of either: three readers, two notices.
    for (const m of [WORLD.memberA1, WORLD.memberA2, WORLD.secretaryA, WORLD.admin]) await authorize(m, 3)
    const ids = [await aBranchNotice(cloud), await aBranchNotice(cloud, { title: '第二条' })]
    const fired = await Promise.all([fire(), fire(), fire()])
    expect(fired.map((r) => r.status)).toEqual([200, 200, 200])
    const pushes = await docs<OutboxDoc>(cloud, 'outbox', {})
    expect(pushes).toHaveLength(6)
    expect(pushes.every((p) => p.status === 'sent')).toBe(true)
    const sent = cloud.platform.messages().filter((m) => m.outcome === 'sent')
    expect(sent).toHaveLength(6)
    const keys = sent.map((m) => `${m.touser}|${m.page}`)
    expect(new Set(keys).size).toBe(6)
    expect(ids).toHaveLength(2)
  })

  it('never sends twice after the sender is killed mid-batch', async () => {
    for (const m of [WORLD.memberA1, WORLD.memberA2, WORLD.secretaryA, WORLD.admin]) await authorize(m, 2)
    await aBranchNotice(cloud)
    await fetch(`${cloud.url}/_admin/sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 400 }),
    })
    const running = fire()
    await new Promise((r) => setTimeout(r, 250))
    const killed = (await (await fetch(`${cloud.url}/_admin/functions/sender/kill`, { method: 'POST' })).json()) as {
      killed: number
    }
    expect(killed.killed).toBe(1)
    expect((await running).status).toBe(502)
    await fetch(`${cloud.url}/_admin/sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 0 }),
    })
    // Right after the crash the claimed pushes are neither retried nor lost from view.
    await fire()
    const during = await docs<OutboxDoc>(cloud, 'outbox', {})
    expect(during.every((p) => ['claimed', 'sending', 'sent'].includes(p.status))).toBe(true)
    const cutOff = during.filter((p) => p.status === 'sending').length
    expect(cutOff).toBeGreaterThan(0)
    // A chunk is stale from when it began to go out, not from when its batch was claimed: a chunk
    // of a long batch that has just begun is left alone.
    const now = cloud.clock.now()
    await cloud.database.insertRaw(
      'outbox',
      during
        .filter((p) => p.status === 'sending')
        .map((p) => ({ ...p, claimedAt: now - STALE_SENDING_MS - 60_000, sendingAt: now }) as Record<string, unknown>),
    )
    await fire()
    expect(await docs<OutboxDoc>(cloud, 'outbox', { status: 'sending' })).toHaveLength(cutOff)
    cloud.clock.set(cloud.clock.now() + STALE_SENDING_MS + 1000)
    await fire()
    const after = await docs<OutboxDoc>(cloud, 'outbox', {})
    expect(after.every((p) => p.status === 'sent' || p.status === 'unknown')).toBe(true)
    // Only the chunk under way is left unconfirmed; what the run never started is sent after all.
    expect(after.filter((p) => p.status === 'unknown')).toHaveLength(cutOff)
    const delivered = cloud.platform.messages().filter((m) => m.outcome === 'sent')
    expect(new Set(delivered.map((m) => m.touser)).size).toBe(delivered.length)
    for (const p of after.filter((x) => x.status === 'sent')) {
      expect(delivered.some((m) => m.touser === openidOf(p.memberId))).toBe(true)
    }
  })
})

describe('who may fire it', () => {
  it('refuses anything but WeChat’s timer', async () => {
    const res = await asMember(cloud).call('member', 'notice.inbox', {})
    expect(res.ok).toBe(true)
    const direct = await fetch(`${cloud.url}/fn/sender`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': demoOpenid(WORLD.secretaryA) },
      body: JSON.stringify({ action: 'notify.send', input: {} }),
    })
    expect(await direct.json()).toMatchObject({ ok: false, error: { code: 'AUTH.TIMER_ONLY' } })
  })
})
