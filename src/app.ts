import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { startPlatform } from './services/platform'
import { loadSession } from './services/session'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPlatform()
    // Ask who this is right away; 首页 shares this request and sends strangers to 绑定.
    loadSession().catch(() => {
      // The first screen shows the error with a 重试 button.
    })
  })
  return children
}

export default App
