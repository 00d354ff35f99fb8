// weapp start-up. The H5 build uses platform.h5.ts.
import Taro from '@tarojs/taro'
import { setSystemFontPx } from '@/display/prefs'
import { listenForPrivacyRequests } from '@/privacy/consent'

export function startPlatform(): void {
  Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV } : {})
  listenForPrivacyRequests()
  try {
    // WeChat does not enlarge a mini-program's text itself: honour the user's setting.
    setSystemFontPx(Taro.getAppBaseInfo().fontSizeSetting ?? 0)
  } catch {
    // Older base libraries: standard sizes.
  }
}
