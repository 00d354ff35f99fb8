/**
 * One retry case, four ways: once (what one call writes), the same request key twice in a row,
 * three times at once, and killed in the middle of the call (the function's instances killed while
 * the database answers slowly) and then sent again. Every way must end with what one call writes,
 * and the officers' audit entries once.
 */
import type { LocalCloud } from '../../localcloud/server'
import { actorFor } from '../server/matrix/index'
import { judge, postRaw, restore, type Snapshot } from './answers'
import type { RetryCase } from './retries'

export interface RetryOutcome {
  problems: string[]
  /** Kills that landed while the call was under way (its answer was an error). */
  killsLanded: number
  kills: number
}

let serial = 0
function newKey(): string {
  serial++
  return `retry${serial.toString(36).padStart(6, '0')}${'x'.repeat(12)}`
}

async function send(cloud: LocalCloud, c: RetryCase, input: object, key: string) {
  const body = JSON.stringify({ action: c.action, input, requestKey: key })
  return postRaw(cloud, c.fn, body, actorFor(cloud, c.who).openid)
}

async function audits(cloud: LocalCloud, c: RetryCase): Promise<string> {
  const kinds = c.audited ?? []
  const counts = await Promise.all(kinds.map(async (kind) => (await cloud.database.find('auditLog', { kind })).length))
  return kinds.map((k, i) => `${k}×${counts[i]}`).join(' ')
}

const post = (cloud: LocalCloud, path: string, body: object) =>
  fetch(`${cloud.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

export async function retryCase(
  cloud: LocalCloud,
  world: Snapshot,
  c: RetryCase,
  killDelaysMs: number[],
): Promise<RetryOutcome> {
  const out: RetryOutcome = { problems: [], killsLanded: 0, kills: 0 }
  const fresh = async () => {
    await restore(cloud, world)
    return c.input(cloud)
  }
  const ok = (answer: { status: number; text: string }, what: string) => {
    const verdict = judge(answer)
    if (!('ok' in verdict) || !verdict.ok) out.problems.push(`${c.name} ${what}: ${answer.text.slice(0, 200)}`)
  }
  const expect = async (what: string, written: number, audited: string) => {
    const now = await c.written(cloud)
    if (now !== written) out.problems.push(`${c.name} ${what}: wrote ${now}, one call writes ${written}`)
    const audit = await audits(cloud, c)
    if (audit !== audited) out.problems.push(`${c.name} ${what}: audit ${audit}, one call leaves ${audited}`)
  }

  let input = await fresh()
  ok(await send(cloud, c, input, newKey()), 'once')
  const written = await c.written(cloud)
  const audited = await audits(cloud, c)
  if (written === 0) out.problems.push(`${c.name}: one call wrote nothing to count`)

  input = await fresh()
  const again = newKey()
  ok(await send(cloud, c, input, again), 'first of two')
  ok(await send(cloud, c, input, again), 'second of two')
  await expect('sent twice', written, audited)

  input = await fresh()
  const thrice = newKey()
  const answers = await Promise.all([1, 2, 3].map(() => send(cloud, c, input, thrice)))
  answers.forEach((a, i) => ok(a, `${i + 1} of 3 at once`))
  await expect('sent 3 times at once', written, audited)

  for (const delay of killDelaysMs) {
    input = await fresh()
    const key = newKey()
    await post(cloud, '/_admin/latency', { databaseMs: 15 })
    const first = send(cloud, c, input, key)
    await new Promise((done) => setTimeout(done, delay))
    await post(cloud, `/_admin/functions/${c.fn}/kill`, {})
    const cut = await first
    out.kills++
    const body = JSON.parse(cut.text) as { ok: boolean; error?: { code: string } }
    if (!body.ok) {
      out.killsLanded++
      // The client hears of it as an error envelope (a crashed instance is INTERNAL), never a hang.
      if (body.error?.code !== 'INTERNAL')
        out.problems.push(`${c.name} killed at ${delay} ms: ${cut.text.slice(0, 200)}`)
    }
    await post(cloud, '/_admin/latency', { databaseMs: 0 })
    ok(await send(cloud, c, input, key), `retried after a kill at ${delay} ms`)
    await expect(`killed at ${delay} ms and retried`, written, audited)
  }
  return out
}
