// weapp only: WeChat asks the app to obtain consent before the first privacy-scoped API call
// (PRODUCT.md §9). The request waits here until the popup on the current page answers it.
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

export const AGREE_BUTTON_ID = 'agree-privacy'

type Resolve = Parameters<Taro.onNeedPrivacyAuthorization.Listener>[0]

let pending: Resolve | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

/**
 * Base library 2.32.3 brought the privacy API; an older one asks no consent, and calling the
 * missing API would throw at launch and skip the rest of start-up (the font-size step).
 */
export function listenForPrivacyRequests(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function' || !Taro.canIUse('onNeedPrivacyAuthorization')) return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve
    notify()
  })
}

/** Tells WeChat that the popup is on screen. */
export function reportPopupShown(): void {
  pending?.({ event: 'exposureAuthorization' })
}

export function answerPrivacyRequest(agreed: boolean): void {
  pending?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
  pending = null
  notify()
}

export function usePrivacyRequest(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => pending !== null,
  )
}
