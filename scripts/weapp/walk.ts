/** Walking a directory for `npm run check:weapp`. */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Files under `dir` (relative, `/`-separated, sorted) that `keep` accepts; node_modules skipped. */
export function walk(dir: string, keep: (file: string) => boolean, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const file = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(dir, keep, file)
      return entry.isFile() && keep(file) ? [file] : []
    })
    .sort()
}
