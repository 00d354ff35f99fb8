/**
 * `npm run test:dates`: the jest suite at the instants where date code breaks — month ends,
 * the China/UTC new-year boundary from both sides, a leap day, a Sunday, a collection day, the
 * hour of a recurring activity — and at the real date. Each run is a plain `jest` with TEST_NOW
 * set; the summary says which instants passed.
 *
 *   npm run test:dates                      every instant
 *   npm run test:dates -- --only 2027-01    instants whose TEST_NOW contains the text
 *   npm run test:dates -- -- tests/server   extra arguments for jest after a second `--`
 */
import { spawnSync } from 'node:child_process'
import { describeInstant, resolveTestNow } from './test-now'

export const AWKWARD_INSTANTS: Array<{ why: string; now: string }> = [
  { why: 'the 1st of a month, before any collection day', now: '2026-12-01T08:30:00+08:00' },
  { why: 'the last day of a month, evening', now: '2026-11-30T21:00:00+08:00' },
  { why: '31 December 23:50 in China (UTC 15:50, the same day)', now: '2026-12-31T23:50:00+08:00' },
  { why: '1 January 00:10 in China (UTC still 31 December)', now: '2027-01-01T00:10:00+08:00' },
  { why: '2 March 07:30 in China (UTC still 1 March; 补记 reaches into February)', now: '2027-03-02T07:30:00+08:00' },
  { why: '29 February of a leap year', now: '2028-02-29T10:00:00+08:00' },
  { why: 'a Sunday', now: '2026-12-06T10:00:00+08:00' },
  { why: 'a collection day (the 5th), at opening time', now: '2027-01-05T09:00:00+08:00' },
  { why: 'the hour of a recurring activity (first Friday 15:00)', now: '2027-02-05T15:00:00+08:00' },
  { why: 'the real date', now: 'real' },
]

interface Outcome {
  why: string
  now: string
  ok: boolean
  seconds: number
  tests: string
}

function run(why: string, now: string, jestArgs: string[]): Outcome {
  const instant = resolveTestNow(now).instant
  const iso = new Date(instant).toISOString()
  console.log(`\n=== ${why}: TEST_NOW=${now === 'real' ? `real → ${iso}` : now}\n    ${describeInstant(instant)}`)
  const started = performance.now()
  const child = spawnSync('npx', ['jest', '--ci', ...jestArgs], {
    env: { ...process.env, TEST_NOW: iso, TEST_NOW_FIXED: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = Math.round((performance.now() - started) / 1000)
  const output = `${child.stdout}${child.stderr}`
  const tests = /^Tests:\s+(.*)$/m.exec(output)?.[1] ?? 'no summary'
  const ok = child.status === 0
  if (!ok) {
    const summary = output.indexOf('Summary of all failing tests')
    console.log(summary === -1 ? output : output.slice(summary))
  }
  console.log(`    ${ok ? 'pass' : 'FAIL'} in ${seconds}s — ${tests}`)
  return { why, now, ok, seconds, tests }
}

function main(): number {
  const args = process.argv.slice(2)
  const split = args.indexOf('--')
  const own = split === -1 ? args : args.slice(0, split)
  const jestArgs = split === -1 ? [] : args.slice(split + 1)
  const onlyAt = own.indexOf('--only')
  const only = onlyAt === -1 ? null : own[onlyAt + 1]
  const chosen = AWKWARD_INSTANTS.filter((i) => only === null || i.now.includes(only) || i.why.includes(only))
  if (chosen.length === 0) {
    console.error(`no instant matches --only ${only}`)
    return 2
  }
  const outcomes = chosen.map((i) => run(i.why, i.now, jestArgs))
  console.log('\n=== the suite at every instant')
  for (const o of outcomes)
    console.log(
      `${o.ok ? 'pass' : 'FAIL'}  ${o.now.padEnd(26)} ${String(o.seconds).padStart(4)}s  ${o.why} — ${o.tests}`,
    )
  const failed = outcomes.filter((o) => !o.ok)
  console.log(
    failed.length === 0
      ? `all ${outcomes.length} instants pass`
      : `${failed.length} of ${outcomes.length} instants fail`,
  )
  return failed.length === 0 ? 0 : 1
}

process.exit(main())
