// H5 only: the demo identity switcher for the local cloud. Never part of the weapp build.
import { useDidHide, useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { useDemoIdentities } from '@/hooks/useDemoIdentities'
import { IdentitySwitcher, useFocusableScrollRegion } from '../IdentitySwitcher'

/**
 * The switcher sits in the navigation bar's right end, above the bar: drawn into the document's
 * body (a page is a layer below the bar), and only while its page is the one shown.
 */
export function PlatformLayer() {
  const marker = useFocusableScrollRegion()
  const [shown, setShown] = useState(true)
  useDidShow(() => setShown(true))
  useDidHide(() => setShown(false))
  const identities = useDemoIdentities()
  return (
    <>
      <View ref={marker} className="identity-marker" />
      {shown ? createPortal(<IdentitySwitcher {...identities} />, document.body) : null}
    </>
  )
}
