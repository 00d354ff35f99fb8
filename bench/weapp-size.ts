/** Sizes of a weapp build folder as WeChat counts them: the main package and each subpackage. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** WeChat's cap on the main package and on each subpackage. */
export const PACKAGE_CAP = 2 * 1024 * 1024

export interface WeappSize {
  /** Everything outside the subpackages, less project.config.json (DevTools' settings, not shipped). */
  main: number
  subpackages: Array<{ root: string; bytes: number }>
  /** Bytes of each file of the main package, by path inside the build folder. */
  mainFiles: Record<string, number>
}

function files(dir: string, base = dir, into: Record<string, number> = {}): Record<string, number> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files(path, base, into)
    else into[relative(base, path).split(sep).join('/')] = statSync(path).size
  }
  return into
}

export function weappSize(dist: string): WeappSize {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'))
  const subpackages = roots.map((root) => ({ root: root.slice(0, -1), bytes: 0 }))
  const mainFiles: Record<string, number> = {}
  let main = 0
  for (const [path, bytes] of Object.entries(files(dist))) {
    const sub = roots.findIndex((root) => path.startsWith(root))
    if (sub >= 0) subpackages[sub].bytes += bytes
    else if (path !== 'project.config.json') {
      mainFiles[path] = bytes
      main += bytes
    }
  }
  return { main, subpackages, mainFiles }
}

export function hasWeappBuild(dist: string): boolean {
  return existsSync(join(dist, 'app.json'))
}
