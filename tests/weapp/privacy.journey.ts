/**
 * Privacy on the weapp build (src/privacy/consent.ts, the popup in PlatformLayer):
 * - the first privacy-scoped API (复制链接 on 学习 writes the clipboard) waits for consent: the
 *   app's listener is in place from launch, WeChat asks it, the popup shows, and only after 同意
 *   (an agreePrivacyAuthorization button) does the API run;
 * - on a base library older than 2.32.3 (no wx.onNeedPrivacyAuthorization, canIUse false) the
 *   app still starts and still takes WeChat's font size.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { problemsOf } from './checks'
import { CLOUD_URL } from './env'
import { WeappHost, type PrivacyEvent } from './host'
import { FIRST_BRANCH, peopleOf } from './people'

const seqOf = (events: PrivacyEvent[], kind: PrivacyEvent['kind']) => events.find((e) => e.kind === kind)?.seq ?? -1

test('consent comes before the first privacy-scoped API', async () => {
  const { members } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const { host, page } = await WeappHost.launch('pages/study/index', { cloudUrl: CLOUD_URL, openid: members[0].openid })
  try {
    await page.waitFor('复制链接')
    assert.deepEqual(
      host.privacy.map((e) => e.kind),
      ['listener'],
      'the listener is in place at launch, and nothing was asked',
    )
    page.tap({ selector: '.ui-button', text: '复制链接' })
    await page.waitFor('隐私保护提示')
    await host.idle()
    assert.equal(
      host.privacy.some((e) => e.kind === 'api'),
      false,
      'the clipboard is not written while the popup waits',
    )
    assert.equal(host.askedFor('showModal').length, 0)

    page.tap({ selector: '.ui-button', text: '同意' })
    await host.idle()
    const events = host.privacy
    const ran = events.find((e): e is Extract<PrivacyEvent, { kind: 'api' }> => e.kind === 'api')
    assert.equal(ran?.api, 'setClipboardData')
    assert.equal(ran?.consented, true)
    assert.ok(seqOf(events, 'listener') < seqOf(events, 'asked'))
    assert.ok(seqOf(events, 'asked') < seqOf(events, 'popupShown'), 'the popup reported itself shown')
    assert.ok(seqOf(events, 'popupShown') < seqOf(events, 'agreed'))
    assert.ok(seqOf(events, 'agreed') < ran!.seq)
    assert.match(JSON.stringify(host.askedFor('showModal')[0]?.args), /链接已复制/)
    assert.equal(page.text().includes('隐私保护提示'), false, 'the popup is gone')
    // Privacy words aside, the page is clean (problemsOf counts any privacy API as a fault on opening).
    assert.deepEqual(
      problemsOf(host, page).filter((p) => !p.startsWith('privacy-scoped')),
      [],
    )
  } finally {
    host.close()
  }
})

test('an older base library (no onNeedPrivacyAuthorization) still starts and takes the font size', async () => {
  const { members } = await peopleOf(CLOUD_URL, FIRST_BRANCH)
  const open = async (without: string[]) => {
    const { host, page } = await WeappHost.launch('pages/home/index', {
      cloudUrl: CLOUD_URL,
      openid: members[0].openid,
      without,
      fontSizeSetting: 24,
    })
    await host.idle()
    return { host, page }
  }
  const old = await open([
    'onNeedPrivacyAuthorization',
    'requirePrivacyAuthorize',
    'getPrivacySetting',
    'openPrivacyContract',
  ])
  try {
    assert.deepEqual(problemsOf(old.host, old.page), [])
    assert.deepEqual(old.host.privacy, [], 'no privacy listener on a base library without one')
    assert.equal(old.page.rootFontSize(), '24px', 'WeChat’s font size reached the page')
    assert.match(old.page.text(), /您好/)
  } finally {
    old.host.close()
  }
  const current = await open([])
  try {
    assert.equal(current.page.rootFontSize(), '24px')
    assert.deepEqual(
      current.host.privacy.map((e) => e.kind),
      ['listener'],
    )
  } finally {
    current.host.close()
  }
})
