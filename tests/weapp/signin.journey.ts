/**
 * Signing in on the weapp build: the secretary's 活动现场 shows the rotating code for today's
 * 主题党日; a member opens 签到, taps 扫码签到, WeChat's scanner reads the secretary's QR, and
 * the page says 已签到 — and the store has the attendance. Then the reminder offer: 接收提醒
 * opens WeChat's subscribe sheet within the tap (WeChat refuses it otherwise). And from WeChat's
 * own 扫一扫: the 小程序码 on the same screen opens the page with its scene.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { qrPayload } from '../../core/activity/code'
import { exportStore } from './cloud'
import { CLOUD_URL } from './env'
import { WeappHost } from './host'
import { decodeQrPng } from '../helpers/decode-qr'
import { FIRST_BRANCH, liveCode, peopleOf, TODAY_ACTIVITY, type Person } from './people'
import { problemsOf } from './checks'

test('a member signs in by scanning the secretary’s code, then accepts reminders from the tap', async () => {
  const { secretary, members } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const store = await exportStore(CLOUD_URL)
  const signedIn = new Set(store.attendance.filter((a) => a.activityId === TODAY_ACTIVITY).map((a) => a.memberId))
  const member = members.find((m) => !signedIn.has(m.memberId))
  assert.ok(member, 'a member of 机关第一党支部 not yet signed in')

  const code = await liveCode(CLOUD_URL, secretary, TODAY_ACTIVITY)
  const payload = qrPayload(TODAY_ACTIVITY, code)

  const { host, page } = await WeappHost.launch(`pages/signin/index?a=${encodeURIComponent(TODAY_ACTIVITY)}`, {
    cloudUrl: CLOUD_URL,
    openid: member.openid,
    scan: { result: payload, scanType: 'QR_CODE' },
    subscribeAnswer: 'accept',
  })
  try {
    await page.waitFor('扫码签到')
    page.tap({ selector: '.ui-button', text: '扫码签到' })
    await page.waitFor('✓')
    assert.match(page.text(), /✓ .*签到/)
    const [scan] = host.askedFor('scanCode')
    assert.ok(scan?.insideTap, 'the scanner opened from the tap')
    const signIn = host.calls.find((c) => c.action === 'attendance.signIn')
    assert.deepEqual(signIn?.input, { activityId: TODAY_ACTIVITY, code, via: 'qr' })

    const after = await exportStore(CLOUD_URL)
    const record = after.attendance.find((a) => a._id === `${TODAY_ACTIVITY}_${member.memberId}`)
    assert.equal(record?.status, 'present')
    assert.equal(record?.method, 'qr')

    // The offer of WeChat reminders, after a sign-in that counted.
    await page.waitFor('需要时用微信提醒您吗？')
    assert.equal(host.askedFor('requestSubscribeMessage').length, 0, 'no sheet before the tap')
    page.tap({ selector: '.ui-button', text: '接收提醒' })
    const [sheet] = host.askedFor('requestSubscribeMessage')
    assert.ok(sheet, '接收提醒 opened WeChat’s subscribe sheet')
    assert.equal(sheet.insideTap, true, 'requestSubscribeMessage was called synchronously within the tap')
    await page.waitFor('已开启')
    const record2 = host.calls.find((c) => c.action === 'subscribe.record')
    assert.equal((record2?.envelope as { ok?: boolean } | undefined)?.ok, true)
    await host.idle()
    assert.deepEqual(problemsOf(host, page), [])
  } finally {
    host.close()
  }
})

/** The 小程序码 on the secretary's 活动现场 now, as a camera reads it: the path WeChat opens. */
async function wxacodePath(secretary: Person, activityId: string): Promise<string> {
  const res = await fetch(`${CLOUD_URL}/fn/secretary`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': secretary.openid },
    body: JSON.stringify({ action: 'activity.live', input: { activityId } }),
  })
  const body = (await res.json()) as { ok: boolean; data?: { code: { wxacodeUrl: string | null } | null } }
  const url = body.data?.code?.wxacodeUrl
  assert.ok(url, `no 小程序码 on the live screen: ${JSON.stringify(body)}`)
  const path = decodeQrPng(Buffer.from(await (await fetch(url)).arrayBuffer()))
  assert.ok(path, 'the 小程序码 image holds no code')
  return path
}

async function notYetSignedIn(count: number): Promise<{ secretary: Person; members: Person[] }> {
  const { secretary, members } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const store = await exportStore(CLOUD_URL)
  const signedIn = new Set(store.attendance.filter((a) => a.activityId === TODAY_ACTIVITY).map((a) => a.memberId))
  const free = members.filter((m) => !signedIn.has(m.memberId)).slice(-count)
  assert.equal(free.length, count, 'members of 机关第一党支部 not yet signed in')
  return { secretary, members: free }
}

async function recordOf(member: Person): Promise<Record<string, unknown> | undefined> {
  const store = await exportStore(CLOUD_URL)
  return store.attendance.find((a) => a._id === `${TODAY_ACTIVITY}_${member.memberId}`)
}

test('a member points WeChat’s own 扫一扫 at the 小程序码: the sign-in page opens with its scene and signs in', async () => {
  const {
    secretary,
    members: [member],
  } = await notYetSignedIn(1)
  const path = await wxacodePath(secretary, TODAY_ACTIVITY)
  assert.match(path, /^pages\/signin\/index\?scene=k%3D[0-9A-Za-z]{8}%26c%3D\d{6}$/)

  // WeChat opens the page named in the code, with the scene as its query (still encoded), from scene 1047.
  const { host, page } = await WeappHost.launch(path, { cloudUrl: CLOUD_URL, openid: member.openid, scene: 1047 })
  try {
    await page.waitFor('✓')
    assert.match(page.text(), /✓ 已签到 \d\d:\d\d/)
    const actions = host.calls.map((c) => c.action)
    assert.deepEqual(actions.slice(0, 2), ['activity.forSignIn', 'attendance.signIn'])
    const signIn = host.calls.find((c) => c.action === 'attendance.signIn')
    assert.equal((signIn?.input as { via?: string }).via, 'qr')
    assert.deepEqual(
      { status: (await recordOf(member))?.status, method: (await recordOf(member))?.method },
      { status: 'present', method: 'qr' },
    )
    await host.idle()
    assert.deepEqual(problemsOf(host, page), [])
  } finally {
    host.close()
  }
})

test('the in-app 扫码签到 reads the 小程序码 too (WeChat answers its path), and a stale one records nothing', async () => {
  const {
    secretary,
    members: [member, late],
  } = await notYetSignedIn(2)
  const path = await wxacodePath(secretary, TODAY_ACTIVITY)

  const { host, page } = await WeappHost.launch(`pages/signin/index?a=${encodeURIComponent(TODAY_ACTIVITY)}`, {
    cloudUrl: CLOUD_URL,
    openid: member.openid,
    scan: { result: '', path, scanType: 'WX_CODE' },
  })
  try {
    await page.waitFor('扫码签到')
    page.tap({ selector: '.ui-button', text: '扫码签到' })
    await page.waitFor('✓')
    const signIn = host.calls.find((c) => c.action === 'attendance.signIn')
    assert.equal((signIn?.input as { signInKey?: string }).signInKey?.length, 8)
    assert.equal((await recordOf(member))?.method, 'qr')
  } finally {
    host.close()
  }

  // A photo of the code taken long ago: the code in its scene has expired.
  const stale = path.replace(/c%3D\d{6}$/, 'c%3D000000')
  const second = await WeappHost.launch(stale, { cloudUrl: CLOUD_URL, openid: late.openid, scene: 1047 })
  try {
    await second.page.waitFor('没能签到')
    assert.match(second.page.text(), /签到码(不对|已过期)/)
    assert.equal(await recordOf(late), undefined)
  } finally {
    second.host.close()
  }
})
