/**
 * The demo bureau keeps office hours: its meetings fall on working days of the official calendar
 * (core/workdays), and what people write or report is stamped in the working day, never after
 * the seed's "now". Deterministic: where a stamp falls in the day comes from a key, not the clock.
 */
import { addChinaDays, chinaDate, chinaInstant } from '../core/dates'
import {
  isOfficeTime,
  nearestWorkdayInMonth,
  nextOfficeStart,
  officeSpellsOn,
  workdayOnOrBefore,
} from '../core/workdays'
import type { ActivityDoc } from '../server/actions/activity/model'

/** A number in [0, 1) from a string: the same key, the same place in the day. */
export function spreadOf(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return (h >>> 0) / 4294967296
}

/**
 * An instant in office hours on the last working day on or before `intended`'s day, at `spread`
 * (0–1) of the way through its office hours, and never after `now`: on the day of `now`, only
 * the office time already gone counts (and when none has gone yet, the working day before).
 */
export function officeStamp(intended: number, now: number, spread: number): number {
  let day = workdayOnOrBefore(chinaDate(Math.min(intended, now)))
  for (;;) {
    const spells = officeSpellsOn(day)
      .map((s) => ({ startAt: s.startAt, endAt: Math.min(s.endAt, now - 60_000) }))
      .filter((s) => s.endAt > s.startAt)
    const total = spells.reduce((sum, s) => sum + (s.endAt - s.startAt), 0)
    if (total > 0) {
      let offset = Math.floor((Math.min(Math.max(spread, 0), 0.999) * total) / 60_000) * 60_000
      for (const s of spells) {
        if (offset < s.endAt - s.startAt) return s.startAt + offset
        offset -= s.endAt - s.startAt
      }
    }
    day = workdayOnOrBefore(addChinaDays(day, -1))
  }
}

/** A member's own time, any day: the lunch break and after work (China wall clock). */
export const OWN_TIME: ReadonlyArray<{ from: string; to: string }> = [
  { from: '12:00', to: '14:00' },
  { from: '17:30', to: '20:30' },
]

/**
 * What a member writes in their own time (a 补学 心得): in the lunch break or after work on
 * `intended`'s day, at `spread` (0–1) of the way through that day's own time — only the part
 * after `notBefore` and already gone by `now`; else the day before, and so on. Null when no own
 * time lies between `notBefore` and `now`.
 */
export function ownTimeStamp(intended: number, now: number, spread: number, notBefore: number): number | null {
  const first = chinaDate(notBefore)
  for (let day = chinaDate(Math.min(intended, now)); day >= first; day = addChinaDays(day, -1)) {
    const spells = OWN_TIME.map((s) => ({
      startAt: Math.max(chinaInstant(`${day} ${s.from}`), notBefore + 60_000),
      endAt: Math.min(chinaInstant(`${day} ${s.to}`), now - 60_000),
    })).filter((s) => s.endAt > s.startAt)
    const total = spells.reduce((sum, s) => sum + (s.endAt - s.startAt), 0)
    if (total === 0) continue
    let offset = Math.floor((Math.min(Math.max(spread, 0), 0.999) * total) / 60_000) * 60_000
    for (const s of spells) {
      if (offset < s.endAt - s.startAt) return s.startAt + offset
      offset -= s.endAt - s.startAt
    }
  }
  return null
}

/** The last minute of office time gone by `now` (on the last working day that has had some). */
export function lastOfficeBefore(now: number): number {
  return officeStamp(now, now, 0.999)
}

/**
 * A secretary's review of what a member sent at `t` (a 补学 心得): about half a day later in
 * office hours; when that has not come by `now`, the first office time after `t` — in office
 * hours as long as `t` is before `lastOfficeBefore(now)`. Never after now.
 */
export function reviewAfter(t: number, now: number, key: string): number {
  const later = officeAfter(t + 12 * 3600_000, now, key)
  return isOfficeTime(later) ? later : officeAfter(t, now, key)
}

/**
 * A meeting whose nominal day is a weekend or holiday moves to the nearest working day of the
 * same month, at the same hours, as a secretary would move it (so it reads as edited).
 */
export function onWorkday(a: ActivityDoc): ActivityDoc {
  const day = nearestWorkdayInMonth(a.date)
  if (day === a.date) return a
  return Object.assign(a, {
    date: day,
    startAt: chinaInstant(`${day} ${a.startTime}`),
    endAt: chinaInstant(`${day} ${a.endTime}`),
    edited: a.scheduleId !== null ? true : a.edited,
  })
}

/**
 * A stamp a little after `t` (an officer answering a request, a confirmation): later the same
 * office spell when `t` is in one, else in the first office hour after it; never after `now`.
 */
export function officeAfter(t: number, now: number, key: string): number {
  const spread = spreadOf(key)
  const later = t + (20 + Math.floor(spread * 100)) * 60_000
  const at = isOfficeTime(later) ? later : nextOfficeStart(t) + Math.floor(spread * 90) * 60_000
  return Math.max(Math.min(t + 60_000, now), Math.min(at, now - 60_000))
}
