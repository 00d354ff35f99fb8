/**
 * dayjs in China time, for calendar arithmetic (a month later, the start of a week) on the
 * server, in tests and in the officers' subpackages. The main package reads dates through
 * `./dates`, which needs no library: keep this module out of anything a main-package page imports
 * (the dependency check refuses it).
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import { CHINA_TZ } from './dates'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(customParseFormat)

export function inChina(instant: number | Date = Date.now()): Dayjs {
  return dayjs(instant).tz(CHINA_TZ)
}
