// H5: a long panel scrolls inside itself, and Taro's H5 elements are not focusable, so a
// keyboard could not scroll it (axe: scrollable-region-focusable, WCAG 2.1.1). The panel takes
// focus when it opens — keys then scroll it and Tab moves on to its buttons.
import { useEffect, useRef } from 'react'
import type { useKeyboardScroll as Hook } from './keyboard'

export const useKeyboardScroll: typeof Hook = () => {
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    const element = panel.current
    if (!element) return
    if (!element.hasAttribute('tabindex')) element.tabIndex = 0
    element.focus({ preventScroll: true })
  }, [])
  return panel
}
