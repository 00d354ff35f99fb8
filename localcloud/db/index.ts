/**
 * The local cloud's database: what WeChat's cloud database is to wx-server-sdk, spoken to
 * over `POST /admin` by the real SDK, plus the admin hub's tools (reset, export, seed).
 */
import { CloudApiError } from '../errors'
import type { AdminRequest } from '../types'
import { cloneDoc, decodeValue, isPlainObject, toPlainJson, type Doc, type Now } from './ejson'
import { invalidParam } from './errors'
import { handleDatabase, storeView, type Engine } from './handler'
import { newDocId } from './ids'
import { Mutex } from './mutex'
import { checkCollectionName, isDocId } from './params'
import { QueryShapeLog, type RecordedShape } from './query-shapes'
import { Store, type Write } from './store'
import { Transactions } from './transactions'
import { matching } from './view'

export interface Database {
  /** The `data` of the reply to any `database.*` action; throws CloudApiError. */
  handle(req: AdminRequest): Promise<unknown>
  /** Drops every collection (and its file). */
  reset(): Promise<void>
  /** Every collection as plain JSON, Dates as `{ $date: ISO string }`. */
  exportAll(): Promise<Record<string, Record<string, unknown>[]>>
  /** Seeding with checks off: creates the collection, replaces documents with the same `_id`. */
  insertRaw(collection: string, docs: Record<string, unknown>[]): Promise<void>
  /** For local tooling: every match, no limit; copies, with Dates as Dates. */
  find(collection: string, filter?: Record<string, unknown>): Promise<Record<string, unknown>[]>
  /** Creates collections as the deploy step does; existing ones are left alone. */
  ensureCollections(names: string[]): Promise<void>
  /** The shapes of the queries served so far, when `recordQueries` is on; otherwise empty. */
  queryShapes(): RecordedShape[]
  /** How many requests of each `database.*` action were served (WeChat bills reads and writes so). */
  requestCounts(): Record<string, number>
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** One nedb file per collection lives here; null keeps everything in memory. */
  dataDir: string | null
  /** The cloud's now: `db.serverDate()` and transaction expiry follow it. */
  clock: { now(): number }
  transactionTtlMs?: number
  /** Record the shape of every query (filter and sort fields, no values) for queryShapes(). */
  recordQueries?: boolean
  /** Another store on the same files (benchmarks measure the store as it was before beside it). */
  openStore?: (dataDir: string | null, now: Now) => Promise<Store>
}

/** A cloud function lives at most 60 s, so no honest transaction stays open longer. */
export const DEFAULT_TRANSACTION_TTL_MS = 60_000

/** Reads the clock at the first call only, and then always answers that instant. */
function once(read: () => number): () => number {
  let at: number | null = null
  return () => (at ??= read())
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const now = (): number => opts.clock.now()
  const store = await (opts.openStore ?? Store.open)(opts.dataDir, once(now))
  const lock = new Mutex()
  const transactions = new Transactions(store, lock, now, opts.transactionTtlMs ?? DEFAULT_TRANSACTION_TTL_MS)
  const shapes = opts.recordQueries ? new QueryShapeLog() : undefined
  const engine: Engine = { store, lock, transactions, now, shapes }
  let closed = false
  const counts: Record<string, number> = {}

  const open = (): void => {
    if (closed) throw new CloudApiError('SYS_ERR', 'the local database is closed')
  }

  const seedWrite = (collection: string, raw: Record<string, unknown>, at: Now): Write => {
    const doc = decodeValue(raw, at)
    if (!isPlainObject(doc)) throw invalidParam('a seed document must be an object')
    const id = doc._id === undefined ? newDocId() : doc._id
    if (!isDocId(id)) throw invalidParam('a seed _id must be a string or a number')
    const { _id: _ignored, ...rest } = doc
    return { collection, id, doc: { _id: id, ...rest } }
  }

  return {
    async handle(req) {
      open()
      counts[req.action] = (counts[req.action] ?? 0) + 1
      return handleDatabase(engine, req)
    },
    requestCounts: () => ({ ...counts }),
    reset: () =>
      lock.run(async () => {
        open()
        transactions.clear()
        await store.dropAll()
      }),
    async exportAll() {
      open()
      const names = store.names().sort()
      return Object.fromEntries(names.map((name) => [name, store.list(name).map((doc) => toPlainJson(doc) as Doc)]))
    },
    insertRaw: (collection, docs) =>
      lock.run(async () => {
        open()
        const name = checkCollectionName(collection)
        await store.create(name)
        // One instant for the whole seed, read only if a document holds a serverDate.
        const at = once(now)
        await store.commit(docs.map((doc) => seedWrite(name, doc, at)))
      }),
    async find(collection, filter) {
      open()
      if (!store.has(collection)) return []
      const decoded = filter === undefined ? undefined : decodeValue(filter, now())
      const docs = matching(storeView(store), collection, isPlainObject(decoded) ? decoded : undefined)
      return docs.map(cloneDoc)
    },
    ensureCollections: (names) =>
      lock.run(async () => {
        open()
        for (const name of names) await store.create(checkCollectionName(name))
      }),
    queryShapes: () => shapes?.list() ?? [],
    close: () =>
      lock.run(async () => {
        if (closed) return
        closed = true
        transactions.clear()
        await store.close()
      }),
  }
}
