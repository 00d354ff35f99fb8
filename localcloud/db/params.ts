/**
 * Reading the fields of a `database.*` request body, as @cloudbase/database 1.4.3 sends them:
 * `collectionName`; `query`, `order`, `projection` and update `data` as EJSON strings;
 * insert `data` as an array of EJSON strings; `offset`, `limit` as JSON numbers;
 * `queryType` 'WHERE' | 'DOC'; `multi`, `merge`, `upsert` booleans; `transactionId`.
 */
import type { AdminRequest } from '../types'
import { isPlainObject, parseEjson, type Doc } from './ejson'
import { invalidParam } from './errors'
import type { DocId } from './store'

/** Also what keeps a collection's file inside the data directory. */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

export function checkCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw invalidParam(`invalid collection name: ${JSON.stringify(name)}`)
  }
  return name
}

export function collectionOf(req: AdminRequest): string {
  return checkCollectionName(req.params.collectionName)
}

/** An EJSON object field; `undefined` when absent or empty (the SDK sends '' for "no filter"). */
export function ejsonObject(req: AdminRequest, field: string, now: number): Doc | undefined {
  const raw = req.params[field]
  if (raw === undefined || raw === null || raw === '') return undefined
  let value: unknown
  try {
    value = typeof raw === 'string' ? parseEjson(raw, now) : raw
  } catch {
    throw invalidParam(`${field} is not valid EJSON`)
  }
  if (!isPlainObject(value)) throw invalidParam(`${field} must be an object`)
  return value
}

export function ejsonList(req: AdminRequest, field: string, now: number): Doc[] {
  const raw = req.params[field]
  if (!Array.isArray(raw) || raw.length === 0) throw invalidParam(`${field} must be a non-empty array`)
  return raw.map((item, index) => {
    let value: unknown
    try {
      value = typeof item === 'string' ? parseEjson(item, now) : item
    } catch {
      throw invalidParam(`${field}[${index}] is not valid EJSON`)
    }
    if (!isPlainObject(value)) throw invalidParam(`${field}[${index}] must be an object`)
    return value
  })
}

export function integer(req: AdminRequest, field: string): number | undefined {
  const raw = req.params[field]
  if (raw === undefined || raw === null) return undefined
  if (typeof raw !== 'number' || !Number.isInteger(raw)) throw invalidParam(`${field} must be an integer`)
  return raw
}

export function flag(req: AdminRequest, field: string, fallback: boolean): boolean {
  const raw = req.params[field]
  return typeof raw === 'boolean' ? raw : fallback
}

export function text(req: AdminRequest, field: string): string | undefined {
  const raw = req.params[field]
  return typeof raw === 'string' && raw !== '' ? raw : undefined
}

export function isDocId(value: unknown): value is DocId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
}

/** The document a `queryType: 'DOC'` request names: its query is `{ _id }`. */
export function docIdOf(query: Doc | undefined): DocId {
  const id = query?._id
  if (!isDocId(id) || id === '') throw invalidParam('a document request needs a string or number _id')
  return id
}
