/**
 * The run's "now" (scripts/test-now.ts): where every test cloud's clock starts and what a test
 * means by "today". Resolved once by the global setup, so every test file agrees, even for
 * TEST_NOW=real.
 */
import { resolveTestNow } from '../../scripts/test-now'
import { markReadsNow, runNow } from '../setup/instant-probe'

/** Set by runAtFixedInstant() for this test file (jest loads this module afresh per file). */
let fixed: number | null = null

export function testNow(): number {
  if (fixed !== null) return fixed
  markReadsNow('testNow()')
  return resolveTestNow().instant
}

/**
 * Where a test's clock starts: the run's "now". Not a read of it: the clock counts its own
 * reads for the instant probe (tests/setup/probe-node.ts), and a test that sets it to a fixed
 * day first never depends on the run's instant.
 */
export function clockStart(): number {
  if (fixed !== null) return fixed
  return runNow()
}

/**
 * A fixed instant for suites whose subject is not the calendar — who may call what (the role ×
 * action matrix) and robustness under abuse (foreign ids, fuzzing, retries, crowds). A Wednesday
 * in mid-November, mid-morning: away from every month, quarter and year boundary and from the 5th
 * (collection day); a week before the suite's default TEST_NOW, so that the instant probe can
 * tell the two apart.
 */
export const CALENDAR_FREE_INSTANT = Date.parse('2026-11-11T10:30:00+08:00')

/**
 * Makes this test file's "now" (testNow(), every test cloud's starting clock) the calendar-free
 * instant, whatever TEST_NOW says: the file then runs the same at every instant, and
 * `npm run test:dates` reruns only the suites about dates at its awkward instants. Call it at the
 * top of the file, before any cloud starts.
 */
export function runAtFixedInstant(): void {
  fixed = CALENDAR_FREE_INSTANT
}
