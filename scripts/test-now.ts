/**
 * The one "now" of a test run. Jest, the browser journeys and `npm run test:dates` all start
 * the local cloud (and, for the app's own tests, the phone's clock) at this instant, and build
 * the demo bureau from it, so that a test never depends on the day it happens to run.
 *
 * TEST_NOW is an ISO instant (`2026-12-31T23:50:00+08:00`) or `real` for the wall clock.
 * Unset, a run uses DEFAULT_TEST_NOW: an ordinary Wednesday morning in the middle of a month.
 */
import { inChina } from '../core/china-dayjs'

export const DEFAULT_TEST_NOW = '2026-11-18T10:30:00+08:00'

export interface TestNow {
  instant: number
  /** What was asked for: an ISO instant, `real`, or the default. */
  source: string
}

export function resolveTestNow(value: string | undefined = process.env.TEST_NOW): TestNow {
  const asked = value?.trim() || ''
  if (asked === 'real' || asked === 'now') {
    // The one place a test run reads the wall clock, because it was asked to.
    return { instant: Date.now(), source: 'real' }
  }
  const iso = asked || DEFAULT_TEST_NOW
  const instant = Date.parse(iso)
  if (Number.isNaN(instant)) {
    throw new Error(
      `TEST_NOW=${asked} is not an instant: use ISO 8601 with an offset (2026-12-31T23:50:00+08:00) or real`,
    )
  }
  return { instant, source: asked ? iso : `default ${iso}` }
}

/** `2026-12-31 23:50 北京时间 星期四（UTC 2026-12-31 15:50）`: both calendars, since the boundary is the point. */
export function describeInstant(instant: number): string {
  const china = inChina(instant)
  const utc = new Date(instant).toISOString()
  const weekday = '日一二三四五六'[china.day()]
  return `${china.format('YYYY-MM-DD HH:mm')} 北京时间 星期${weekday}（UTC ${utc.slice(0, 10)} ${utc.slice(11, 16)}）`
}
