/**
 * The host itself: what it must catch so that the journeys can trust a clean run — a subscribe
 * sheet asked for outside a tap fails as on WeChat, a wx API it lacks throws naming itself, a
 * throw in a timer on the phone is collected, and the phone's clock is the cloud's. (An unhandled
 * rejection on the phone is collected too, and node --test fails the running test on it anyway.)
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CLOUD_URL, TEST_NOW } from './env'
import { RecordingCanvas } from './canvas'
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

test('the recording canvas keeps a context’s state, measures text, and fails by name on what it lacks', () => {
  const canvas = new RecordingCanvas({ kind: 'node', id: 'c', schedule: () => 0, unschedule: () => {} })
  const node = canvas.node() as { width: number; getContext(kind: string): Record<string, unknown> }
  node.width = 30
  const ctx = node.getContext('2d') as Record<string, (...args: unknown[]) => unknown> & { font: string }
  ctx.font = '10px sans-serif'
  assert.equal((ctx.measureText('支部1%') as { width: number }).width, 2 * 10 + 2 * 6)
  ctx.save()
  ctx.scale(3, 3)
  ctx.fillText('党', 1, 8)
  ctx.restore()
  ctx.fillRect(0, 0, 1, 1)
  const [text] = canvas.texts()
  assert.deepEqual(text.box, { left: 3, right: 33, top: 0, bottom: 30 }, 'alphabetic baseline, under the scale')
  assert.deepEqual(canvas.drawing().at(-1)?.state?.transform, [1, 0, 0, 1, 0, 0], 'restore undid the scale')
  assert.throws(() => ctx.drawFocusIfNeeded(), /context2d\.drawFocusIfNeeded is not implemented/)
  assert.throws(() => (node as unknown as Record<string, unknown>).toBlob, /canvas\.toBlob is not implemented/)
  node.width = 30
  assert.deepEqual(canvas.drawing(), [], 'resizing clears the canvas')
})
