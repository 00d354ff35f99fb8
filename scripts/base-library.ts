/**
 * The oldest WeChat base library (基础库) the mini-program works on, and why: each WeChat API the
 * app calls, with the base library that brought it (WeChat's API reference, 基础库 x 开始支持).
 * An API newer than the minimum is called only behind a guard (canIUse, a typeof check or a
 * try), named here. tests/app/base-library.test.ts keeps this table and src/ in step; the deploy
 * checklist tells the person deploying to set the minimum in the admin console.
 */

/** 设置 → 基本设置 → 基础库最低版本设置. getWindowInfo and getAppBaseInfo set it. */
export const MIN_BASE_LIBRARY = '2.20.1'

export interface ApiSupport {
  /** The base library that brought it. */
  since: string
  /** Where it is newer than the minimum: how the call is guarded. */
  guard?: string
}

export const API_SUPPORT: Record<string, ApiSupport> = {
  canIUse: { since: '1.1.1' },
  chooseLocation: { since: '1.0.0' },
  chooseMedia: { since: '2.10.0' },
  chooseMessageFile: { since: '2.5.0' },
  cloud: { since: '2.2.3' },
  createOffscreenCanvas: { since: '2.16.1' },
  createSelectorQuery: { since: '1.4.0' },
  getAppBaseInfo: { since: '2.20.1' },
  getLocation: { since: '1.0.0' },
  getSetting: { since: '2.10.1' },
  getStorageSync: { since: '1.0.0' },
  getSystemInfoSync: { since: '1.0.0' },
  getWindowInfo: { since: '2.20.1' },
  navigateBack: { since: '1.0.0' },
  navigateTo: { since: '1.0.0' },
  nextTick: { since: '2.2.3' },
  onNeedPrivacyAuthorization: {
    since: '2.32.3',
    guard: 'src/privacy/consent.ts: typeof and canIUse; an older library asks no consent',
  },
  openDocument: { since: '1.0.0' },
  openLocation: { since: '1.0.0' },
  openPrivacyContract: {
    since: '2.32.3',
    guard: 'src/components/PlatformLayer: only on the consent popup, which only 2.32.3 and later open',
  },
  previewImage: { since: '1.0.0' },
  previewMedia: { since: '2.12.0' },
  reLaunch: { since: '1.1.0' },
  redirectTo: { since: '1.0.0' },
  removeStorageSync: { since: '1.0.0' },
  requestSubscribeMessage: { since: '2.4.4' },
  scanCode: { since: '1.0.0' },
  setClipboardData: { since: '1.1.0' },
  setKeepScreenOn: { since: '1.4.0' },
  setStorageSync: { since: '1.0.0' },
  showModal: { since: '1.0.0' },
  showToast: { since: '1.0.0' },
  stopPullDownRefresh: { since: '1.5.0' },
  switchTab: { since: '1.0.0' },
}

/** -1, 0 or 1 as `a` is older than, the same as or newer than `b` (dotted versions). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}
