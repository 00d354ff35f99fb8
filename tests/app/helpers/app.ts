import { fireEvent, screen, waitFor } from '@testing-library/react'
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

/**
 * Types into a Taro Input or Textarea found by its placeholder. Taro's H5 components draw
 * their inner <input> a moment after mounting; this waits for it, as a person would.
 */
export async function typeInto(placeholder: string, value: string): Promise<void> {
  fireEvent.input(await nativeField(placeholder), { target: { value } })
}

/** The inner <input>/<textarea> (the Taro element around it carries the placeholder too). */
export async function nativeField(placeholder: string): Promise<HTMLElement> {
  return waitFor(() => {
    const inner = screen
      .getAllByPlaceholderText(placeholder)
      .find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')
    if (!inner) throw new Error(`no field with the placeholder ${placeholder} yet`)
    return inner
  })
}
