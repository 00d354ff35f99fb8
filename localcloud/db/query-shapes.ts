/**
 * The shape of every query the database serves, when asked to record them: which fields a
 * filter compares for equality, which it compares otherwise (ranges, $ne, $exists …), and
 * which fields it sorts by — never the values. The index-coverage test compares these with
 * the indexes declared in server/collections/. Requests by `doc(id)` need no recording: the
 * built-in `_id` index serves them.
 */
import type { AdminRequest } from '../types'
import { isPlainObject, parseEjson, type Doc } from './ejson'
import { collectionOf, ejsonObject, text } from './params'

export type QueryKind = 'get' | 'count' | 'update' | 'remove' | 'aggregate'

export interface QueryShape {
  collection: string
  kind: QueryKind
  /** Fields compared with a value, `$eq` or `$in` (sorted). */
  equal: string[]
  /** Fields compared any other way: `$gt`, `$lt`, `$ne`, `$nin`, `$exists`, `$elemMatch` … (sorted). */
  other: string[]
  /** `field:1` / `field:-1`, in sort order. */
  sort: string[]
}

export interface RecordedShape extends QueryShape {
  /** How many requests had this shape. */
  count: number
}

type Fields = { equal: Set<string>; other: Set<string> }

const EQUALITY = new Set(['$eq', '$in'])
/** An `$or` with many branches multiplies shapes; past this many the rest are folded together. */
const MAX_ALTERNATIVES = 16

function isOperatorObject(value: unknown): value is Doc {
  return isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'))
}

function merge(a: Fields, b: Fields): Fields {
  return { equal: new Set([...a.equal, ...b.equal]), other: new Set([...a.other, ...b.other]) }
}

/** Every combination of one alternative from each list (an `$and` of `$or`s). */
function product(lists: Fields[][]): Fields[] {
  let out: Fields[] = [{ equal: new Set(), other: new Set() }]
  for (const list of lists) {
    const next = out.flatMap((left) => list.map((right) => merge(left, right)))
    out = next.length > MAX_ALTERNATIVES ? [next.reduce(merge)] : next
  }
  return out
}

/** Fields anywhere under a clause that no index can serve by itself ($nor, $not, $expr …). */
function allFields(filter: unknown, into: Set<string>): void {
  if (!isPlainObject(filter)) return
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$')) {
      if (Array.isArray(value)) value.forEach((v) => allFields(v, into))
      else allFields(value, into)
    } else into.add(key)
  }
}

/** The alternatives a filter can be served by: one per branch of each top-level `$or`. */
export function filterShapes(filter: Doc | undefined): Fields[] {
  const lists: Fields[][] = []
  for (const [key, value] of Object.entries(filter ?? {})) {
    if ((key === '$and' || key === '$or') && Array.isArray(value)) {
      const parts = value.filter(isPlainObject).map((clause) => filterShapes(clause))
      lists.push(...(key === '$and' ? parts : [parts.flat()]))
    } else if (key.startsWith('$')) {
      const other = new Set<string>()
      allFields(value, other)
      lists.push([{ equal: new Set(), other }])
    } else {
      const equal = !isOperatorObject(value) || Object.keys(value).every((op) => EQUALITY.has(op))
      lists.push([{ equal: new Set(equal ? [key] : []), other: new Set(equal ? [] : [key]) }])
    }
  }
  return product(lists.filter((list) => list.length > 0))
}

function sortOf(order: Doc | undefined): string[] {
  return Object.entries(order ?? {}).map(([field, dir]) => `${field}:${Number(dir) < 0 ? -1 : 1}`)
}

/** An aggregation is served by an index only through a leading `$match` (and `$sort`). */
function pipelineHead(req: AdminRequest, now: number): { match?: Doc; order?: Doc } {
  const stages = Array.isArray(req.params.stages) ? req.params.stages : []
  const head: { match?: Doc; order?: Doc } = {}
  for (const stage of stages.slice(0, 2)) {
    if (!isPlainObject(stage) || typeof stage.stageValue !== 'string') break
    const value = parseEjson(stage.stageValue, now)
    if (!isPlainObject(value)) break
    if (stage.stageKey === '$match' && head.match === undefined && head.order === undefined) head.match = value
    else if (stage.stageKey === '$sort' && head.order === undefined) head.order = value
    else break
  }
  return head
}

const KIND_OF: Record<string, QueryKind> = {
  'database.getDocument': 'get',
  'database.calculateDocument': 'count',
  'database.modifyDocument': 'update',
  'database.removeDocument': 'remove',
  'database.aggregateDocuments': 'aggregate',
}

/** The shapes of one request, or none for requests by `_id` and for writes that are not queries. */
export function requestShapes(req: AdminRequest, now: number): QueryShape[] {
  const kind = KIND_OF[req.action]
  if (!kind || text(req, 'queryType') === 'DOC' || text(req, 'transactionId')) return []
  const collection = collectionOf(req)
  const { match, order } =
    kind === 'aggregate'
      ? pipelineHead(req, now)
      : { match: ejsonObject(req, 'query', now), order: kind === 'get' ? ejsonObject(req, 'order', now) : undefined }
  const sort = sortOf(order)
  return filterShapes(match).map((fields) => ({
    collection,
    kind,
    equal: [...fields.equal].sort(),
    other: [...fields.other].sort(),
    sort,
  }))
}

export class QueryShapeLog {
  private readonly shapes = new Map<string, RecordedShape>()

  record(req: AdminRequest, now: number): void {
    for (const shape of requestShapes(req, now)) {
      const key = JSON.stringify(shape)
      const seen = this.shapes.get(key)
      if (seen) seen.count += 1
      else this.shapes.set(key, { ...shape, count: 1 })
    }
  }

  list(): RecordedShape[] {
    return [...this.shapes.values()].map((shape) => ({ ...shape }))
  }
}
