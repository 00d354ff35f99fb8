// Fields WeChat has and Taro 4.2.1's types lack. Widened here instead of casting to any.
import '@tarojs/taro'

declare module '@tarojs/taro' {
  interface AppConfig {
    /** Enables WeChat cloud development (app.json `cloud`). */
    cloud?: boolean
  }

  namespace getAppBaseInfo {
    interface Result {
      /** The user's WeChat font size in px (关怀模式 on iOS: 23.8). */
      fontSizeSetting?: number
    }
  }
}
