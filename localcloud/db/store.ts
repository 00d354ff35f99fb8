/**
 * The documents themselves: every collection lives in memory (queries run there, in natural
 * insertion order) and, when there is a data directory, in one append-only file per collection
 * (log-file.ts, in nedb's datafile format). Each document is kept as its EJSON text, so field
 * names with `$` or `.` and WeChat's own `_id`s survive untouched. A commit's rows are on disk,
 * in one append per collection, before memory changes, so what a caller saw acknowledged
 * survives a restart, even a kill -9.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEjson, stringifyEjson, isPlainObject, type Doc, type Now } from './ejson'
import { LogFile, type Line, type Row } from './log-file'

export type DocId = string | number

/** One document's new state: a document to store, or null to delete it. */
export interface Write {
  collection: string
  id: DocId
  doc: Doc | null
}

interface Collection {
  docs: Map<string, Doc>
  seqs: Map<string, number>
  nextSeq: number
  file: LogFile | null
}

const FILE_SUFFIX = '.db'

/** Ids `1` and `'1'` are different documents, as in MongoDB. */
export function docKey(id: DocId): string {
  return typeof id === 'number' ? `n:${id}` : `s:${id}`
}

export function docRef(collection: string, id: DocId): string {
  return `${collection}\u0000${docKey(id)}`
}

export class Store {
  private readonly collections = new Map<string, Collection>()
  /** Per-document write counters for optimistic transactions; never stored in documents. */
  private readonly versions = new Map<string, number>()
  private lastVersion = 0

  private constructor(private readonly dataDir: string | null) {}

  static async open(dataDir: string | null, now: Now): Promise<Store> {
    const store = new Store(dataDir)
    if (dataDir === null) return store
    await mkdir(dataDir, { recursive: true })
    for (const entry of await readdir(dataDir)) {
      if (entry.endsWith(FILE_SUFFIX)) await store.load(entry.slice(0, -FILE_SUFFIX.length), now)
    }
    return store
  }

  private async load(name: string, now: Now): Promise<void> {
    const opened = await this.openFile(name)
    const rows = opened ? [...opened.rows.values()].sort((a, b) => a.seq - b.seq) : []
    const collection: Collection = { docs: new Map(), seqs: new Map(), nextSeq: 1, file: opened?.file ?? null }
    for (const row of rows) {
      const doc = parseEjson(row.doc, now)
      if (!isPlainObject(doc)) continue
      collection.docs.set(row._id, doc)
      collection.seqs.set(row._id, row.seq)
      collection.nextSeq = Math.max(collection.nextSeq, row.seq + 1)
    }
    this.collections.set(name, collection)
    // A file mostly of superseded lines is rewritten, so the next start reads less.
    if (opened && opened.file.length > 2 * rows.length + 1000) await opened.file.compact(this.rowsOf(collection))
  }

  private async openFile(name: string): Promise<{ file: LogFile; rows: Map<string, Row> } | null> {
    if (this.dataDir === null) return null
    return LogFile.open(join(this.dataDir, `${name}${FILE_SUFFIX}`))
  }

  private *rowsOf(collection: Collection): Iterable<Row> {
    for (const [key, doc] of collection.docs) {
      yield { _id: key, seq: collection.seqs.get(key) ?? 0, doc: stringifyEjson(doc) }
    }
  }

  has(name: string): boolean {
    return this.collections.has(name)
  }

  names(): string[] {
    return [...this.collections.keys()]
  }

  async create(name: string): Promise<void> {
    if (this.collections.has(name)) return
    const opened = await this.openFile(name)
    if (this.collections.has(name)) return
    this.collections.set(name, { docs: new Map(), seqs: new Map(), nextSeq: 1, file: opened?.file ?? null })
  }

  /** The stored document; callers must treat it as read-only. */
  get(name: string, id: DocId): Doc | undefined {
    return this.collections.get(name)?.docs.get(docKey(id))
  }

  /** Every document in natural order; callers must treat them as read-only. */
  list(name: string): Doc[] {
    return [...(this.collections.get(name)?.docs.values() ?? [])]
  }

  version(collection: string, id: DocId): number {
    return this.versions.get(docRef(collection, id)) ?? 0
  }

  /** Applies writes to disk, then to memory in one synchronous step so no reader sees half. */
  async commit(writes: Write[]): Promise<void> {
    const planned = writes.map((write) => {
      const collection = this.collections.get(write.collection)
      if (!collection) throw new Error(`collection ${write.collection} vanished during a write`)
      const key = docKey(write.id)
      // A replaced document keeps its place in natural order; a new one goes last.
      const seq = write.doc ? (collection.seqs.get(key) ?? collection.nextSeq++) : 0
      return { write, collection, key, seq }
    })
    // One append per collection, however many documents the commit writes.
    const lines = new Map<LogFile, Line[]>()
    for (const { write, collection, key, seq } of planned) {
      if (!collection.file) continue
      const line = write.doc
        ? { _id: key, seq, doc: stringifyEjson(write.doc) }
        : { _id: key, $$deleted: true as const }
      const list = lines.get(collection.file) ?? []
      list.push(line)
      lines.set(collection.file, list)
    }
    await Promise.all([...lines].map(([file, rows]) => file.append(rows)))
    for (const { write, collection, key, seq } of planned) {
      if (write.doc) {
        collection.docs.set(key, write.doc)
        collection.seqs.set(key, seq)
      } else {
        collection.docs.delete(key)
        collection.seqs.delete(key)
      }
      this.versions.set(docRef(write.collection, write.id), ++this.lastVersion)
    }
  }

  async dropAll(): Promise<void> {
    for (const collection of this.collections.values()) await collection.file?.drop()
    this.collections.clear()
  }

  /** Rewrites each file without its superseded lines, so the next start reads less. */
  async close(): Promise<void> {
    for (const collection of this.collections.values()) await collection.file?.compact(this.rowsOf(collection))
  }
}
