/**
 * Answers every `database.*` action wx-server-sdk 4.0.2 sends. What a reply's `data` holds is
 * what @cloudbase/database reads from it: get `{ list: [EJSON text] }`, count `{ total }`,
 * insert `{ insertedIds }`, modify `{ updated, upsert_id }`, remove `{ deleted }`,
 * aggregate `{ list: [EJSON text] }`, startTransaction `{ transactionId }` (which the SDK reads
 * beside `data`, see admin-endpoint.ts).
 */
import { CloudApiError } from '../errors'
import type { AdminRequest } from '../types'
import type { Doc } from './ejson'
import { collectionExists, invalidParam } from './errors'
import type { Mutex } from './mutex'
import { checkCollectionName, collectionOf, docIdOf, ejsonList, ejsonObject, flag, text } from './params'
import type { QueryShapeLog } from './query-shapes'
import { aggregateDocuments, countDocuments, getDocuments } from './reads'
import type { Store } from './store'
import type { Transactions } from './transactions'
import type { DocView } from './view'
import { planInsert, planModify, planRemove, type Plan } from './writes'

export interface Engine {
  store: Store
  lock: Mutex
  transactions: Transactions
  now(): number
  /** Set when the cloud records query shapes (the index-coverage test). */
  shapes?: QueryShapeLog
}

export function storeView(store: Store): DocView {
  return {
    exists: (collection) => store.has(collection),
    get: (collection, id) => store.get(collection, id),
    list: (collection) => store.list(collection),
  }
}

/** Outside a transaction a plan is made and committed under the lock; inside, it is buffered. */
async function write<T>(
  engine: Engine,
  transactionId: string | undefined,
  plan: (view: DocView) => Plan<T>,
): Promise<T> {
  if (transactionId) {
    const planned = plan(engine.transactions.view(transactionId))
    engine.transactions.buffer(transactionId, planned.writes)
    return planned.result
  }
  return engine.lock.run(async () => {
    const planned = plan(storeView(engine.store))
    await engine.store.commit(planned.writes)
    return planned.result
  })
}

function isDocRequest(req: AdminRequest, transactionId: string | undefined): boolean {
  const isDoc = text(req, 'queryType') === 'DOC'
  if (transactionId && !isDoc) throw invalidParam('a transaction can only read and write single documents: use doc(id)')
  return isDoc
}

/** A where() update or remove needs a where(); `where({})` is how to mean "everything". */
function filterOf(req: AdminRequest, isDoc: boolean, now: number): Doc {
  const query = ejsonObject(req, 'query', now)
  if (isDoc) return { _id: docIdOf(query) }
  if (!query) throw invalidParam('query is required: call where() first')
  return query
}

async function modify(engine: Engine, req: AdminRequest, now: number, transactionId?: string): Promise<unknown> {
  const collection = collectionOf(req)
  const isDoc = isDocRequest(req, transactionId)
  const filter = filterOf(req, isDoc, now)
  const data = ejsonObject(req, 'data', now)
  if (!data) throw invalidParam('data is required')
  const spec = {
    filter,
    data,
    merge: flag(req, 'merge', true),
    upsert: flag(req, 'upsert', false),
    multi: !isDoc && flag(req, 'multi', true),
  }
  return write(engine, transactionId, (view) => planModify(view, collection, spec))
}

/** The SDK only warns and drops these; a client that sends them is refused. */
const NOT_FOR_REMOVE = ['offset', 'limit', 'order', 'projection']

async function remove(engine: Engine, req: AdminRequest, now: number, transactionId?: string): Promise<unknown> {
  const collection = collectionOf(req)
  const refused = NOT_FOR_REMOVE.find((field) => req.params[field] !== undefined)
  if (refused) throw invalidParam(`${refused} is not supported in remove()`)
  const isDoc = isDocRequest(req, transactionId)
  const filter = filterOf(req, isDoc, now)
  const multi = !isDoc && flag(req, 'multi', true)
  return write(engine, transactionId, (view) => planRemove(view, collection, filter, multi))
}

async function insert(engine: Engine, req: AdminRequest, now: number, transactionId?: string): Promise<unknown> {
  const collection = collectionOf(req)
  const docs = ejsonList(req, 'data', now)
  return write(engine, transactionId, (view) => planInsert(view, collection, docs))
}

function requiredTransaction(transactionId: string | undefined): string {
  if (!transactionId) throw invalidParam('transactionId is required')
  return transactionId
}

async function addCollection(engine: Engine, req: AdminRequest): Promise<unknown> {
  const name = checkCollectionName(req.params.collectionName)
  return engine.lock.run(async () => {
    if (engine.store.has(name)) throw collectionExists(name)
    await engine.store.create(name)
    return {}
  })
}

export async function handleDatabase(engine: Engine, req: AdminRequest): Promise<unknown> {
  const now = engine.now()
  const transactionId = text(req, 'transactionId')
  engine.shapes?.record(req, now)
  switch (req.action) {
    case 'database.getDocument': {
      const view = transactionId ? engine.transactions.view(transactionId) : storeView(engine.store)
      isDocRequest(req, transactionId)
      return getDocuments(view, req, now)
    }
    case 'database.calculateDocument':
      return countDocuments(storeView(engine.store), req, now)
    case 'database.aggregateDocuments':
      return aggregateDocuments(storeView(engine.store), req, now)
    case 'database.insertDocument':
      return insert(engine, req, now, transactionId)
    case 'database.modifyDocument':
      return modify(engine, req, now, transactionId)
    case 'database.removeDocument':
      return remove(engine, req, now, transactionId)
    case 'database.startTransaction':
      return { transactionId: engine.transactions.start() }
    case 'database.commitTransaction':
      await engine.transactions.commit(requiredTransaction(transactionId))
      return {}
    case 'database.abortTransaction':
      engine.transactions.abort(requiredTransaction(transactionId))
      return {}
    case 'database.addCollection':
      return addCollection(engine, req)
    default:
      throw new CloudApiError('INVALID_ACTION', `unknown database action: ${req.action}`)
  }
}
