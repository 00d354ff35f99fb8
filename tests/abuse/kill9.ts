/**
 * kill -9 of the local cloud in the middle of acknowledged writes. Members sign in, record study
 * and report dues through the front door, from outside the cloud's process, a few at a time; at
 * chosen points the whole process group is killed and started again on the same data folder, and
 * the writes go on. Then the folder is opened as a restart would: every write the cloud
 * acknowledged must be there exactly once, and none it never answered may be there twice.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Clock } from '../../localcloud/clock'
import { openDatabase, type Database } from '../../localcloud/db'
import { demoOpenid } from '../../demo/identities'
import { COLLECTION_NAMES } from '../../server/collections'
import { anActivity, TEST_SECRET } from '../helpers/activity-mothers'
import { aMember, anOrg } from '../helpers/mothers'
import { currentCode } from '../../server/actions/activity/sign-code'
import { chinaMonth } from '../../core/dates'
import { startChildCloud, type ChildCloud } from './child-cloud'
import { shuffled } from './random'

export interface Kill9Report {
  writes: number
  acknowledged: number
  /** Cut off by a kill before an answer came: may or may not have happened. */
  unanswered: number
  kills: number
  /** Acknowledged writes missing after the restart. */
  lost: string[]
  /** Writes stored more than once. */
  doubled: string[]
  /** Writes the cloud refused (none should be). */
  refused: string[]
}

type Kind = 'signIn' | 'checkIn' | 'report'
interface Write {
  kind: Kind
  memberId: string
  /** The check-in's title, unique per write. */
  tag: string
}

const BRANCH = 'org-k9'
const ACTIVITY = 'act-k9'
const FEN = 9000

async function seed(db: Database, members: string[], now: number): Promise<void> {
  await db.ensureCollections(COLLECTION_NAMES)
  const raw = (docs: object[]) => docs as unknown as Record<string, unknown>[]
  await db.insertRaw('orgs', raw([anOrg({ _id: BRANCH, name: '压测支部', parentId: null })]))
  await db.insertRaw('members', raw(members.map((id) => aMember({ _id: id, branchId: BRANCH }))))
  const activity = anActivity({
    _id: ACTIVITY,
    branchId: BRANCH,
    expectedIds: [...members].sort(),
    startAt: now - 10 * 60_000,
    endAt: now + 4 * 3600_000,
  })
  await db.insertRaw('activities', raw([activity]))
}

/** The cloud's clock seen from outside: its now when asked, and how long ago that was. */
async function clockOf(cloud: ChildCloud): Promise<() => number> {
  const asked = performance.now()
  const { now } = (await (await fetch(`${cloud.url}/_admin/clock`)).json()) as { now: string }
  const at = Date.parse(now)
  return () => at + (performance.now() - asked)
}

function bodyOf(write: Write, clock: () => number): { fn: string; action: string; input: object } {
  if (write.kind === 'signIn') {
    return {
      fn: 'member',
      action: 'attendance.signIn',
      input: { activityId: ACTIVITY, code: currentCode(TEST_SECRET, clock()) },
    }
  }
  if (write.kind === 'checkIn') return { fn: 'member', action: 'study.checkIn', input: { title: write.tag } }
  return {
    fn: 'member',
    action: 'dues.report',
    input: { months: [chinaMonth(clock())], amountFen: FEN, method: 'wechat' as const, note: write.tag },
  }
}

type Outcome = 'ack' | 'refused' | 'unanswered'

async function send(cloud: ChildCloud, write: Write, clock: () => number): Promise<{ outcome: Outcome; text: string }> {
  const { fn, action, input } = bodyOf(write, clock)
  try {
    const res = await fetch(`${cloud.url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': demoOpenid(write.memberId) },
      body: JSON.stringify({ action, input }),
    })
    const text = await res.text()
    if (res.status >= 500) return { outcome: 'unanswered', text }
    return { outcome: (JSON.parse(text) as { ok: boolean }).ok ? 'ack' : 'refused', text }
  } catch (error) {
    return { outcome: 'unanswered', text: String(error) }
  }
}

/** How many times a write is in the store, read as a restart reads it. */
async function stored(db: Database, write: Write): Promise<number> {
  if (write.kind === 'signIn') {
    return (await db.find('attendance', { _id: `${ACTIVITY}_${write.memberId}`, status: 'present' })).length
  }
  if (write.kind === 'checkIn')
    return (await db.find('studyCheckins', { memberId: write.memberId, title: write.tag })).length
  return (await db.find('duesPayments', { memberId: write.memberId, note: write.tag })).length
}

export interface Kill9Options {
  writes: number
  kills: number
  concurrency: number
  seed: number
  /** Where the cloud's clock starts (TEST_NOW). */
  now: number
  progress?: (line: string) => void
}

export async function killNineDuringWrites(options: Kill9Options): Promise<Kill9Report> {
  const perMember = 3
  const members = Array.from(
    { length: Math.ceil(options.writes / perMember) },
    (_, i) => `m-k9-${String(i).padStart(4, '0')}`,
  )
  // Kinds and members interleaved as many phones would send them.
  const writes: Write[] = shuffled(
    members.flatMap((memberId) =>
      (['signIn', 'checkIn', 'report'] as Kind[]).map((kind) => ({ kind, memberId, tag: `写入${kind}${memberId}` })),
    ),
    options.seed,
  ).slice(0, options.writes)
  const dataDir = await mkdtemp(join(tmpdir(), 'localcloud-kill9-'))
  const startAt = new Date(options.now).toISOString()
  const report: Kill9Report = {
    writes: writes.length,
    acknowledged: 0,
    unanswered: 0,
    kills: 0,
    lost: [],
    doubled: [],
    refused: [],
  }
  const outcomes = new Map<Write, Outcome>()
  try {
    const setup = await openDatabase({ dataDir, clock: new Clock(options.now) })
    await seed(setup, members, options.now)
    await setup.close()
    const killAt = Array.from({ length: options.kills }, (_, k) =>
      Math.round(((k + 1) * writes.length) / (options.kills + 1)),
    )
    let next = 0
    while (next < writes.length) {
      const cloud = await startChildCloud({ dataDir, startAt })
      const clock = await clockOf(cloud)
      const stopAt = killAt[report.kills] ?? Infinity
      const worker = async (): Promise<void> => {
        while (next < writes.length && report.acknowledged < stopAt) {
          const write = writes[next++]
          const { outcome, text } = await send(cloud, write, clock)
          outcomes.set(write, outcome)
          if (outcome === 'ack') report.acknowledged++
          if (outcome === 'refused') report.refused.push(`${write.tag}: ${text.slice(0, 200)}`)
        }
      }
      const running = Promise.all(Array.from({ length: options.concurrency }, worker))
      if (stopAt === Infinity) await running
      else {
        // Kill while writes are in flight: as soon as the chosen count is acknowledged.
        while (report.acknowledged < stopAt && next < writes.length) await new Promise((r) => setTimeout(r, 2))
        await cloud.kill9()
        report.kills++
        await running
        options.progress?.(`kill -9 after ${report.acknowledged} acknowledged writes`)
      }
      if (stopAt === Infinity) await cloud.kill9()
    }
    report.unanswered = [...outcomes.values()].filter((o) => o === 'unanswered').length
    // Read the folder as the next start would.
    const after = await openDatabase({ dataDir, clock: new Clock(options.now) })
    for (const write of writes) {
      const count = await stored(after, write)
      if (outcomes.get(write) === 'ack' && count === 0) report.lost.push(write.tag)
      if (count > 1) report.doubled.push(`${write.tag} ×${count}`)
    }
    await after.close()
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
  return report
}
