/** Time of day within a China calendar day, and short China-time labels for messages. */
import { chinaInstant, formatChinaClock, formatChinaMonthDay } from '../dates'

const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True for `HH:mm` (00:00–23:59). */
export function isClock(value: string): boolean {
  return CLOCK_RE.test(value)
}

/** The instant of a China date and wall-clock time. */
export function instantAt(date: string, clock: string): number {
  return chinaInstant(`${date} ${clock}`)
}

/** `3月6日 14:30`, short enough for a message a person reads on a phone. */
export function shortDateTime(instant: number): string {
  return `${formatChinaMonthDay(instant)} ${formatChinaClock(instant)}`
}

/** `3月6日` */
export function shortDate(instant: number): string {
  return formatChinaMonthDay(instant)
}
