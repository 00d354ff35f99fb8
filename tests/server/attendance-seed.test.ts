/**
 * The demo bureau seeded at the run's now (attendance-seed.cases.ts): at each of test:dates'
 * instants. The calendar's fixed edges are in attendance-seed-edges.test.ts, run once.
 */
import { testNow } from '../helpers/now'
import { describeSeededAt } from './attendance-seed.cases'

describeSeededAt([['the run’s now', () => testNow()]])
