/**
 * The demo's version: a fingerprint of its source files. A data folder seeded by another version
 * of the demo (a new feature's records missing, an old shape kept) is built again on the next
 * start, as one seeded in an earlier month is.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function demoVersion(dir: string): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(dir, name)))
      .update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
