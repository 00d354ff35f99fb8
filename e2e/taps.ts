/**
 * Every tap one cloud call: what a person tapped and what the app called, watched in each browser
 * of a journey; a tap that cost more than one call is written to the screenshots folder and fails
 * the run when it ends.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'

const SCREENSHOTS = join(__dirname, 'screenshots')

/** A tap a person made, or a cloud call the app made (not from a timer), in the page's order. */
interface TapEvent {
  /** A mark: the journey itself opened a page (openAs). */
  kind: 'tap' | 'call' | 'mark'
  at: number
  /** The tapped element's words, or the action called. */
  what: string
  /** The page's route when it happened. */
  route: string
  /** A call made inside a timer's callback (a poll), not by the person. */
  timer?: boolean
  /** Which load of the page it happened in: a reload (the journey's, not a tap's) starts another. */
  doc: string
}

/**
 * Runs in every page before the app: reports each click and each call to `/fn/…` with the
 * action it names. A call made while a timer's callback runs (活动现场's poll) is marked, so
 * that only what a tap caused is counted against it.
 */
const TAP_SCRIPT = `(() => {
  const doc = Math.random().toString(36).slice(2)
  const send = (e) => { try { window.__e2eTap({ ...e, doc }) } catch {} }
  const route = () => location.hash.slice(location.hash.indexOf('/') + 1).split('?')[0]
  let inTimer = 0
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name]
    window[name] = function (fn, ...rest) {
      if (typeof fn !== 'function') return original.call(this, fn, ...rest)
      return original.call(this, function (...args) {
        inTimer++
        try { return fn.apply(this, args) } finally { inTimer-- }
      }, ...rest)
    }
  }
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('.ui-button, .ui-card, .entry-row, [role=button], button, a') || e.target : null
    send({ kind: 'tap', at: performance.now(), what: ((el && el.textContent) || '').trim().slice(0, 24), route: route() })
  }, true)
  const fetch0 = window.fetch
  window.fetch = function (input, init) {
    const url = String((input && input.url) || input)
    if (url.includes('/fn/')) {
      let action = ''
      try { action = JSON.parse(String(init && init.body)).action } catch {}
      send({ kind: 'call', at: performance.now(), what: action, route: route(), timer: inTimer > 0 })
    }
    return fetch0.apply(this, arguments)
  }
})()`

export async function watchTaps(context: BrowserContext): Promise<TapEvent[]> {
  const events: TapEvent[] = []
  await context.exposeBinding('__e2eTap', (_source, event: TapEvent) => {
    events.push(event)
  })
  await context.addInitScript(TAP_SCRIPT)
  return events
}

/** Taps that cost more than one cloud call, across the run: `route「words」: action, action`. */
export const tapsWithSeveralCalls: string[] = []

/**
 * A tap's calls are those its own screen made after it, before the next tap or load (timers'
 * polls aside). A page the tap opened loads itself: that is the new screen's one call.
 */
export function noteTapCalls(events: TapEvent[]): void {
  events.forEach((event, i) => {
    if (event.kind !== 'tap') return
    const calls: string[] = []
    for (const next of events.slice(i + 1)) {
      if (next.kind !== 'call' || next.doc !== event.doc) break
      if (!next.timer && next.route === event.route) calls.push(next.what)
    }
    if (calls.length <= 1) return
    const line = `${event.route}「${event.what}」: ${calls.join(', ')}`
    tapsWithSeveralCalls.push(line)
  })
}

process.on('exit', () => {
  if (tapsWithSeveralCalls.length === 0) return
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, `tap-calls-${process.pid}.txt`), tapsWithSeveralCalls.join('\n') + '\n')
  console.error(`A tap costs more than one cloud call (every tap one call):\n  ${tapsWithSeveralCalls.join('\n  ')}`)
  process.exitCode = 1
})
