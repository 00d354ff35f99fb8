/**
 * What each page of the weapp build sends to WeChat's view layer on its first render: the
 * `setData` calls from opening the page until its first cloud answer has been drawn, and their
 * JSON bytes, largest pages first, beside WeChat's advice (one setData well under 256 KB). Each
 * page opens on a fresh phone (tests/weapp/host.ts) as its user (tests/weapp/plan.ts) against a
 * fresh local cloud with the demo bureau; also the calls until the page is at rest (timers such
 * as the live page's countdown keep going). dist/ must exist (`npm run build:weapp`).
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveTestNow } from '../../scripts/test-now'
import { startTestCloud } from '../../tests/weapp/cloud'
import { WeappHost } from '../../tests/weapp/host'
import { buildPlan } from '../../tests/weapp/plan'
import { record } from '../figures'
import { taroBuildWeapp } from '../hello-world'
import { ms, table } from '../stats'

const root = resolve(__dirname, '../..')
/** WeChat's performance audit: one setData's data ≤ 256 KB. */
const SETDATA_ADVICE = 256 * 1024

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`

export default async function weappSetData(): Promise<void> {
  console.log('\n小程序首屏 setData（每页从打开到第一次云函数结果画出；微信建议单次 setData 远小于 256 KB）')
  if (!existsSync(join(root, 'dist', 'app.json'))) {
    console.log('  dist/ is missing: building it (taro build --type weapp)…')
    taroBuildWeapp(root)
  }
  const now = resolveTestNow().instant
  const cloud = await startTestCloud(now)
  try {
    const plan = await buildPlan(cloud.url, now)
    const rows: Array<{
      route: string
      calls: number
      bytes: number
      largest: number
      atRest: number
      atRestBytes: number
      openMs: number
    }> = []
    for (const visit of plan) {
      const started = performance.now()
      const { host, page } = await WeappHost.launch(`${visit.route}?${visit.query}`, {
        cloudUrl: cloud.url,
        openid: visit.as.openid,
      })
      try {
        await host.idle()
        const first = page.firstRender()
        rows.push({
          route: visit.route,
          calls: first.length,
          bytes: first.reduce((sum, s) => sum + s.bytes, 0),
          largest: Math.max(0, ...first.map((s) => s.bytes)),
          atRest: page.setDataCalls.length,
          atRestBytes: page.setDataCalls.reduce((sum, s) => sum + s.bytes, 0),
          openMs: performance.now() - started,
        })
      } finally {
        host.close()
      }
    }
    rows.sort((a, b) => b.bytes - a.bytes)
    table([
      ['page', 'first render: setData', 'bytes', 'largest call', 'of 256 KB', 'until at rest', 'open (host)'],
      ...rows.map((r) => [
        r.route,
        r.calls,
        kib(r.bytes),
        kib(r.largest),
        `${((r.largest / SETDATA_ADVICE) * 100).toFixed(1)}%`,
        `${r.atRest} / ${kib(r.atRestBytes)}`,
        ms(r.openMs),
      ]),
    ])
    for (const r of rows) {
      record(`${r.route} first-render setData calls`, r.calls, 'count')
      record(`${r.route} first-render bytes`, r.bytes, 'B')
      record(`${r.route} largest setData`, r.largest, 'B')
    }
  } finally {
    await cloud.close()
  }
}
