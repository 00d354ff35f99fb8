/**
 * The instant probe's records (tests/setup/instant-probe.ts): every jest run writes, for each
 * test file it ran, whether that file read "now" — the run's TEST_NOW, a clock standing there,
 * or the machine's clock. `npm run test:dates` reruns at the awkward instants only the files
 * that did: a file that read no "now" at one instant took the same path at every instant.
 *
 * Records hold a fingerprint of everything a test can load, so that a record made before an
 * edit is never trusted after it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')

export const PROBE_DIR = join(root, 'node_modules', '.cache', 'instant-probe')

/** What a test can load: the project's code, its tests and the settings they run with. */
const INPUTS = [
  'core',
  'server',
  'src',
  'localcloud',
  'demo',
  'scripts',
  'tests',
  'types',
  'config',
  'cloudfunctions',
  'localcloud.config.ts',
  'jest.config.js',
  'babel.config.js',
  'tsconfig.json',
  'package-lock.json',
]
/** Written by the builds and the tests themselves: not inputs. */
const SKIPPED = /[\\/](node_modules|cloudfunctions[\\/][^\\/]+[\\/](index\.js(\.map)?|lazy))$/

function files(path: string): string[] {
  if (!existsSync(path) || SKIPPED.test(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

export function probeFingerprint(): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 32)
}

export interface ProbeRecord {
  file: string
  fingerprint: string
  testNow: string
  /** The first read of "now" and where it happened, or null. */
  readsNow: string | null
}

export function readProbe(): ProbeRecord[] {
  if (!existsSync(PROBE_DIR)) return []
  return readdirSync(PROBE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(PROBE_DIR, f), 'utf8')) as ProbeRecord)
}

export function clearProbe(): void {
  rmSync(PROBE_DIR, { recursive: true, force: true })
}

/**
 * The probe's answer for these test files (paths relative to the root), or null when some file
 * has no record made from today's code.
 */
export function filesReadingNow(
  testFiles: string[],
  fingerprint: string,
  all: ProbeRecord[] = readProbe(),
): ProbeRecord[] | null {
  const byFile = new Map(all.map((r) => [r.file, r]))
  const records = testFiles.map((f) => byFile.get(f))
  if (records.some((r) => r === undefined || r.fingerprint !== fingerprint)) return null
  return records as ProbeRecord[]
}
