/**
 * Typed reads over the cloud database that never silently stop at WeChat's page limits.
 */
import type { Filter } from './sdk'
import type { Db } from './types'

/** WeChat's server-side maximum documents per get. */
export const PAGE = 1000

/** A document by id, or null (the SDK's `doc().get()` throws when it is missing). */
export async function findById<T>(db: Db, collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get()
  return (res.data[0] as T | undefined) ?? null
}

/**
 * Every document matching a filter, read page by page in `_id` order so that nothing is
 * skipped or repeated, however many there are.
 */
export async function findAll<T extends { _id: string }>(db: Db, collection: string, filter: Filter): Promise<T[]> {
  const _ = db.command
  const out: T[] = []
  let after: string | null = null
  for (;;) {
    const where: Filter = after === null ? filter : _.and([filter, { _id: _.gt(after) }])
    const res = await db.collection(collection).where(where).orderBy('_id', 'asc').limit(PAGE).get()
    const page = res.data as T[]
    out.push(...page)
    if (page.length < PAGE) return out
    after = page[page.length - 1]._id
  }
}
