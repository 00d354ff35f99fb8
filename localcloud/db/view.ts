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

/** The documents matching a filter, in natural order; an `_id` equality skips the scan. */
export function matching(view: DocView, collection: string, filter: Doc | undefined): Doc[] {
  requireCollection(view, collection)
  if (!filter || Object.keys(filter).length === 0) return view.list(collection)
  const test = compileFilter(filter)
  const id = filter._id
  const candidates = isDocId(id) ? [view.get(collection, id)].filter((doc): doc is Doc => !!doc) : view.list(collection)
  return candidates.filter(test)
}
