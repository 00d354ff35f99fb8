/**
 * The demo bureau for tests, built once per instant and per version of the code.
 *
 * `seedDemo` computes about 10 MB of records: a year of meetings, dues, study, minutes, talks and
 * the rest. About 15 test files seed it, each at several instants, and test:dates runs them all
 * again at ten instants. The first file to seed an instant computes the records and keeps the
 * store's export on disk (node_modules/.cache/demo-seed). Every later file at that instant inserts
 * the same records without computing them again.
 *
 * The key is the instant and a hash of everything the records can depend on: core/, server/,
 * demo/, localcloud/ and the lock file. An edit to any of them makes a new key, so a stale copy is
 * never used. Only an empty store is cached: what is kept is the seed's records alone.
 * The demo's WeChat grants (a platform handle) are not records: callers that need them seed
 * directly.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { seedDemo } from '../../demo'
import type { Database } from '../../localcloud/db'

const root = resolve(__dirname, '../..')
const CACHE_DIR = join(root, 'node_modules', '.cache', 'demo-seed')
const INPUTS = ['core', 'server', 'demo', 'localcloud', 'package-lock.json']

function files(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

let fingerprint: string | null = null
function codeFingerprint(): string {
  if (fingerprint === null) {
    const hash = createHash('sha256')
    for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0')
    }
    fingerprint = hash.digest('hex').slice(0, 24)
  }
  return fingerprint
}

type Dump = Record<string, Record<string, unknown>[]>

const isEmpty = (dump: Dump): boolean => Object.values(dump).every((docs) => docs.length === 0)

/** The demo bureau as of `now` in an empty store, as `seedDemo(db, now)` writes it. */
export async function seedDemoAt(db: Database, now: number): Promise<void> {
  if (!isEmpty(await db.exportAll())) {
    await seedDemo(db, now)
    return
  }
  const file = join(CACHE_DIR, `${codeFingerprint()}-${now}.json`)
  const dump = cached(file)
  if (dump) {
    for (const [collection, docs] of Object.entries(dump)) await db.insertRaw(collection, docs)
    return
  }
  await seedDemo(db, now)
  keep(file, await db.exportAll())
}

/**
 * The kept copy, or null. A run of other code sharing node_modules (a second checkout) may delete
 * it between the look and the read: then the records are computed as if it had never been kept.
 */
function cached(file: string): Dump | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Dump
  } catch {
    return null
  }
}

/** Keeps the records for later files; a copy that cannot be kept costs only the time to compute it again. */
function keep(file: string, dump: Dump): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    // Copies made from older code are never read again.
    for (const old of readdirSync(CACHE_DIR).filter((f) => !f.startsWith(codeFingerprint())))
      rmSync(join(CACHE_DIR, old), { force: true })
    // Written aside and renamed: a jest worker seeding the same instant never reads half a file.
    const aside = `${file}.${process.pid}.tmp`
    writeFileSync(aside, JSON.stringify(dump))
    renameSync(aside, file)
  } catch {
    // Another checkout's run removed the file aside as one of its old copies: nothing is kept.
  }
}
