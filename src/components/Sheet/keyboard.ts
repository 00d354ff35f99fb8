// weapp: phones scroll the panel by touch; there is no keyboard focus to give it.
import { useRef, type RefObject } from 'react'

/** A ref for the sheet's scrolling panel; on H5 it makes the panel reachable by keyboard. */
export function useKeyboardScroll(): RefObject<HTMLElement> {
  return useRef<HTMLElement>(null)
}
