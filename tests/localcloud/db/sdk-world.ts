/**
 * One database behind a bare /admin server, and the real wx-server-sdk pointed at it. Each
 * test file gets its own SDK instance (jest gives each file a fresh module registry).
 */
import { Clock } from '../../../localcloud/clock'
import { openDatabase, type Database } from '../../../localcloud/db'
import { setSdkEnvironment, startAdminServer } from '../../helpers/admin-harness'
import { clockStart } from '../../helpers/now'

export type Cloud = typeof import('wx-server-sdk')
export type CloudDb = ReturnType<Cloud['database']>

export interface SdkWorld {
  clock: Clock
  cloud: Cloud
  sdkDb: CloudDb
  /** The database currently behind the server. */
  db(): Database
  /** Closes the current database and serves `next` instead (for reopen tests). */
  swap(next: Database): Promise<void>
  close(): Promise<void>
}

export interface WorldOptions {
  dataDir?: string | null
  collections?: string[]
  transactionTtlMs?: number
}

export async function startWorld(opts: WorldOptions = {}): Promise<SdkWorld> {
  const clock = new Clock(clockStart())
  let current = await openDatabase({ dataDir: opts.dataDir ?? null, clock, transactionTtlMs: opts.transactionTtlMs })
  await current.ensureCollections(opts.collections ?? [])
  const server = await startAdminServer({ database: (req) => current.handle(req) })
  setSdkEnvironment(server.url)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as Cloud
  // DYNAMIC_CURRENT_ENV is a symbol; the SDK's typings only admit strings.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  return {
    clock,
    cloud,
    sdkDb: cloud.database(),
    db: () => current,
    async swap(next) {
      await current.close()
      current = next
    },
    async close() {
      await server.close()
      await current.close()
    },
  }
}

/** The SDK's typings add `| void | string` to every promise; a real call always returns one. */
export async function call<T>(pending: Promise<T> | void | string): Promise<T> {
  if (!(pending instanceof Promise)) throw new Error('the SDK did not return a promise')
  return pending
}

/** The error an SDK call rejected with, for asserting on errCode / errMsg / code. */
export async function failure(
  pending: Promise<unknown> | void | string,
): Promise<{ errCode?: number; errMsg?: string; code?: string; message?: string }> {
  try {
    await call(pending)
  } catch (error) {
    if (error && typeof error === 'object')
      return error as { errCode?: number; errMsg?: string; code?: string; message?: string }
    return { message: String(error) }
  }
  throw new Error('expected the SDK call to fail')
}

/** One field of every document, in order. */
export function pluck(docs: Record<string, unknown>[], field: string): unknown[] {
  return docs.map((doc) => doc[field])
}

/** Seeds the `records` collection with `r0000`, `r0001`, ... made by `make`. */
export async function seedRecords(
  world: SdkWorld,
  count: number,
  make: (i: number) => Record<string, unknown> = (i) => ({ i }),
): Promise<void> {
  const docs = Array.from({ length: count }, (_unused, i) => ({ _id: `r${String(i).padStart(4, '0')}`, ...make(i) }))
  await world.db().insertRaw('records', docs)
}
