// H5: a long panel scrolls inside itself, and Taro's H5 elements are not focusable, so a
// keyboard could not scroll it (axe: scrollable-region-focusable, WCAG 2.1.1). The panel takes
// focus when it opens — keys then scroll it and Tab moves on to its buttons. A layout effect: the
// panel is focusable before it is painted, so no check can find it without.
import { useLayoutEffect, useRef } from 'react'
import type { useKeyboardScroll as Hook } from './keyboard'

const WATCH_MS = 1500
const EVERY_MS = 50

export const useKeyboardScroll: typeof Hook = () => {
  const panel = useRef<HTMLElement>(null)
  useLayoutEffect(() => {
    const element = panel.current
    if (!element) return
    if (!element.hasAttribute('tabindex')) element.tabIndex = 0
    // Focus moves into the panel, as into any dialog. Taro shows a page after mounting it and may
    // drop focus while it does, so for a moment the panel takes it back whenever it is outside
    // (never from a field of the panel that the person reached).
    // eslint-disable-next-line no-restricted-syntax -- a stretch of the phone's time, not a day
    const until = Date.now() + WATCH_MS
    let timer: ReturnType<typeof setTimeout> | undefined
    const watch = () => {
      if (!element.contains(document.activeElement)) element.focus({ preventScroll: true })
      // eslint-disable-next-line no-restricted-syntax -- as above
      if (Date.now() < until) timer = setTimeout(watch, EVERY_MS)
    }
    watch()
    return () => clearTimeout(timer)
  }, [])
  return panel
}
