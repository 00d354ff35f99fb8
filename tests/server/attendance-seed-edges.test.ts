/**
 * The demo bureau seeded at two fixed edges of the calendar (attendance-seed.cases.ts): the same
 * at every run, so run once rather than at each of test:dates' instants.
 */
import { describeSeededAt } from './attendance-seed.cases'

describeSeededAt([
  ['New Year’s Day just after midnight', () => Date.parse('2027-01-01T00:10:00+08:00')],
  ['the last evening of a quarter', () => Date.parse('2026-06-30T23:50:00+08:00')],
])
