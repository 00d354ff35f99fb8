/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg' {
  const url: string
  export default url
}
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: 'development' | 'production' | 'test'
    /** The platform Taro builds for; webpack replaces it, so untaken branches are dropped. */
    TARO_ENV?: 'weapp' | 'h5'
  }
}

/** Base URL of the local cloud for the H5 build; '' means the page's own origin. */
declare const LOCAL_CLOUD_URL: string
/** WeChat cloud environment id for the weapp build; '' means the default environment. */
declare const CLOUD_ENV: string
