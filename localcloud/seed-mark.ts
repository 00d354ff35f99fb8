/** When, and by which version of the demo, the data in a data folder was built, so that a later start can tell it has gone stale. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DemoData } from './config-types'

const SEED_MARK = 'demo-seed.json'

export interface SeedMark {
  seededAt: number
  /** The demo's version when it was built (absent in marks written before versions). */
  version?: string
}

export function markSeeded(dataDir: string | null, seededAt: number, version?: string): void {
  if (dataDir) writeFileSync(join(dataDir, SEED_MARK), JSON.stringify({ seededAt, ...(version ? { version } : {}) }))
}

export function seedMarkOf(dataDir: string | null): SeedMark | null {
  if (!dataDir || !existsSync(join(dataDir, SEED_MARK))) return null
  return JSON.parse(readFileSync(join(dataDir, SEED_MARK), 'utf8')) as SeedMark
}

/**
 * Demo data reads wrong when the project says so for its age (e.g. built in an earlier month),
 * or when another version of the demo built it.
 */
export function demoIsStale(mark: SeedMark, demo: DemoData, now: number): boolean {
  if (demo.version !== undefined && mark.version !== demo.version) return true
  return demo.isStale?.(mark.seededAt, now) ?? false
}
