/**
 * `npm run test:abuse`: the abuse of issue 12 at full size, with a printed report — 10,000
 * generated bad payloads, every create action retried with its request key (killed mid-call eight
 * ways), 1,000 writes through two kill -9s of the whole local cloud, timers killed mid-run and
 * fired three times at once, 500 members at once, and the store's figure beside the old. The jest
 * suite runs a small sample of each; this runs once in CI. Exits 1 on any failure.
 *
 *   ABUSE_SEED=<n>        replay a run (the seed is printed at the start)
 *   ABUSE_PAYLOADS=<n>    payloads of generated bad input (default 10,000)
 */
import { randomInt } from 'node:crypto'
import { measureStore } from '../bench/suites/8-store'
import { startLocalCloud, type LocalCloud } from '../localcloud/server'
import { crowd } from '../tests/abuse/crowd'
import { fuzz } from '../tests/abuse/fuzz'
import { killNineDuringWrites } from '../tests/abuse/kill9'
import { RETRY_CASES } from '../tests/abuse/retries'
import { retryCase } from '../tests/abuse/retry-run'
import { abuseTimers } from '../tests/abuse/timers'
import { seedWorld, testCloudConfig } from '../tests/helpers/cloud'
import { testNow } from '../tests/helpers/now'
import { failures, printReport, type RetryTotals } from './abuse-report'
import { buildFunctions } from './build-functions'
import { describeInstant } from './test-now'

const CROWD = 500
const KILL_DELAYS_MS = [5, 15, 30, 50, 80, 120, 180, 260]

function step(what: string): () => void {
  const started = performance.now()
  console.log(`\n— ${what}`)
  return () => console.log(`  done in ${Math.round((performance.now() - started) / 1000)} s`)
}

async function withCloud<T>(maxInstances: number, run: (cloud: LocalCloud) => Promise<T>): Promise<T> {
  const cloud = await startLocalCloud(testCloudConfig({ maxInstances }))
  try {
    return await run(cloud)
  } finally {
    await cloud.close()
  }
}

async function retries(cloud: LocalCloud): Promise<RetryTotals> {
  await seedWorld(cloud)
  const world = await cloud.database.exportAll()
  const totals: RetryTotals = { actions: RETRY_CASES.length, kills: 0, killsLanded: 0, problems: [] }
  for (const c of RETRY_CASES) {
    const outcome = await retryCase(cloud, world, c, KILL_DELAYS_MS)
    totals.kills += outcome.kills
    totals.killsLanded += outcome.killsLanded
    totals.problems.push(...outcome.problems)
  }
  return totals
}

async function main(): Promise<number> {
  const seed = Number(process.env.ABUSE_SEED ?? randomInt(1, 2 ** 31 - 1))
  const budget = Number(process.env.ABUSE_PAYLOADS ?? 10_000)
  const now = testNow()
  const header = `seed ${seed} (ABUSE_SEED=${seed} replays it), TEST_NOW ${describeInstant(now)}`
  console.log(`npm run test:abuse — ${header}`)
  await buildFunctions({ quiet: true })

  let done = step(`bad input: ${budget.toLocaleString('en-US')} payloads`)
  let count = 0
  const fuzzed = await withCloud(4, (cloud) =>
    fuzz(cloud, {
      seed,
      budget,
      progress: (line) => {
        if (++count % 20 === 0) console.log(`  ${line}`)
      },
    }),
  )
  done()
  done = step('the same tap sent again: every create action, twice, three at once, killed mid-call')
  const retried = await withCloud(4, retries)
  done()
  done = step('kill -9 of the local cloud during 1,000 writes')
  const killed = await killNineDuringWrites({ writes: 1000, kills: 2, concurrency: 8, seed, now })
  done()
  done = step('timers killed mid-run, then fired three times at once')
  const timers = await withCloud(4, (cloud) => abuseTimers(cloud, now, [40, 120, 250, 500]))
  done()
  done = step(`${CROWD} members at once`)
  const crowded = await withCloud(8, (cloud) => crowd(cloud, CROWD))
  done()
  done = step('the store on disk')
  const store = await measureStore()
  done()

  const results = { fuzz: fuzzed, retries: retried, kill9: killed, timers, crowd: crowded, store }
  printReport(results, header, CROWD)
  const failed = failures(results, CROWD)
  console.log(failed.length === 0 ? '\nall abuse held' : `\n${failed.length} failures:\n${failed.join('\n')}`)
  return failed.length === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
