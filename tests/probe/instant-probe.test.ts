/**
 * The instant probe (tests/setup/instant-probe.ts): what counts as reading "now" in a test file
 * and what does not, and when test:dates may trust the records. This file reads "now" itself,
 * so it runs at every awkward instant.
 */
import dayjs from 'dayjs'
import { chinaInstant, chinaDate } from '../../core/dates'
import { Clock } from '../../localcloud/clock'
import { filesReadingNow, type ProbeRecord } from '../../scripts/instant-probe'
import { clockStart, testNow } from '../helpers/now'
import { firstReadSoFar, forgetReads } from '../setup/instant-probe'

const firstRead = firstReadSoFar
beforeEach(forgetReads)

describe('what counts as reading "now"', () => {
  it('counts testNow(), and says where it was called', () => {
    testNow()
    expect(firstRead()).toMatch(/^testNow\(\) at tests\/probe\/instant-probe\.test\.ts:\d+$/)
  })

  it("counts a local cloud's clock standing at TEST_NOW, not one set to a fixed instant", () => {
    const clock = new Clock(clockStart())
    expect(firstRead()).toBeNull()
    clock.set(Date.parse('2026-03-06T07:00:00Z'))
    clock.now()
    void clock.offset
    expect(firstRead()).toBeNull()
    clock.set(null)
    void clock.offset
    expect(firstRead()).toMatch(/^a local cloud's clock at TEST_NOW \(offset\)/)
  })

  it('counts a clock that follows the machine', () => {
    new Clock(null).now()
    expect(firstRead()).toMatch(/^a local cloud's clock at TEST_NOW at tests\/probe/)
  })

  it("counts the machine's clock read by the test or a library it calls", () => {
    // eslint-disable-next-line no-restricted-syntax -- the wall clock is what this test reads
    Date.now()
    expect(firstRead()).toMatch(/^Date\.now\(\) at tests\/probe/)
    forgetReads()
    dayjs()
    expect(firstRead()).toMatch(/^new Date\(\) at node_modules\/dayjs/)
    forgetReads()
    // eslint-disable-next-line no-restricted-syntax -- the wall clock is what this test reads
    chinaDate()
    expect(firstRead()).toMatch(/^Date\.now\(\) at core\/dates\.ts/)
  })

  it('skips dayjs.tz parsing a date with its year and month, not a time of today', () => {
    expect(chinaInstant('2026-03-06 15:00')).toBe(Date.parse('2026-03-06T07:00:00Z'))
    expect(firstRead()).toBeNull()
    dayjs.tz('15:00', 'HH:mm', 'Asia/Shanghai')
    expect(firstRead()).toMatch(/dayjs/)
  })

  it('does not count a date built from a given instant', () => {
    expect(new Date(0).getTime()).toBe(0)
    expect(new Date('2026-03-06T07:00:00Z').toISOString()).toBe('2026-03-06T07:00:00.000Z')
    expect(firstRead()).toBeNull()
  })
})

describe('when test:dates trusts the records', () => {
  const record = (file: string, readsNow: string | null, fingerprint = 'f1'): ProbeRecord => ({
    file,
    fingerprint,
    testNow: '2026-11-18T02:30:00.000Z',
    readsNow,
  })

  it('answers for every file when each has a record from this code', () => {
    const all = [record('a.test.ts', 'testNow()'), record('b.test.ts', null), record('c.test.ts', null)]
    expect(filesReadingNow(['a.test.ts', 'b.test.ts'], 'f1', all)?.map((r) => r.readsNow)).toEqual(['testNow()', null])
  })

  it('answers nothing when a file has no record or one from other code', () => {
    expect(filesReadingNow(['a.test.ts', 'new.test.ts'], 'f1', [record('a.test.ts', null)])).toBeNull()
    expect(filesReadingNow(['a.test.ts'], 'f2', [record('a.test.ts', null)])).toBeNull()
  })
})
