/**
 * Transactions with optimistic concurrency. A transaction reads the committed store and
 * buffers its writes; every document it touches records the store's version counter for that
 * document. Commit re-checks those counters under the write lock: if another writer changed
 * any of them, the whole transaction fails with DATABASE_TRANSACTION_CONFLICT — the code
 * @cloudbase/database's `runTransaction` retries on (it only inspects the commit, since errors
 * from reads and writes inside the callback reach it already converted to errCode numbers).
 * Otherwise all writes land in one commit. Nothing is locked while a transaction is open, so
 * one left open blocks no one; it expires after `ttlMs`.
 */
import { collectionNotExist, invalidParam, transactionConflict, transactionGone } from './errors'
import type { Doc } from './ejson'
import { newTransactionId } from './ids'
import type { Mutex } from './mutex'
import { docRef, type DocId, type Store, type Write } from './store'
import type { DocView } from './view'

interface ReadMark {
  collection: string
  id: DocId
  version: number
}

interface OpenTransaction {
  startedAt: number
  reads: Map<string, ReadMark>
  writes: Map<string, Write>
}

/** A transaction's picture: its own buffered writes over the committed store. */
class TransactionView implements DocView {
  constructor(
    private readonly store: Store,
    private readonly txn: OpenTransaction,
  ) {}

  exists(collection: string): boolean {
    return this.store.has(collection)
  }

  get(collection: string, id: DocId): Doc | undefined {
    const ref = docRef(collection, id)
    const written = this.txn.writes.get(ref)
    if (written) return written.doc ?? undefined
    if (!this.txn.reads.has(ref))
      this.txn.reads.set(ref, { collection, id, version: this.store.version(collection, id) })
    return this.store.get(collection, id)
  }

  list(): Doc[] {
    throw invalidParam('a transaction can only read and write single documents: use doc(id) or add()')
  }
}

export class Transactions {
  private readonly open = new Map<string, OpenTransaction>()

  constructor(
    private readonly store: Store,
    private readonly lock: Mutex,
    private readonly now: () => number,
    private readonly ttlMs: number,
  ) {}

  start(): string {
    this.dropExpired()
    const id = newTransactionId()
    this.open.set(id, { startedAt: this.now(), reads: new Map(), writes: new Map() })
    return id
  }

  view(id: string): DocView {
    return new TransactionView(this.store, this.find(id))
  }

  /** Buffers writes planned on this transaction's view. */
  buffer(id: string, writes: Write[]): void {
    const txn = this.find(id)
    for (const write of writes) txn.writes.set(docRef(write.collection, write.id), write)
  }

  /** Ends the transaction whatever the outcome: the SDK retries with a new one. */
  async commit(id: string): Promise<void> {
    const txn = this.find(id)
    this.open.delete(id)
    await this.lock.run(async () => {
      for (const read of txn.reads.values()) {
        if (this.store.version(read.collection, read.id) !== read.version) throw transactionConflict()
      }
      const writes = [...txn.writes.values()]
      for (const write of writes) if (!this.store.has(write.collection)) throw collectionNotExist(write.collection)
      await this.store.commit(writes)
    })
  }

  abort(id: string): void {
    this.find(id)
    this.open.delete(id)
  }

  clear(): void {
    this.open.clear()
  }

  private find(id: string): OpenTransaction {
    const txn = this.open.get(id)
    if (!txn || this.expired(txn)) {
      this.open.delete(id)
      throw transactionGone(id)
    }
    return txn
  }

  private expired(txn: OpenTransaction): boolean {
    return this.now() - txn.startedAt > this.ttlMs
  }

  private dropExpired(): void {
    for (const [id, txn] of this.open) if (this.expired(txn)) this.open.delete(id)
  }
}
