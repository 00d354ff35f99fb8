/**
 * The run's "now" (scripts/test-now.ts): where every test cloud's clock starts and what a test
 * means by "today". Resolved once by the global setup, so every test file agrees, even for
 * TEST_NOW=real.
 */
import { resolveTestNow } from '../../scripts/test-now'

export function testNow(): number {
  return resolveTestNow().instant
}
