import { resetRecorded } from '../setup/taro'
import { resetDisplayForTests } from '@/display/prefs'

/** A first launch: empty storage, default text size, nothing recorded. */
export function freshLaunch(): void {
  window.localStorage.clear()
  document.documentElement.style.fontSize = ''
  resetDisplayForTests()
  resetRecorded()
}

export const rootFontSize = (): string => document.documentElement.style.fontSize
