/**
 * Once per run, for the node-side tests: fixes the run's "now" so that every test file and
 * every function instance agree on it, and bundles the cloud functions so that tests run the
 * same bundle WeChat would.
 */
import fixTestNow from './test-now'

export default async function globalSetup(globalConfig: { testNamePattern?: string | null }): Promise<void> {
  await fixTestNow(globalConfig)
  const { buildFunctions } = await import('../../scripts/build-functions')
  await buildFunctions({ quiet: true })
}
