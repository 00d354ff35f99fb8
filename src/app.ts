import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { startPlatform } from './services/platform'
import './app.css'

// Who this is comes with the first screen's own call (首页's home.get sends strangers to 绑定);
// a separate call at launch would only start a second function instance beside it.
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPlatform()
  })
  return children
}

export default App
