/** Demo data is built again when it has gone stale: too old for the project, or built by another version of the demo. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DemoData } from '../../localcloud/config-types'
import { demoIsStale, markSeeded, seedMarkOf } from '../../localcloud/seed-mark'
import { demoVersion } from '../../demo/version'

const demo = (extra: Partial<DemoData> = {}): DemoData => ({
  seed: async () => ({}),
  identities: async () => [],
  ...extra,
})
const DAY = 24 * 3600_000

describe('the demo seed mark', () => {
  it('keeps when and by which version the demo was built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-mark-'))
    expect(seedMarkOf(dir)).toBeNull()
    markSeeded(dir, 1000, 'v1')
    expect(seedMarkOf(dir)).toEqual({ seededAt: 1000, version: 'v1' })
    markSeeded(dir, 2000)
    expect(seedMarkOf(dir)).toEqual({ seededAt: 2000 })
  })

  it('is stale when another version of the demo built it, or a mark predates versions', () => {
    const now = 10 * DAY
    expect(demoIsStale({ seededAt: now, version: 'v1' }, demo({ version: 'v1' }), now)).toBe(false)
    expect(demoIsStale({ seededAt: now, version: 'v1' }, demo({ version: 'v2' }), now)).toBe(true)
    expect(demoIsStale({ seededAt: now }, demo({ version: 'v2' }), now)).toBe(true)
    // Without a version, only the project's own rule decides.
    expect(demoIsStale({ seededAt: now, version: 'v1' }, demo(), now)).toBe(false)
    const oldMonth = demo({ version: 'v1', isStale: (at, t) => t - at > 30 * DAY })
    expect(demoIsStale({ seededAt: 0, version: 'v1' }, oldMonth, 31 * DAY)).toBe(true)
    expect(demoIsStale({ seededAt: 0, version: 'v1' }, oldMonth, 30 * DAY)).toBe(false)
  })

  it('fingerprints the demo’s source: a changed file is another version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-src-'))
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1\n')
    writeFileSync(join(dir, 'notes.md'), 'not source')
    const first = demoVersion(dir)
    expect(demoVersion(dir)).toBe(first)
    writeFileSync(join(dir, 'notes.md'), 'still not source')
    expect(demoVersion(dir)).toBe(first)
    writeFileSync(join(dir, 'a.ts'), 'export const a = 2\n')
    expect(demoVersion(dir)).not.toBe(first)
  })
})
