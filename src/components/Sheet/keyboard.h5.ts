// H5: a long panel scrolls inside itself, and Taro's H5 elements are not focusable, so a
// keyboard could not scroll it (axe: scrollable-region-focusable, WCAG 2.1.1). The panel takes
// focus when it opens — keys then scroll it and Tab moves on to its buttons.
import { useEffect, useRef } from 'react'
import type { useKeyboardScroll as Hook } from './keyboard'

const TRIES = 20
const EVERY_MS = 50

export const useKeyboardScroll: typeof Hook = () => {
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    const element = panel.current
    if (!element) return
    if (!element.hasAttribute('tabindex')) element.tabIndex = 0
    // Taro shows a page only after it has mounted: focus waits until the panel can take it.
    let tries = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const focus = () => {
      // Never take focus back from a field of the panel that the person has already reached.
      if (element.contains(document.activeElement)) return
      element.focus({ preventScroll: true })
      if (document.activeElement !== element && ++tries < TRIES) timer = setTimeout(focus, EVERY_MS)
    }
    focus()
    return () => clearTimeout(timer)
  }, [])
  return panel
}
