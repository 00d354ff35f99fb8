/**
 * Fixes the run's "now" once (TEST_NOW, or the default) and says which it is; and readies the
 * instant probe's records (scripts/instant-probe.ts) unless only some tests of a file run.
 */
export default async function fixTestNow(globalConfig?: { testNamePattern?: string | null }): Promise<void> {
  if (process.env.TEST_NOW_FIXED !== '1') {
    const { describeInstant, resolveTestNow } = await import('../../scripts/test-now')
    const now = resolveTestNow()
    process.env.TEST_NOW = new Date(now.instant).toISOString()
    process.env.TEST_NOW_FIXED = '1'
    console.log(`\n测试时间 TEST_NOW=${process.env.TEST_NOW}（${now.source}）：${describeInstant(now.instant)}`)
  }
  const partial = Boolean(globalConfig?.testNamePattern)
  if (process.env.INSTANT_PROBE_FINGERPRINT === undefined && !partial) {
    const { PROBE_DIR, probeFingerprint } = await import('../../scripts/instant-probe')
    process.env.INSTANT_PROBE_FINGERPRINT = probeFingerprint()
    process.env.INSTANT_PROBE_DIR = PROBE_DIR
  }
}
