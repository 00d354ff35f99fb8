/**
 * The demo's reminders (issue 23): built through the hub's 载入演示数据, about three in five bound
 * members have reminders on with WeChat's one-time authorizations to match; the evening-before
 * timer then reaches exactly them, once, and the hub's message log shows it; 提醒未读 says how
 * many get a push and why the others only have the inbox; 提醒设置 counts what is left.
 */
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from '../../core/notify/templates'
import { activityReminderAt, activityReminderDue, type ActivityReminder } from '../../core/notify/when'
import { GRANTED_SHARE, untouchedPersonas } from '../../demo/grants'
import { demoOpenid } from '../../demo/identities'
import type { RecordedMessage } from '../../localcloud/platform'
import type { LocalCloud } from '../../localcloud/server'
import type { ActivityDoc, LeaveRequestDoc } from '../../server/actions/activity/model'
import type { SubscriptionDoc } from '../../server/actions/notify/model'
import type { MemberDoc } from '../../server/model'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
let members: MemberDoc[]
let bound: MemberDoc[]
let figures: Record<string, unknown>

const hub = async (path: string, body?: object): Promise<unknown> => {
  const res = await fetch(`${cloud.url}/_admin/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(res.status).toBe(200)
  return res.json()
}
const fire = (fn: 'timer' | 'sender') => hub(`timers/${fn}`, {})
const log = async () => (await hub('messages')) as RecordedMessage[]
const subscriptions = async () => (await cloud.database.find('subscriptions', {})) as unknown as SubscriptionDoc[]
const quotaOf = (m: MemberDoc, key: TemplateKey) =>
  cloud.platform.quota(m.openid as string)[SUBSCRIBE_TEMPLATES[key].id] ?? 0

beforeAll(async () => {
  cloud = await startTestCloud()
  figures = (await hub('seed', {})) as Record<string, unknown>
  members = (await cloud.database.find('members', { status: 'active' })) as unknown as MemberDoc[]
  bound = members.filter((m) => m.openid)
})
afterAll(() => cloud.close())

it('gives about three in five bound members reminders on, WeChat’s count and the app’s the same', async () => {
  const subs = await subscriptions()
  const reachable = bound.filter((m) =>
    TEMPLATE_KEYS.some((k) => quotaOf(m, k) > 0 && subs.find((s) => s.memberId === m._id && s.template === k)?.on),
  )
  expect(figures.reminders).toBe(reachable.length)
  expect(reachable.length / bound.length).toBeGreaterThanOrEqual(0.55)
  expect(reachable.length / bound.length).toBeLessThanOrEqual(0.7)
  expect(Math.abs(reachable.length / bound.length - GRANTED_SHARE)).toBeLessThan(0.05)
  // Every branch has some, and some without.
  for (const branchId of new Set(bound.map((m) => m.branchId))) {
    const mine = bound.filter((m) => m.branchId === branchId)
    const on = mine.filter((m) => reachable.includes(m)).length
    expect(on).toBeGreaterThan(0)
    expect(on).toBeLessThan(mine.length)
  }
  // Each authorization is WeChat's and the app's alike: the sender and 提醒未读 read the app's.
  for (const m of bound) {
    for (const k of TEMPLATE_KEYS) {
      const sub = subs.find((s) => s.memberId === m._id && s.template === k)
      expect([m._id, k, sub?.remaining ?? 0]).toEqual([m._id, k, quotaOf(m, k)])
    }
  }
  // Most allowed a few at a time; some ticked 总是保持以上选择; a few turned a kind off again.
  const granted = subs.filter((s) => s.remaining > 0)
  expect(granted.every((s) => s.lastAnswer === 'accept' && s.accepted >= s.remaining)).toBe(true)
  expect(granted.filter((s) => s.kept).length).toBeGreaterThan(0)
  expect(granted.filter((s) => !s.kept).length).toBeGreaterThan(granted.filter((s) => s.kept).length)
  expect(granted.some((s) => !s.on)).toBe(true)
  // 总是保持以上选择 is kept where WeChat keeps it, and the H5 sheet reads it back from the hub.
  for (const m of bound) {
    const kept = subs.filter((s) => s.memberId === m._id && s.kept && s.remaining > 0)
    const answer = (await hub(`subscriptions?openid=${m.openid as string}`)) as { kept: Record<string, string> }
    expect([m._id, answer.kept]).toEqual([
      m._id,
      Object.fromEntries(kept.map((s) => [SUBSCRIBE_TEMPLATES[s.template].id, 'accept'])),
    ])
  }
  // Nobody unbound has any; the journeys' own people are left as they were.
  expect(subs.every((s) => bound.some((m) => m._id === s.memberId))).toBe(true)
  for (const id of untouchedPersonas(members)) {
    expect(subs.filter((s) => s.memberId === id)).toEqual([])
    expect(cloud.platform.quota(demoOpenid(id))).toEqual({})
  }
})

it('shows a member with reminders on how many pushes are left, kind by kind', async () => {
  const subs = await subscriptions()
  const who = bound.find((m) => subs.some((s) => s.memberId === m._id && s.on && s.remaining > 1))!
  const settings = await actor(cloud, who.openid as string).ok('member', 'reminders.get', {})
  for (const kind of settings.kinds) {
    expect(kind.remaining).toBe(quotaOf(who, kind.key))
    const sub = subs.find((s) => s.memberId === who._id && s.template === kind.key)
    expect(kind.on).toBe(sub?.on ?? true)
  }
  expect(settings.kinds.some((k) => k.on && (k.remaining ?? 0) > 1)).toBe(true)
})

it('at 18:00 before an activity, the timer reaches exactly those with an authorization left, once', async () => {
  const start = cloud.clock.now()
  const activities = (await cloud.database.find('activities', { status: 'published' })) as unknown as ActivityDoc[]
  const next = activities
    .filter((a) => a.expectedIds.length > 0 && activityReminderDue(a, 'eve', activityReminderAt(a.startAt, 'eve')))
    .filter((a) => activityReminderAt(a.startAt, 'eve') > start)
    .sort((a, b) => a.startAt - b.startAt)[0]
  expect(next).toBeDefined()
  const eve = activityReminderAt(next.startAt, 'eve') + 60_000
  await hub('clock', { now: new Date(eve).toISOString() })

  // What WeChat will take, worked out beforehand from the seeded grants: each due reminder of an
  // activity to each member expected and not on approved leave, as far as their authorizations go.
  const leaves = (await cloud.database.find('leaveRequests', { status: 'approved' })) as unknown as LeaveRequestDoc[]
  const subs = await subscriptions()
  const due = new Map<string, number>()
  for (const a of activities) {
    for (const which of ['eve', 'hour'] as ActivityReminder[]) {
      if (!activityReminderDue(a, which, eve)) continue
      for (const id of a.expectedIds) {
        if (leaves.some((l) => l.activityId === a._id && l.memberId === id)) continue
        due.set(id, (due.get(id) ?? 0) + 1)
      }
    }
  }
  const expected = new Map<string, number>()
  for (const m of bound) {
    const sub = subs.find((s) => s.memberId === m._id && s.template === 'activity')
    const n = Math.min(due.get(m._id) ?? 0, sub?.on === false ? 0 : quotaOf(m, 'activity'))
    if (n > 0) expected.set(m.openid as string, n)
  }
  const dueBound = bound.filter((m) => due.has(m._id))
  expect(expected.size).toBeGreaterThan(0)
  expect(expected.size).toBeLessThan(dueBound.length)

  const before = (await log()).length
  await Promise.all([fire('timer'), fire('timer')])
  await fire('sender')
  await fire('sender')
  const sent = (await log()).slice(before).filter((m) => m.templateId === SUBSCRIBE_TEMPLATES.activity.id)
  const got = new Map<string, number>()
  for (const m of sent.filter((x) => x.outcome === 'sent')) got.set(m.touser, (got.get(m.touser) ?? 0) + 1)
  expect(got).toEqual(expected)
  const eveMessages = sent.filter((m) => m.outcome === 'sent' && m.page === `pages/activity/index?id=${next._id}`)
  expect(eveMessages.length).toBeGreaterThan(0)
  expect(eveMessages.every((m) => m.data.thing4.value === '明天就要开始了，请准时参加')).toBe(true)
  expect(eveMessages.every((m) => m.data.thing1.value.length > 0)).toBe(true)

  // Fired again (a retry, the next tick): nothing more.
  const total = (await log()).length
  await Promise.all([fire('timer'), fire('sender')])
  await fire('sender')
  expect((await log()).length).toBe(total)
  // The app's count follows WeChat's.
  const after = await subscriptions()
  for (const m of dueBound) {
    expect(after.find((s) => s.memberId === m._id && s.template === 'activity')?.remaining ?? 0).toBe(
      quotaOf(m, 'activity'),
    )
  }
})

it('提醒未读 says how many will get a push and why the others have only the inbox, as the grants are', async () => {
  const secretary = members.find((m) => m.branchId === 'org-b1' && m.role === 'secretary')!
  const as = actor(cloud, secretary.openid as string)
  const notice = await as.ok('secretary', 'notice.publish', {
    title: '关于报送年度学习材料的通知',
    body: '请各位党员本周内将学习笔记交支部组织委员。',
    needReceipt: false,
  })
  await fire('sender')
  const readers = members.filter((m) => m.branchId === 'org-b1' && m._id !== secretary._id)
  const subs = await subscriptions()
  const noticeSub = (m: MemberDoc) => subs.find((s) => s.memberId === m._id && s.template === 'notice')
  const readersBound = readers.filter((m) => m.openid)
  const off = readersBound.filter((m) => noticeSub(m)?.on === false)
  const pushed = readersBound.filter((m) => noticeSub(m)?.on !== false && quotaOf(m, 'notice') > 0)
  expect(pushed.length).toBeGreaterThan(0)

  const before = (await log()).length
  const result = await as.ok('secretary', 'notice.remind', { noticeId: notice.id })
  expect(result).toMatchObject({
    count: readers.length,
    pushed: pushed.length,
    inboxOnly: {
      unbound: readers.length - readersBound.length,
      off: off.length,
      noGrant: readersBound.length - pushed.length - off.length,
    },
  })
  await fire('sender')
  const reminded = (await log())
    .slice(before)
    .filter((m) => m.outcome === 'sent')
    .map((m) => m.touser)
  expect(reminded.sort()).toEqual(pushed.map((m) => m.openid).sort())
})
