import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useDisplay } from '@/display/prefs'
import { PlatformLayer } from '../PlatformLayer'
import { RootFontSize } from '../RootFontSize'

export interface PageShellProps {
  children: ReactNode
}

/**
 * Every page's outermost element: applies the text size (长辈版) and hosts what floats above
 * all pages (the privacy consent on weapp, the identity switcher on H5).
 */
export function PageShell({ children }: PageShellProps) {
  const { prefs, rootPx } = useDisplay()
  return (
    <>
      <RootFontSize px={rootPx} />
      <View className={prefs.elder ? 'app-page app-page--elder' : 'app-page'}>
        {children}
        <PlatformLayer />
      </View>
    </>
  )
}
