/**
 * Which recorded query shapes (localcloud/db/query-shapes.ts) no declared index serves.
 *
 * The rule, MongoDB's (CloudBase's database is MongoDB underneath) read plainly:
 * - A filter naming `_id` with a value is served by the built-in `_id` index.
 * - Otherwise an index serves the filter when its first key is a field the filter compares
 *   (with a value, `$in`, or a range): the database then reads only the matching part of the
 *   index instead of the whole collection. A `_id` range alone does not count: it is how
 *   `findAll` pages, not what selects the documents.
 * - A query that sorts on something other than `_id` must get its order from that same index:
 *   after the index keys the filter pins to one value, the next keys are the sort fields, in
 *   order, all in the declared direction or all reversed. Otherwise the database sorts in
 *   memory, which fails past its memory limit on a large collection.
 * - A filter on nothing is a page of the collection in some index's order (the audit log, newest
 *   first) when an index gives its sort; sorted by `_id` or not at all it reads the whole
 *   collection, which is accepted only for collections named small enough to read whole.
 */
import type { RecordedShape } from '../../localcloud/db/query-shapes'
import type { CollectionSpec } from '../../server/collections'

export type IndexKeys = Record<string, 1 | -1>

export interface Finding {
  shape: RecordedShape
  reason: string
}

function parseSort(sort: string[]): Array<[string, 1 | -1]> {
  return sort.map((s) => {
    const at = s.lastIndexOf(':')
    return [s.slice(0, at), s.slice(at + 1) === '-1' ? -1 : 1]
  })
}

/** The sort fields, without a trailing `_id` tie-break (every index ends in `_id` in effect). */
function meaningfulSort(shape: RecordedShape): Array<[string, 1 | -1]> {
  const sort = parseSort(shape.sort)
  while (sort.length > 0 && sort[sort.length - 1][0] === '_id') sort.pop()
  return sort
}

function selects(index: IndexKeys, shape: RecordedShape): boolean {
  const first = Object.keys(index)[0]
  return first !== undefined && first !== '_id' && (shape.equal.includes(first) || shape.other.includes(first))
}

/** Whether the index hands rows back already in the query's sort order. */
function orders(index: IndexKeys, shape: RecordedShape, sort: Array<[string, 1 | -1]>): boolean {
  const keys = Object.entries(index)
  let i = 0
  while (i < keys.length && shape.equal.includes(keys[i][0]) && !sort.some(([f]) => f === keys[i][0])) i += 1
  const rest = keys.slice(i, i + sort.length)
  if (rest.length < sort.length) return false
  const same = rest.every(([field, dir], n) => field === sort[n][0] && dir === sort[n][1])
  const reversed = rest.every(([field, dir], n) => field === sort[n][0] && dir === -sort[n][1])
  return same || reversed
}

function isWholeCollectionRead(shape: RecordedShape): boolean {
  return shape.equal.length === 0 && shape.other.filter((f) => f !== '_id').length === 0
}

/** Why no index serves this shape, or null when one does. */
export function whyUncovered(shape: RecordedShape, indexes: readonly IndexKeys[], readWhole: boolean): string | null {
  if (shape.equal.includes('_id')) return null
  const sort = meaningfulSort(shape)
  if (isWholeCollectionRead(shape)) {
    if (sort.length > 0 && indexes.some((index) => orders(index, shape, sort))) return null
    if (readWhole) return null
    return sort.length > 0
      ? `没有按 ${shape.sort.join(', ')} 排序的索引`
      : '读取整个集合，而这个集合没有标明可以整个读取'
  }
  const usable = indexes.filter((index) => selects(index, shape))
  if (usable.length === 0) return `没有以 ${[...shape.equal, ...shape.other].join(' / ')} 之一开头的索引`
  if (sort.length > 0 && !usable.some((index) => orders(index, shape, sort))) {
    return `有筛选用的索引，但排序 ${shape.sort.join(', ')} 不能由同一索引给出`
  }
  return null
}

/**
 * Every recorded shape that no declared index serves, and shapes on undeclared collections.
 * `readWhole` names the collections small enough to read whole.
 */
export function uncoveredQueries(
  shapes: RecordedShape[],
  collections: readonly CollectionSpec[],
  readWhole: ReadonlySet<string>,
): Finding[] {
  const byName = new Map(collections.map((c) => [c.name, c.indexes as readonly IndexKeys[]]))
  const findings: Finding[] = []
  for (const shape of shapes) {
    const indexes = byName.get(shape.collection)
    const reason =
      indexes === undefined
        ? '集合没有在 server/collections/ 中声明'
        : whyUncovered(shape, indexes, readWhole.has(shape.collection))
    if (reason !== null) findings.push({ shape, reason })
  }
  return findings
}

export function describeShape(shape: RecordedShape): string {
  const filter = [...shape.equal.map((f) => `${f}=`), ...shape.other.map((f) => `${f}~`)].join(' ') || '（全部）'
  const sort = shape.sort.length > 0 ? ` 排序 ${shape.sort.join(',')}` : ''
  return `${shape.collection}.${shape.kind} ${filter}${sort} ×${shape.count}`
}
