/**
 * `npm run cloud` / `npm run dev` on a fresh data folder: the server listens while it loads the
 * demo. A hub call that arrives then waits until the load is done (issue 22: a seed sent then was
 * accepted and the two loads mixed — 1,492 payments and 2,032 bills instead of 1,013 and 1,944).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDemo } from '../../demo'
import type { LocalCloud } from '../../localcloud/server'
import { spawnCloudProcess } from '../abuse/child-cloud'
import { startTestCloud } from '../helpers/cloud'

/** Fixed days: the demos they build, and this test, are the same at any instant of the run. */
const DAY = '2026-03-10T09:00:00+08:00'
/** The day the hub is asked to seed at, as its page offers: another month's demo. */
const OTHER_DAY = '2026-05-20T09:00:00+08:00'

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => done(port))
    })
  })
}

const counts = (store: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(store).map(([name, docs]) => [name, docs.length]))

let reference: LocalCloud
beforeAll(async () => {
  reference = await startTestCloud()
})
afterAll(() => reference.close())

it('holds a seed sent during the start-up demo load until it is done: the demo asked for, never two mixed', async () => {
  await reference.reset()
  reference.clock.set(Date.parse(OTHER_DAY))
  await seedDemo(reference.database, Date.parse(OTHER_DAY), reference.platform)
  const expected = counts(await reference.database.exportAll())

  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'start-hold-'))
  // Started at a fixed day, so this test reads no "now" of the run's.
  const child = spawnCloudProcess({ dataDir, startAt: DAY, port })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const url = `http://127.0.0.1:${port}`
  try {
    // Knock until the door opens: the first request that connects arrives during the demo load.
    let seeded: Response | null = null
    for (let tries = 0; seeded === null && tries < 3000; tries++) {
      seeded = await fetch(`${url}/_admin/seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: OTHER_DAY }),
      }).catch(() => null)
      if (seeded === null) await new Promise((wait) => setTimeout(wait, 20))
    }
    expect(seeded?.status).toBe(200)
    expect(output).toContain('已载入演示数据')
    const store = (await (await fetch(`${url}/_admin/export`)).json()) as Record<string, unknown[]>
    expect(counts(store)).toEqual(expected)
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)))
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 120_000)
