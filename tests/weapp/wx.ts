/**
 * `wx` on the weapp host's phone (host.ts): the system, storage, the interface, navigation, files
 * and the cloud as WeChat answers them (the open capabilities and privacy in wx-open.ts), each
 * call the app makes recorded. Every other API WeChat has fails loudly, naming itself, so a gap
 * shows rather than passing silently.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PRIVACY_CATEGORIES } from '../../scripts/privacy/apis'
import { RecordingCanvas } from './canvas'
import { fail, WINDOW_WIDTH, type Callbacks, type Fn, type WxHost } from './host-kit'
import { selectorQuery } from './selector-query'
import { openApis } from './wx-open'

const PRIVACY_APIS = new Set(PRIVACY_CATEGORIES.flatMap((c) => c.apis))

/** The wx APIs Taro wraps as promises (its lists for every platform and for weapp). */
function taroPromiseApis(): string[] {
  const files = ['@tarojs/shared/dist/native-apis.js', '@tarojs/plugin-platform-weapp/dist/runtime-utils.js']
  const names = new Set<string>()
  for (const file of files) {
    const text = readFileSync(require.resolve(file), 'utf8')
    const set = /const needPromiseApis = new Set\(\[([\s\S]*?)\]\)/.exec(text)
    for (const m of set?.[1].matchAll(/'(\w+)'/g) ?? []) names.add(m[1])
  }
  return [...names]
}

let apiNames: Set<string> | null = null
/** Every API name Taro declares (its `TaroStatic` typings): what a direct `wx.<name>` read may mean. */
function wechatApiNames(): Set<string> {
  if (apiNames) return apiNames
  apiNames = new Set(taroPromiseApis())
  const dir = join(dirname(require.resolve('@tarojs/taro/package.json')), 'types', 'api')
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (!file.endsWith('.d.ts')) continue
    const text = readFileSync(join(dir, file), 'utf8')
    for (const block of text.matchAll(/interface TaroStatic \{([\s\S]*?)\n {2}\}/g))
      for (const m of block[1].matchAll(/^ {4}([a-z]\w*)\s*(?:<[^>]*>)?\(/gm)) apiNames.add(m[1])
  }
  return apiNames
}

export function makeWx(host: WxHost): Record<string, unknown> {
  const o = host.options
  const ok = (api: string, options: Callbacks = {}, result: object = {}) =>
    host.later(() => {
      const res = host.toSandbox({ ...result, errMsg: `${api}:ok` })
      options.success?.(res)
      options.complete?.(res)
    })
  const recordedOk =
    (api: string, result: object = {}) =>
    (options: Callbacks = {}) => {
      host.record(api, options)
      ok(api, options, result)
    }
  const windowInfo = {
    pixelRatio: 3,
    screenWidth: WINDOW_WIDTH,
    screenHeight: 844,
    windowWidth: WINDOW_WIDTH,
    windowHeight: 753,
    statusBarHeight: 47,
    safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
    screenTop: 91,
  }
  const baseInfo = {
    SDKVersion: (o.without ?? []).includes('onNeedPrivacyAuthorization') ? '2.30.0' : '3.8.0',
    enableDebug: false,
    this: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting: o.fontSizeSetting ?? 17,
  }
  const deviceInfo = { brand: 'devtools', model: 'iPhone 14', system: 'iOS 17.0', platform: 'ios', benchmarkLevel: 1 }

  const cancelledPrivacy = (api: string) => {
    return (options: Callbacks = {}) => {
      host.record(api, options)
      host.privacyScoped(api, options, () => fail(options, api, 'cancel', host))
    }
  }

  const wx: Record<string, unknown> = {
    // —— the system
    getSystemInfoSync: () => host.toSandbox({ ...windowInfo, ...baseInfo, ...deviceInfo }),
    getSystemInfo: (options: Callbacks) => ok('getSystemInfo', options, { ...windowInfo, ...baseInfo, ...deviceInfo }),
    getWindowInfo: () => host.toSandbox(windowInfo),
    getAppBaseInfo: () => host.toSandbox(baseInfo),
    getDeviceInfo: () => host.toSandbox(deviceInfo),
    getSystemSetting: () => host.toSandbox({ bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true }),
    getAppAuthorizeSetting: () =>
      host.toSandbox({ locationAuthorized: 'authorized', notificationAuthorized: 'authorized' }),
    getMenuButtonBoundingClientRect: () =>
      host.toSandbox({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 }),
    getLaunchOptionsSync: () => host.toSandbox(host.launchOptions),
    getEnterOptionsSync: () => host.toSandbox(host.launchOptions),
    getAccountInfoSync: () => host.toSandbox({ miniProgram: { appId: 'wx-this', envVersion: 'develop', version: '' } }),
    canIUse: (schema: string) => !host.lacks(String(schema).split('.')[0]),
    nextTick: (fn: Fn) => host.later(() => fn()),
    getUpdateManager: () => ({
      onCheckForUpdate: () => {},
      onUpdateReady: () => {},
      onUpdateFailed: () => {},
      applyUpdate: () => {},
    }),
    onAppShow: () => {},
    offAppShow: () => {},
    onAppHide: () => {},
    offAppHide: () => {},
    onError: () => {},
    offError: () => {},
    onUnhandledRejection: () => {},
    offUnhandledRejection: () => {},
    onPageNotFound: () => {},
    onMemoryWarning: () => {},
    onThemeChange: () => {},
    onWindowResize: () => {},
    offWindowResize: () => {},
    onNetworkStatusChange: () => {},
    getNetworkType: (options: Callbacks) => ok('getNetworkType', options, { networkType: 'wifi' }),
    reportAnalytics: () => {},
    reportEvent: () => {},
    // —— storage (this phone's, in memory)
    getStorageSync: (key: string) => (host.storage.has(key) ? host.toSandbox(host.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => {
      host.storage.set(key, JSON.parse(JSON.stringify(value ?? null)))
    },
    removeStorageSync: (key: string) => {
      host.storage.delete(key)
    },
    clearStorageSync: () => host.storage.clear(),
    getStorageInfoSync: () => host.toSandbox({ keys: [...host.storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (options: Callbacks) =>
      host.storage.has(String(options.key))
        ? ok('getStorage', options, { data: host.storage.get(String(options.key)) })
        : fail(options, 'getStorage', 'data not found', host),
    setStorage: (options: Callbacks) => {
      host.storage.set(String(options.key), JSON.parse(JSON.stringify(options.data ?? null)))
      ok('setStorage', options)
    },
    removeStorage: (options: Callbacks) => {
      host.storage.delete(String(options.key))
      ok('removeStorage', options)
    },
    // —— interface
    showToast: recordedOk('showToast'),
    hideToast: recordedOk('hideToast'),
    showLoading: recordedOk('showLoading'),
    hideLoading: recordedOk('hideLoading'),
    showModal: (options: Callbacks = {}) => {
      host.record('showModal', options)
      const confirm = o.modalConfirm ?? true
      ok('showModal', options, { confirm, cancel: !confirm, content: options.editable ? '' : undefined })
    },
    showActionSheet: (options: Callbacks = {}) => {
      host.record('showActionSheet', options)
      host.later(() => fail(options, 'showActionSheet', 'cancel', host))
    },
    setNavigationBarTitle: recordedOk('setNavigationBarTitle'),
    setNavigationBarColor: recordedOk('setNavigationBarColor'),
    showNavigationBarLoading: recordedOk('showNavigationBarLoading'),
    hideNavigationBarLoading: recordedOk('hideNavigationBarLoading'),
    setBackgroundColor: recordedOk('setBackgroundColor'),
    setBackgroundTextStyle: recordedOk('setBackgroundTextStyle'),
    startPullDownRefresh: recordedOk('startPullDownRefresh'),
    stopPullDownRefresh: recordedOk('stopPullDownRefresh'),
    pageScrollTo: recordedOk('pageScrollTo'),
    setKeepScreenOn: recordedOk('setKeepScreenOn'),
    setScreenBrightness: recordedOk('setScreenBrightness'),
    vibrateShort: recordedOk('vibrateShort'),
    hideKeyboard: recordedOk('hideKeyboard'),
    hideHomeButton: recordedOk('hideHomeButton'),
    createSelectorQuery: () => selectorQuery(host),
    createIntersectionObserver: () => ({
      relativeToViewport: () => ({ observe: () => {} }),
      observe: () => {},
      disconnect: () => {},
    }),
    createOffscreenCanvas: (options: { type?: string; width?: number; height?: number } = {}) => {
      host.record('createOffscreenCanvas', options)
      if (options.type !== '2d') throw new Error(`weapp host: createOffscreenCanvas type ${options.type} — only '2d'`)
      const canvas = new RecordingCanvas({
        kind: 'offscreen',
        width: options.width,
        height: options.height,
        schedule: (fn, ms) => host.schedule(fn, ms),
        unschedule: (id) => host.unschedule(id),
      })
      host.offscreenCanvases.push(canvas)
      return canvas.node()
    },
    // —— navigation (recorded; followed by opening pages unless followNavigation is false)
    navigateTo: (options: Callbacks) => (host.record('navigateTo', options), host.navigate('navigateTo', options)),
    redirectTo: (options: Callbacks) => (host.record('redirectTo', options), host.navigate('redirectTo', options)),
    switchTab: (options: Callbacks) => (host.record('switchTab', options), host.navigate('switchTab', options)),
    reLaunch: (options: Callbacks) => (host.record('reLaunch', options), host.navigate('reLaunch', options)),
    navigateBack: (options: Callbacks = {}) => (
      host.record('navigateBack', options),
      host.navigate('navigateBack', options)
    ),
    ...openApis(host, ok, recordedOk, cancelledPrivacy),
    // —— files and previews
    openDocument: recordedOk('openDocument'),
    previewImage: recordedOk('previewImage'),
    previewMedia: recordedOk('previewMedia'),
    openLocation: recordedOk('openLocation'),
    makePhoneCall: recordedOk('makePhoneCall'),
    // —— cloud
    cloud: {
      init: (options: unknown) => {
        host.record('cloud.init', options)
      },
      callFunction: (options: Callbacks) => host.callFunction(options),
      downloadFile: (options: Callbacks) => {
        host.record('cloud.downloadFile', options)
        return host.promiseOrCallbacks('cloud.downloadFile', options, async () => ({
          tempFilePath: `wxfile://tmp/${String(options.fileID ?? '')
            .split('/')
            .pop()}`,
          statusCode: 200,
        }))
      },
      getTempFileURL: (options: Callbacks) =>
        host.promiseOrCallbacks('cloud.getTempFileURL', options, async () => ({
          fileList: (Array.isArray(options.fileList) ? options.fileList : []).map((fileID: unknown) => ({
            fileID,
            tempFileURL: `${o.cloudUrl}/_files/${String(fileID)}`,
            status: 0,
          })),
        })),
      uploadFile: (options: Callbacks) => {
        host.record('cloud.uploadFile', options)
        return host.promiseOrCallbacks('cloud.uploadFile', options, async () => {
          throw new Error('weapp host: wx.cloud.uploadFile is not implemented (no file to read on this phone)')
        })
      },
    },
  }

  // Every other API WeChat has fails loudly, naming itself: the asynchronous ones are on `wx`
  // (so that Taro wraps them), the rest answer any direct read (`wx.startRecord`).
  const missing = (api: string) => () => {
    const scoped = PRIVACY_APIS.has(api) ? ' (privacy-scoped: route it through privacyScoped)' : ''
    const error = new Error(`weapp host: wx.${api} is not implemented — add it to tests/weapp/wx.ts${scoped}`)
    host.recordError('thrown', `wx.${api}`, error)
    throw error
  }
  const lacking = new Set(o.without ?? [])
  for (const api of taroPromiseApis()) if (!(api in wx)) wx[api] = missing(api)
  for (const api of lacking) delete wx[api]
  const known = wechatApiNames()
  return new Proxy(wx, {
    get: (target, key) =>
      key in target || typeof key !== 'string' || !known.has(key) || lacking.has(key)
        ? target[key as string]
        : missing(key),
  })
}
