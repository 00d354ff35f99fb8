/**
 * The run's "now" (scripts/test-now.ts): where every test cloud's clock starts and what a test
 * means by "today". Resolved once by the global setup, so every test file agrees, even for
 * TEST_NOW=real.
 */
import { resolveTestNow } from '../../scripts/test-now'
import { markReadsNow, runNow } from '../setup/instant-probe'

export function testNow(): number {
  markReadsNow('testNow()')
  return resolveTestNow().instant
}

/**
 * Where a test's clock starts: the run's "now". Not a read of it: the clock counts its own
 * reads for the instant probe (tests/setup/probe-node.ts), and a test that sets it to a fixed
 * day first never depends on the run's instant.
 */
export function clockStart(): number {
  return runNow()
}
