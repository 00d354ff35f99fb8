/** When the demo data in a data folder was built, so that a later start can tell it has gone stale. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const SEED_MARK = 'demo-seed.json'

export function markSeeded(dataDir: string | null, seededAt: number): void {
  if (dataDir) writeFileSync(join(dataDir, SEED_MARK), JSON.stringify({ seededAt }))
}

export function seededAt(dataDir: string | null): number | null {
  if (!dataDir || !existsSync(join(dataDir, SEED_MARK))) return null
  return (JSON.parse(readFileSync(join(dataDir, SEED_MARK), 'utf8')) as { seededAt: number }).seededAt
}
