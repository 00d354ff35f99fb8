/**
 * The host itself: what it must catch so that the journeys can trust a clean run — a subscribe
 * sheet asked for outside a tap fails as on WeChat, a wx API it lacks throws naming itself, a
 * throw in a timer on the phone is collected, and the phone's clock is the cloud's. (An unhandled
 * rejection on the phone is collected too, and node --test fails the running test on it anyway.)
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CLOUD_URL, TEST_NOW } from './env'
import { WeappHost } from './host'
import { FIRST_BRANCH, peopleOf } from './people'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('the host catches what WeChat would refuse and what the app lets slip', async () => {
  const { members } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const { host } = await WeappHost.launch('pages/me/index', { cloudUrl: CLOUD_URL, openid: members[0].openid })
  try {
    await host.idle()
    assert.equal(host.errors.length, 0, JSON.stringify(host.errors))

    // The phone's clock is the cloud's (TEST_NOW), not the machine's.
    const phoneNow = Number(host.evaluate('Date.now()'))
    assert.ok(Math.abs(phoneNow - TEST_NOW) < 120_000, `phone clock ${new Date(phoneNow).toISOString()}`)

    host.evaluate(`wx.requestSubscribeMessage({ tmplIds: ['t1'], fail: (e) => { globalThis.refused = e.errMsg } })`)
    await host.idle()
    assert.equal(host.askedFor('requestSubscribeMessage')[0]?.insideTap, false)
    assert.match(String(host.evaluate('globalThis.refused')), /TAP gesture/)

    assert.throws(() => host.evaluate('wx.startRecord({})'), /wx\.startRecord is not implemented/)
    host.evaluate(`setTimeout(() => { throw new Error('thrown in a timer') }, 0)`)
    await sleep(50)
    const kinds = host.errors.map((e) => `${e.kind}: ${e.message.split('\n')[0]}`)
    assert.ok(
      kinds.some((k) => k.startsWith('thrown') && k.includes('wx.startRecord')),
      kinds.join('\n'),
    )
    assert.ok(
      kinds.some((k) => k.startsWith('thrown') && k.includes('thrown in a timer')),
      kinds.join('\n'),
    )
  } finally {
    host.close()
  }
})
