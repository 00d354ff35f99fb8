/**
 * `npm run test:dates`: the jest suite at the instants where date code breaks — month ends,
 * the China/UTC new-year boundary from both sides, a leap day, a Sunday, a collection day, the
 * hour of a recurring activity — and at the real date. Each run is a plain `jest` with TEST_NOW
 * set; the summary says which instants passed.
 *
 * Only the test files that read "now" run again at each instant: every jest run records, per
 * test file, whether it read the run's instant or a clock standing there (the instant probe,
 * scripts/instant-probe.ts); a file that read none took the same path whatever the instant, so
 * its run at one instant stands for all. The records of the last `npm test` are used when they
 * were made from today's code; otherwise the first instant runs the whole suite and makes them.
 *
 *   npm run test:dates                      every instant
 *   npm run test:dates -- --only 2027-01    instants whose TEST_NOW contains the text
 *   npm run test:dates -- --all             the whole suite at every instant, as before the probe
 *   npm run test:dates -- -- tests/server   extra arguments for jest after a second `--`
 */
import { spawnSync } from 'node:child_process'
import { relative, resolve } from 'node:path'
import { filesReadingNow, probeFingerprint, type ProbeRecord } from './instant-probe'
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

const root = resolve(__dirname, '..')

function run(why: string, now: string, jestArgs: string[], files: string[] | null): Outcome {
  const instant = resolveTestNow(now).instant
  const iso = new Date(instant).toISOString()
  console.log(`\n=== ${why}: TEST_NOW=${now === 'real' ? `real → ${iso}` : now}\n    ${describeInstant(instant)}`)
  console.log(`    ${files === null ? 'the whole suite' : `the ${files.length} test files that read "now"`}`)
  const started = performance.now()
  if (files !== null && files.length === 0) return { why, now, ok: true, seconds: 0, tests: 'no test file reads "now"' }
  // With the files named, the jest arguments that chose them (paths, patterns) have done their part.
  const args = files === null ? jestArgs : [...jestArgs.filter((a) => a.startsWith('-')), '--runTestsByPath', ...files]
  const child = spawnSync('npx', ['jest', '--ci', ...args], {
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

/** Every test file of the suite (or of the jest arguments given), relative to the root. */
function testFiles(jestArgs: string[]): string[] {
  const listed = spawnSync('npx', ['jest', '--listTests', '--json', ...jestArgs], { encoding: 'utf8', cwd: root })
  if (listed.status !== 0) throw new Error(`jest --listTests failed: ${listed.stderr}`)
  return (JSON.parse(listed.stdout) as string[]).map((f) => relative(root, f)).sort()
}

/** The probe's records for these files from today's code, or null when some are missing or older. */
function probe(files: string[]): ProbeRecord[] | null {
  return filesReadingNow(files, probeFingerprint())
}

function explain(records: ProbeRecord[]): string[] {
  const reading = records.filter((r) => r.readsNow !== null)
  const still = records.filter((r) => r.readsNow === null)
  console.log(`\n=== the instant probe: ${reading.length} of ${records.length} test files read "now"`)
  console.log(`    these ${still.length} read no "now" (ran at ${still[0]?.testNow ?? '—'}; the same at any instant):`)
  for (const r of still) console.log(`      ${r.file}`)
  return reading.map((r) => r.file)
}

function main(): number {
  const args = process.argv.slice(2)
  const split = args.indexOf('--')
  const own = split === -1 ? args : args.slice(0, split)
  const jestArgs = split === -1 ? [] : args.slice(split + 1)
  const onlyAt = own.indexOf('--only')
  const only = onlyAt === -1 ? null : own[onlyAt + 1]
  const everything = own.includes('--all')
  const chosen = AWKWARD_INSTANTS.filter((i) => only === null || i.now.includes(only) || i.why.includes(only))
  if (chosen.length === 0) {
    console.error(`no instant matches --only ${only}`)
    return 2
  }
  const outcomes: Outcome[] = []
  let reading: string[] | null = null
  if (!everything) {
    const files = testFiles(jestArgs)
    let records = probe(files)
    if (records === null) {
      console.log(
        '\nno instant-probe records from this code (npm test makes them): the first instant runs the whole suite',
      )
      const first = chosen.shift() as (typeof chosen)[number]
      outcomes.push(run(first.why, first.now, jestArgs, null))
      records = probe(files)
      if (records === null) {
        console.error('the whole suite ran but left no probe record for some test files')
        return 1
      }
    }
    reading = explain(records)
  }
  for (const i of chosen) outcomes.push(run(i.why, i.now, jestArgs, reading))
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
