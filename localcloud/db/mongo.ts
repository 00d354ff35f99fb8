/**
 * MongoDB's query, update, sort, projection and aggregation language, by mingo. The SDK has
 * already translated its commands (`_.inc`, `_.gt`, ...) into MongoDB operators, so the
 * local cloud needs no language of its own. Inputs are the store's own objects: nothing here
 * may change them.
 */
import { Aggregator, ProcessingMode, Query, find, update } from 'mingo'
import type { Options } from 'mingo/types'
import { CloudApiError } from '../errors'
import { cloneDoc, type Doc } from './ejson'
import { invalidOperator } from './errors'

/** CloudBase runs no user scripts ($where, $function, $accumulator) on the server. */
const BASE_OPTIONS: Partial<Options> = { scriptEnabled: false }

/** Runs mingo and reports its complaints the way the server does: -502002 invalid command. */
function guard<T>(task: () => T): T {
  try {
    return task()
  } catch (error) {
    if (error instanceof CloudApiError) throw error
    throw invalidOperator(error instanceof Error ? error.message : String(error))
  }
}

export function compileFilter(filter: Doc): (doc: Doc) => boolean {
  const query = guard(() => new Query(filter, BASE_OPTIONS))
  return (doc) => guard(() => query.test(doc))
}

export interface Window {
  order?: Doc
  offset: number
  limit: number
  projection?: Doc
}

/** MongoDB keeps a document's field order under projection; mingo moves `_id` last. */
function inSourceOrder(source: Doc, projected: Doc): Doc {
  const out: Doc = {}
  for (const key of Object.keys(source)) if (key in projected) out[key] = projected[key]
  for (const key of Object.keys(projected)) if (!(key in out)) out[key] = projected[key]
  return out
}

/** Sort, skip, limit, then project: the order MongoDB applies them in. */
export function pageOf(docs: Doc[], window: Window): Doc[] {
  return guard(() => {
    let cursor = find<Doc>(docs, {}, undefined, BASE_OPTIONS)
    if (window.order && Object.keys(window.order).length > 0)
      cursor = cursor.sort(window.order as Record<string, 1 | -1>)
    const page = cursor.skip(window.offset).limit(window.limit).all()
    const projection = window.projection
    if (!projection || Object.keys(projection).length === 0) return page
    const projector = new Query({}, { ...BASE_OPTIONS, processingMode: ProcessingMode.CLONE_OUTPUT })
    return page.map((doc) => inSourceOrder(doc, projector.find<Doc>([doc], projection).all()[0] ?? {}))
  })
}

/**
 * Applies an update document (`$set`, `$inc`, `$push`, ...) to a copy. `filter` lets the
 * positional `$` operator find the matched array element, as in MongoDB.
 */
export function applyUpdate(doc: Doc, modifier: Doc, filter: Doc): { doc: Doc; modified: boolean } {
  const operators = Object.keys(modifier)
  if (operators.length === 0) throw invalidOperator('update document is empty')
  const plain = operators.find((key) => !key.startsWith('$'))
  if (plain !== undefined) throw invalidOperator(`update document must contain only update operators, found "${plain}"`)
  const copy = cloneDoc(doc)
  const changed = guard(() =>
    update(copy, modifier, undefined, filter, { cloneMode: 'deep', queryOptions: BASE_OPTIONS }),
  )
  if (copy._id !== doc._id)
    throw invalidOperator("Performing an update on the path '_id' would modify the immutable field '_id'")
  return { doc: copy, modified: changed.length > 0 }
}

/** Stages that write or run code have no place in a read. */
const REFUSED_STAGES = new Set(['$out', '$merge'])

export function aggregate(docs: Doc[], pipeline: Doc[], resolve: (collection: string) => Doc[]): Doc[] {
  for (const stage of pipeline) {
    const name = Object.keys(stage)[0] ?? ''
    if (REFUSED_STAGES.has(name)) throw invalidOperator(`stage ${name} is not allowed in aggregate`)
  }
  return guard(
    () =>
      new Aggregator(pipeline, {
        ...BASE_OPTIONS,
        processingMode: ProcessingMode.CLONE_ALL,
        collectionResolver: resolve,
      }).run(docs) as Doc[],
  )
}
