import { useDidHide, useDidShow } from '@tarojs/taro'
import type { LiveView } from '@core/contract/activity-officer-views'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Screen, ScreenState } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { appNow } from '@/services/clock'

/** How often to ask while sign-in is open (the roster moves), and before it opens. */
const OPEN_POLL_MS = 3000
const WAITING_POLL_MS = 10_000

/** The screen, and the server's clock now (from the last answer and the time since) for the countdown. */
export type Live = Screen<LiveView> & { serverNow: () => number }

function nextDelay(view: LiveView): number | null {
  if (view.window.state === 'open' && view.code) {
    // Ask right after the code changes, or sooner for the roster.
    return Math.max(300, Math.min(OPEN_POLL_MS, view.code.changesAt - view.serverNow + 300))
  }
  if (view.window.state === 'notYet')
    return Math.min(WAITING_POLL_MS, Math.max(300, view.window.opensAt - view.serverNow + 300))
  return null
}

/**
 * 活动现场's data: `activity.live` now, then again every few seconds while sign-in is open
 * and the page is shown. A failed poll keeps the last view and tries again; a failed first
 * load is the screen's error with 重试.
 */
export function useLive(activityId: string): Live {
  const [state, setState] = useState<ScreenState<LiveView>>({ status: 'loading' })
  // The cloud's clock from the last view, and when (the phone's clock, for the time since).
  // eslint-disable-next-line no-restricted-syntax -- the phone's time since, not a day
  const received = useRef<{ serverNow: number; at: number }>({ serverNow: appNow(), at: Date.now() })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const shown = useRef(true)
  const mounted = useRef(true)
  const inflight = useRef<Promise<void> | null>(null)

  const reload = useCallback((): Promise<void> => {
    if (inflight.current) return inflight.current
    if (timer.current) clearTimeout(timer.current)
    const run = callCloud('secretary', 'activity.live', { activityId })
      .then((view) => {
        if (!mounted.current) return
        // eslint-disable-next-line no-restricted-syntax -- the phone's time since, not a day
        received.current = { serverNow: view.serverNow, at: Date.now() }
        setState({ status: 'ready', data: view })
        const delay = nextDelay(view)
        if (delay !== null && shown.current) timer.current = setTimeout(() => void reload(), delay)
      })
      .catch((thrown: unknown) => {
        if (!mounted.current) return
        setState((was) => (was.status === 'ready' ? was : { status: 'error', error: asCloudError(thrown) }))
        if (shown.current) timer.current = setTimeout(() => void reload(), OPEN_POLL_MS)
      })
      .finally(() => {
        inflight.current = null
      })
    inflight.current = run
    return run
  }, [activityId])

  useEffect(() => {
    mounted.current = true
    void reload()
    return () => {
      mounted.current = false
      if (timer.current) clearTimeout(timer.current)
    }
  }, [reload])

  // Back on the page: ask again at once (the polls stopped while it was hidden). The shows that
  // come with opening it do not: mounting asked already.
  useDidShow(() => {
    if (shown.current) return
    shown.current = true
    void reload()
  })
  useDidHide(() => {
    shown.current = false
    if (timer.current) clearTimeout(timer.current)
  })

  // eslint-disable-next-line no-restricted-syntax -- the phone's time since, not a day
  const serverNow = useCallback(() => received.current.serverNow + (Date.now() - received.current.at), [])
  /** A tap's answer shown at once; the polls carry on as they were. */
  const replace = useCallback((view: LiveView) => {
    if (!mounted.current) return
    // eslint-disable-next-line no-restricted-syntax -- the phone's time since, not a day
    received.current = { serverNow: view.serverNow, at: Date.now() }
    setState({ status: 'ready', data: view })
  }, [])
  return { ...state, reload, replace, serverNow }
}
