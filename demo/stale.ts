import { chinaMonth } from '../core/dates'

/**
 * Demo data built in an earlier month reads wrong today (last month's activities never closed,
 * this month's study blank): `npm run cloud` sets it aside and builds the demo again.
 */
export function isStale(seededAt: number, now: number): boolean {
  return chinaMonth(seededAt) < chinaMonth(now)
}
