// H5: Taro's PageMeta does nothing in the browser, so the <html> font size is set directly.
import { useEffect } from 'react'
import type { RootFontSizeProps } from './index'

export function RootFontSize({ px }: RootFontSizeProps) {
  useEffect(() => {
    document.documentElement.style.fontSize = `${px}px`
  }, [px])
  return null
}
