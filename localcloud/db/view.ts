/**
 * What a read or a write plan sees of the database: the committed store, or a transaction's
 * overlay of it. Plans decide on a view and return their writes; nothing here changes state.
 */
import type { Doc } from './ejson'
import { collectionNotExist } from './errors'
import { compileFilter } from './mongo'
import { isDocId } from './params'
import type { DocId } from './store'

export interface DocView {
  exists(collection: string): boolean
  get(collection: string, id: DocId): Doc | undefined
  /** Every document in natural order. */
  list(collection: string): Doc[]
}

/** WeChat creates collections only on deploy (or createCollection), never on first use. */
export function requireCollection(view: DocView, collection: string): void {
  if (!view.exists(collection)) throw collectionNotExist(collection)
}

/** `_id: { $in: [ids] }` (and nothing else on `_id`): the ids, for a lookup instead of a full test. */
function idsIn(id: unknown): Set<DocId> | null {
  if (!id || typeof id !== 'object' || Array.isArray(id)) return null
  const keys = Object.keys(id)
  const list = (id as Record<string, unknown>).$in
  if (keys.length !== 1 || !Array.isArray(list) || !list.every(isDocId)) return null
  return new Set(list as DocId[])
}

/**
 * The documents matching a filter, in natural order. An `_id` equality skips the scan; an
 * `_id: { $in }` (how functions read many records by id) tests only the documents it names.
 */
export function matching(view: DocView, collection: string, filter: Doc | undefined): Doc[] {
  requireCollection(view, collection)
  if (!filter || Object.keys(filter).length === 0) return view.list(collection)
  const test = compileFilter(filter)
  const id = filter._id
  if (isDocId(id)) return [view.get(collection, id)].filter((doc): doc is Doc => !!doc && test(doc))
  const named = idsIn(id)
  const candidates = named ? view.list(collection).filter((doc) => named.has(doc._id as DocId)) : view.list(collection)
  return candidates.filter(test)
}
