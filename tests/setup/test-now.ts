/** Fixes the run's "now" once (TEST_NOW, or the default) and says which it is. */
export default async function fixTestNow(): Promise<void> {
  if (process.env.TEST_NOW_FIXED === '1') return
  const { describeInstant, resolveTestNow } = await import('../../scripts/test-now')
  const now = resolveTestNow()
  process.env.TEST_NOW = new Date(now.instant).toISOString()
  process.env.TEST_NOW_FIXED = '1'
  console.log(`\n测试时间 TEST_NOW=${process.env.TEST_NOW}（${now.source}）：${describeInstant(now.instant)}`)
}
