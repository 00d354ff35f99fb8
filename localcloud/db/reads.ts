/**
 * get, count and aggregate, with WeChat's server-side limits: a get returns 100 documents
 * unless told otherwise and never more than 1000; an aggregate returns 20 unless its pipeline
 * has a `$limit`; no result may exceed 1 MB.
 */
import type { AdminRequest } from '../types'
import { cloneDoc, isPlainObject, parseEjson, stringifyEjson, type Doc } from './ejson'
import { invalidParam, querySizeExceeded } from './errors'
import { aggregate, pageOf } from './mongo'
import { collectionOf, docIdOf, ejsonObject, integer, text } from './params'
import { matching, requireCollection, type DocView } from './view'

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
export const AGGREGATE_DEFAULT_LIMIT = 20
/** Measured on the EJSON text of the documents returned. */
export const MAX_RESULT_BYTES = 1024 * 1024

export function encodeList(docs: Doc[]): string[] {
  let bytes = 0
  const list = docs.map((doc) => {
    const encoded = stringifyEjson(doc)
    bytes += Buffer.byteLength(encoded)
    return encoded
  })
  if (bytes > MAX_RESULT_BYTES) throw querySizeExceeded(bytes)
  return list
}

/**
 * wx-server-sdk clamps `limit` to 1000 before sending; a client that sends more is refused
 * rather than silently cut, the stricter of the two readings of "at most 1000".
 */
function limitOf(req: AdminRequest): number {
  const limit = integer(req, 'limit') ?? DEFAULT_LIMIT
  if (limit < 1 || limit > MAX_LIMIT) throw invalidParam(`limit must be between 1 and ${MAX_LIMIT}, got ${limit}`)
  return limit
}

function offsetOf(req: AdminRequest): number {
  const offset = integer(req, 'offset') ?? 0
  if (offset < 0) throw invalidParam(`offset must not be negative, got ${offset}`)
  return offset
}

export interface GetReply {
  list: string[]
  total: number
  limit: number
  offset: number
}

export function getDocuments(view: DocView, req: AdminRequest, now: number): GetReply {
  const collection = collectionOf(req)
  const query = ejsonObject(req, 'query', now)
  const projection = ejsonObject(req, 'projection', now)
  if (text(req, 'queryType') === 'DOC') {
    const found = matching(view, collection, { _id: docIdOf(query) })
    const page = pageOf(found, { offset: 0, limit: 1, projection })
    return { list: encodeList(page), total: page.length, limit: 1, offset: 0 }
  }
  const limit = limitOf(req)
  const offset = offsetOf(req)
  const order = ejsonObject(req, 'order', now)
  const found = matching(view, collection, query)
  const page = pageOf(found, { order, offset, limit, projection })
  return { list: encodeList(page), total: found.length, limit, offset }
}

export function countDocuments(view: DocView, req: AdminRequest, now: number): { total: number } {
  return { total: matching(view, collectionOf(req), ejsonObject(req, 'query', now)).length }
}

/** `stages` arrive as `[{ stageKey: '$match', stageValue: '<EJSON or JSON text>' }]`. */
function pipelineOf(req: AdminRequest, now: number): Doc[] {
  const stages = req.params.stages ?? []
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array')
  return stages.map((stage: unknown, index) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || typeof stage.stageValue !== 'string') {
      throw invalidParam(`stages[${index}] must be { stageKey, stageValue }`)
    }
    let value: unknown
    try {
      value = parseEjson(stage.stageValue, now)
    } catch {
      throw invalidParam(`stages[${index}].stageValue is not valid JSON`)
    }
    return { [stage.stageKey]: value }
  })
}

export function aggregateDocuments(view: DocView, req: AdminRequest, now: number): { list: string[] } {
  const collection = collectionOf(req)
  requireCollection(view, collection)
  const pipeline = pipelineOf(req, now)
  if (!pipeline.some((stage) => '$limit' in stage)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
  const foreign = new Map<string, Doc[]>()
  const resolve = (name: string): Doc[] => {
    // MongoDB's $lookup treats a missing collection as empty; copies keep later stages off the store.
    if (!foreign.has(name)) foreign.set(name, view.exists(name) ? view.list(name).map(cloneDoc) : [])
    return foreign.get(name) ?? []
  }
  return { list: encodeList(aggregate(view.list(collection), pipeline, resolve)) }
}
