/**
 * `@tarojs/taro` for the app's jsdom tests: the real H5 API (@tarojs/taro-h5), the page
 * lifecycle hooks that Taro's React plugin supplies at build time, and navigation and toasts
 * recorded instead of driving @tarojs/router (which needs a mounted Taro app).
 */
import { useEffect, useRef } from 'react'
import * as h5 from '@tarojs/taro-h5'

export * from '@tarojs/taro-h5'

type Callback = () => void
const handlers = { show: new Set<Callback>(), hide: new Set<Callback>(), pullDownRefresh: new Set<Callback>() }

function usePageEvent(kind: keyof typeof handlers, callback: Callback): void {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    const handler = () => latest.current()
    handlers[kind].add(handler)
    return () => {
      handlers[kind].delete(handler)
    }
  }, [kind])
}

export const useDidShow = (callback: Callback) => usePageEvent('show', callback)
export const usePullDownRefresh = (callback: Callback) => usePageEvent('pullDownRefresh', callback)
export const useLaunch = (callback: Callback) => {
  const latest = useRef(callback)
  useEffect(() => latest.current(), [])
}
export const useDidHide = (callback: Callback) => usePageEvent('hide', callback)
export const useReady = (_callback: Callback) => {}

/** The query of the page being tested (`?branchId=…`), as Taro's router would parse it. */
let routerParams: Record<string, string> = {}
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params
}
export const useRouter = () => ({ params: routerParams, path: '' })

/** What the person did to the page, as Taro would report it. */
export const pageEvents = {
  show: () => handlers.show.forEach((handler) => handler()),
  hide: () => handlers.hide.forEach((handler) => handler()),
  /** Another page opened over this one, then closed: hidden, then shown again. */
  comeBack: () => {
    handlers.hide.forEach((handler) => handler())
    handlers.show.forEach((handler) => handler())
  },
  pullDownRefresh: () => handlers.pullDownRefresh.forEach((handler) => handler()),
}

export interface Recorded {
  navigations: { kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'; url: string }[]
  toasts: string[]
  /** Titles of the confirmation dialogs shown, in order. */
  modals: string[]
  pullDownStops: number
}
export const recorded: Recorded = { navigations: [], toasts: [], modals: [], pullDownStops: 0 }

/** How the person answers the next confirmation dialogs (default: 确定). */
const modalAnswers: boolean[] = []
export function answerModals(...answers: boolean[]): void {
  modalAnswers.push(...answers)
}

export function resetRecorded(): void {
  recorded.navigations.length = 0
  recorded.toasts.length = 0
  recorded.modals.length = 0
  recorded.pullDownStops = 0
  modalAnswers.length = 0
  routerParams = {}
}

const navigate = (kind: Recorded['navigations'][number]['kind']) => (option: { url: string }) => {
  recorded.navigations.push({ kind, url: option.url })
  return Promise.resolve({ errMsg: `${kind}:ok` })
}

// taro-h5's default export is the bare core object; its APIs are the named exports, which
// the H5 build merges into `Taro`. Do the same here.
const Taro = Object.assign({}, h5.default, h5, {
  navigateTo: navigate('navigateTo'),
  redirectTo: navigate('redirectTo'),
  reLaunch: navigate('reLaunch'),
  switchTab: navigate('switchTab'),
  navigateBack: () => navigate('navigateBack')({ url: '' }),
  showModal: (option: { title?: string }) => {
    recorded.modals.push(option.title ?? '')
    const confirm = modalAnswers.shift() ?? true
    return Promise.resolve({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })
  },
  showToast: (option: { title: string }) => {
    recorded.toasts.push(option.title)
    return Promise.resolve({ errMsg: 'showToast:ok' })
  },
  stopPullDownRefresh: () => {
    recorded.pullDownStops += 1
  },
  useDidShow,
  usePullDownRefresh,
  useLaunch,
  useDidHide,
  useReady,
  useRouter,
})

export default Taro
