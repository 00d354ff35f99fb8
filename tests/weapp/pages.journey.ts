/**
 * Every page of the weapp build (dist/app.json), opened on a fresh phone as the person who uses
 * it, against the local cloud (`npm run test:weapp` starts it): no uncaught error, no failed
 * cloud call, none of the app's failure words on screen.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { problemsOf } from './checks'
import { DIST, WeappHost } from './host'
import { appJsonPages, buildPlan } from './plan'
import { CLOUD_URL, TEST_NOW } from './env'

test('the plan opens every page of app.json, and only those', async () => {
  const plan = await buildPlan(CLOUD_URL, TEST_NOW)
  assert.deepEqual(
    plan.map((v) => v.route),
    appJsonPages(DIST),
  )
})

test('every page opens clean as its user', async (t) => {
  const plan = await buildPlan(CLOUD_URL, TEST_NOW)
  for (const visit of plan) {
    await t.test(`${visit.route}?${visit.query} as ${visit.as.role} ${visit.as.name}`, async () => {
      const { host, page } = await WeappHost.launch(`${visit.route}?${visit.query}`, {
        cloudUrl: CLOUD_URL,
        openid: visit.as.openid,
      })
      try {
        await host.idle()
        assert.deepEqual(problemsOf(host, page, { stranger: visit.as.role === 'stranger' }), [], page.text())
      } finally {
        host.close()
      }
    })
  }
})
