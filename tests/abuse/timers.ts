/**
 * Timers are at-least-once (PLATFORM.md): every timer job fired with its instance killed in the
 * middle of the run, then three times at once as WeChat's retries and ticks may come — at the moments the
 * jobs have work (补学 overdue, an activity's eve and hour, next month's collection day with its
 * bills, monthly instances and reminders), for `timer` and for `sender`, on the demo bureau with
 * every bound member authorized. The result must equal a run where each fired once: the same
 * records in every collection, and no member sent the same message twice.
 */
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS } from '../../core/notify/templates'
import { chinaInstant, chinaMonth } from '../../core/dates'
import { activityReminderAt } from '../../core/notify/when'
import type { LocalCloud } from '../../localcloud/server'
import { seedDemoAt } from '../helpers/demo-seed'
import type { ActivityDoc } from '../../server/actions/activity/model'
import type { SubscriptionDoc } from '../../server/actions/notify/model'
import type { MemberDoc } from '../../server/model'

export interface TimerReport {
  instants: number
  fires: number
  /** Kills that landed while a timer ran (its run failed, as WeChat would then retry). */
  killsLanded: number
  /** Records per collection that differ from the run where each timer fired once. */
  differences: string[]
  /** Messages a member got more than once. */
  duplicates: string[]
  records: number
  /** Pushes WeChat accepted: fewer than when fired once, since a push cut off mid-send is never sent again. */
  messagesSent: number
  messagesSentOnce: number
}

const MINUTE = 60_000
/** `timer` ticks every ten minutes (cloudfunctions/timer/config.json). */
const TICK = 10 * MINUTE

async function authorizeEveryone(cloud: LocalCloud, now: number): Promise<void> {
  const members = (await cloud.database.find('members', { status: 'active' })) as unknown as MemberDoc[]
  const bound = members.filter((m) => m.openid)
  const subs: SubscriptionDoc[] = bound.flatMap((m) =>
    TEMPLATE_KEYS.map((template) => ({
      _id: `${m._id}_${template}`,
      memberId: m._id,
      template,
      on: true,
      remaining: 20,
      accepted: 20,
      lastAnswer: 'accept' as const,
      kept: false,
      answeredAt: now,
      updatedAt: now,
    })),
  )
  await cloud.database.insertRaw('subscriptions', subs as unknown as Record<string, unknown>[])
  for (const m of bound) {
    for (const key of TEMPLATE_KEYS)
      cloud.platform.grantSubscription(m.openid as string, SUBSCRIBE_TEMPLATES[key].id, 20)
  }
}

/** The demo bureau at `now`, everyone authorized; the moments at which the timers have work. */
async function prepare(cloud: LocalCloud, now: number): Promise<number[]> {
  await cloud.reset()
  cloud.clock.set(now)
  await seedDemoAt(cloud.database, now)
  await authorizeEveryone(cloud, now)
  const upcoming = ((await cloud.database.find('activities', { status: 'published' })) as unknown as ActivityDoc[])
    .filter((a) => activityReminderAt(a.startAt, 'eve') > now)
    .sort((a, b) => a.startAt - b.startAt)[0]
  const [year, month] = chinaMonth(now).split('-').map(Number)
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
  const moments = [now, chinaInstant(`${next}-05 09:05`)]
  if (upcoming) moments.push(activityReminderAt(upcoming.startAt, 'eve') + 5 * MINUTE, upcoming.startAt - 55 * MINUTE)
  return [...new Set(moments)].sort((a, b) => a - b)
}

const fire = (cloud: LocalCloud, fn: string) => fetch(`${cloud.url}/_admin/timers/${fn}`, { method: 'POST' })

const hub = (cloud: LocalCloud, path: string, body: object) =>
  fetch(`${cloud.url}/_admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/** Fired with the database and WeChat a little slow, and killed `delayMs` into the run. */
async function firedAndKilled(cloud: LocalCloud, fn: string, delayMs: number): Promise<boolean> {
  await hub(cloud, 'latency', { databaseMs: 3 })
  await hub(cloud, 'sends', { latencyMs: 30 })
  const running = fire(cloud, fn)
  await new Promise((done) => setTimeout(done, delayMs))
  await fetch(`${cloud.url}/_admin/functions/${fn}/kill`, { method: 'POST' })
  const landed = (await running).status !== 200
  await hub(cloud, 'latency', { databaseMs: 0 })
  await hub(cloud, 'sends', { latencyMs: 0 })
  return landed
}

async function snapshot(cloud: LocalCloud): Promise<{ counts: Record<string, number>; sent: string[] }> {
  const all = await cloud.database.exportAll()
  const counts = Object.fromEntries(Object.entries(all).map(([name, docs]) => [name, docs.length]))
  const sent = cloud.platform
    .messages()
    .filter((m) => m.outcome === 'sent')
    .map((m) => `${m.touser} ${m.templateId} ${m.page} ${JSON.stringify(m.data)}`)
  return { counts, sent }
}

export async function abuseTimers(cloud: LocalCloud, now: number, killDelaysMs: number[]): Promise<TimerReport> {
  const report: TimerReport = {
    instants: 0,
    fires: 0,
    killsLanded: 0,
    differences: [],
    duplicates: [],
    records: 0,
    messagesSent: 0,
    messagesSentOnce: 0,
  }
  // Each timer fired once at each moment (sender twice: a batch may leave the rest to the next
  // tick), and ticking on ten minutes later, when a run that died has its work taken over.
  const moments = await prepare(cloud, now)
  const nextTick = async (at: number) => {
    cloud.clock.set(at + TICK)
    for (const fn of ['timer', 'sender', 'sender']) await fire(cloud, fn)
  }
  for (const at of moments) {
    cloud.clock.set(at)
    for (const fn of ['timer', 'sender', 'sender']) await fire(cloud, fn)
    await nextTick(at)
  }
  const once = await snapshot(cloud)

  await prepare(cloud, now)
  report.instants = moments.length
  for (const [i, at] of moments.entries()) {
    cloud.clock.set(at)
    for (const fn of ['timer', 'sender']) {
      // Killed while it has work, then retried three times at once, then ticking on.
      if (await firedAndKilled(cloud, fn, killDelaysMs[i % killDelaysMs.length])) report.killsLanded++
      await Promise.all([1, 2, 3].map(() => fire(cloud, fn)))
      await fire(cloud, fn)
      report.fires += 5
    }
    await fire(cloud, 'sender')
    await nextTick(at)
    report.fires += 4
  }
  const abused = await snapshot(cloud)

  for (const name of new Set([...Object.keys(once.counts), ...Object.keys(abused.counts)])) {
    if (once.counts[name] !== abused.counts[name]) {
      report.differences.push(`${name}: ${abused.counts[name] ?? 0} records, ${once.counts[name] ?? 0} when fired once`)
    }
  }
  const seen = new Map<string, number>()
  for (const m of abused.sent) seen.set(m, (seen.get(m) ?? 0) + 1)
  report.duplicates = [...seen].filter(([, n]) => n > 1).map(([m, n]) => `${m} ×${n}`)
  report.records = Object.values(abused.counts).reduce((a, b) => a + b, 0)
  report.messagesSent = abused.sent.length
  report.messagesSentOnce = once.sent.length
  return report
}
