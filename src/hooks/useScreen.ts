import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { asCloudError, type CloudError } from '@/errors/cloud-error'

export type ScreenState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  | { status: 'empty'; data: T }
  | { status: 'ready'; data: T }

export interface ScreenOptions<T> {
  /** When true, the screen shows its empty state instead of the data. */
  isEmpty?: (data: T) => boolean
}

/** What ScreenView needs of a screen: its state and a way to load it again. */
export type Reloadable<T> = ScreenState<T> & { reload: () => Promise<void> }

export type Screen<T> = Reloadable<T> & {
  /** Shows data a tap's answer already carries (a mutating action returns its screen): no second call. */
  replace: (data: T) => void
}

/**
 * Loads one screen's data in one call: on first show, again each time the page is shown
 * (coming back from another page) and on pull-down refresh. A later reload keeps showing the
 * data it has and reports a failure in a toast; without data, the error is the screen.
 */
export function useScreen<T>(loader: () => Promise<T>, options: ScreenOptions<T> = {}): Screen<T> {
  const [state, setState] = useState<ScreenState<T>>({ status: 'loading' })
  const loaderRef = useRef(loader)
  loaderRef.current = loader
  const isEmptyRef = useRef(options.isEmpty)
  isEmptyRef.current = options.isEmpty
  const hasData = useRef(false)
  const inflight = useRef<Promise<void> | null>(null)
  const mounted = useRef(true)

  const reload = useCallback((): Promise<void> => {
    if (inflight.current) return inflight.current
    if (!hasData.current) setState({ status: 'loading' })
    const run = loaderRef
      .current()
      .then((data) => {
        if (!mounted.current) return
        hasData.current = true
        const empty = isEmptyRef.current?.(data) ?? false
        setState(empty ? { status: 'empty', data } : { status: 'ready', data })
      })
      .catch((thrown: unknown) => {
        if (!mounted.current) return
        const error = asCloudError(thrown)
        // A stranger stays where they are (the tab bar too): ScreenView offers 去绑定.
        if (hasData.current) {
          void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 })
          return
        }
        setState({ status: 'error', error })
      })
      .finally(() => {
        inflight.current = null
      })
    inflight.current = run
    return run
  }, [])

  const replace = useCallback((data: T): void => {
    if (!mounted.current) return
    hasData.current = true
    const empty = isEmptyRef.current?.(data) ?? false
    setState(empty ? { status: 'empty', data } : { status: 'ready', data })
  }, [])

  useEffect(() => {
    mounted.current = true
    void reload()
    return () => {
      mounted.current = false
    }
  }, [reload])

  // Coming back to the page (from another page or the background) loads it again; the shows
  // that come with opening it do not — mounting loads it once.
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    void reload()
  })

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { ...state, reload, replace }
}
