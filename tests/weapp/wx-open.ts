/** `wx`'s open capabilities and privacy on the weapp host's phone (wx.ts): scan, settings, subscribe messages, login, consent. */
import { fail, type Callbacks, type Fn, type WxHost } from './host-kit'

/** `wx.<api>` answering `<api>:ok` with `result`, after the current tick. */
export type Ok = (api: string, options?: Callbacks, result?: object) => void

export function openApis(
  host: WxHost,
  ok: Ok,
  recordedOk: (api: string, result?: object) => (options?: Callbacks) => void,
  cancelledPrivacy: (api: string) => (options?: Callbacks) => void,
): Record<string, unknown> {
  const o = host.options
  return {
    // —— open capabilities
    scanCode: (options: Callbacks = {}) => {
      host.record('scanCode', options)
      const answer = typeof o.scan === 'function' ? o.scan() : o.scan
      if (!answer) return host.later(() => fail(options, 'scanCode', 'cancel', host))
      ok('scanCode', options, { scanType: 'QR_CODE', charSet: 'utf-8', rawData: '', ...answer })
    },
    getSetting: (options: Callbacks = {}) =>
      ok('getSetting', options, {
        authSetting: { 'scope.userLocation': true },
        ...(options.withSubscriptions ? { subscriptionsSetting: { mainSwitch: true, itemSettings: {} } } : {}),
      }),
    openSetting: recordedOk('openSetting', { authSetting: {} }),
    authorize: recordedOk('authorize'),
    requestSubscribeMessage: (options: Callbacks = {}) => {
      const entry = host.record('requestSubscribeMessage', options)
      const ids = (Array.isArray(options.tmplIds) ? options.tmplIds : []).map(String)
      if (!entry.insideTap) {
        return host.later(() =>
          fail(options, 'requestSubscribeMessage', 'can only be invoked by user TAP gesture.', host, {
            errCode: 20004,
          }),
        )
      }
      if (ids.length === 0 || ids.length > 3)
        return host.later(() => fail(options, 'requestSubscribeMessage', 'Templates count out of max bounds', host))
      const answer = o.subscribeAnswer ?? 'accept'
      const accepted = answer === 'accept' ? ids : []
      // WeChat keeps the grant: the local cloud counts one message per accepted template.
      const grant =
        accepted.length > 0
          ? fetch(`${o.cloudUrl}/_admin/subscriptions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ openid: o.openid, templateIds: accepted }),
            }).then((r) => r.text())
          : Promise.resolve()
      host.background.push(grant)
      void grant.then(() => ok('requestSubscribeMessage', options, Object.fromEntries(ids.map((id) => [id, answer]))))
    },
    login: (options: Callbacks = {}) => ok('login', options, { code: `code-${o.openid}` }),
    checkSession: (options: Callbacks = {}) => ok('checkSession', options),
    // —— privacy (base library 2.32.3)
    onNeedPrivacyAuthorization: (listener: Fn) => {
      host.privacyListener = listener
      host.privacy.push({ kind: 'listener', seq: host.seq() })
    },
    requirePrivacyAuthorize: (options: Callbacks = {}) =>
      host.privacyScoped('requirePrivacyAuthorize', options, () => ok('requirePrivacyAuthorize', options)),
    getPrivacySetting: (options: Callbacks = {}) =>
      ok('getPrivacySetting', options, {
        needAuthorization: !host.privacyAgreed,
        privacyContractName: '《党建助手用户隐私保护指引》',
      }),
    openPrivacyContract: recordedOk('openPrivacyContract'),
    // —— privacy-scoped APIs: consent first
    getLocation: (options: Callbacks = {}) => {
      host.record('getLocation', options)
      host.privacyScoped('getLocation', options, () =>
        ok('getLocation', options, {
          ...(o.location ?? { latitude: 30.2741, longitude: 120.1551, accuracy: 15 }),
          speed: 0,
          altitude: 0,
        }),
      )
    },
    chooseLocation: cancelledPrivacy('chooseLocation'),
    chooseMedia: cancelledPrivacy('chooseMedia'),
    chooseImage: cancelledPrivacy('chooseImage'),
    chooseMessageFile: cancelledPrivacy('chooseMessageFile'),
    setClipboardData: (options: Callbacks = {}) => {
      host.record('setClipboardData', options)
      host.privacyScoped('setClipboardData', options, () => ok('setClipboardData', options))
    },
  }
}
