/**
 * What an insert, update, set or remove would write, decided on a view. The caller commits
 * the writes under the write lock (or buffers them in a transaction), so a plan and its
 * commit see the same state.
 */
import { stringifyEjson, type Doc } from './ejson'
import { duplicateKey, invalidOperator, invalidParam } from './errors'
import { newDocId } from './ids'
import { applyUpdate } from './mongo'
import { isDocId } from './params'
import type { DocId, Write } from './store'
import { matching, requireCollection, type DocView } from './view'

export interface Plan<T> {
  writes: Write[]
  result: T
}

/** MongoDB puts `_id` first; WeChat generates a 32-hex-character one when none is given. */
function withId(id: DocId, doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc
  return { _id: id, ...rest }
}

export function planInsert(view: DocView, collection: string, docs: Doc[]): Plan<{ insertedIds: DocId[] }> {
  requireCollection(view, collection)
  const seen = new Set<DocId>()
  const writes: Write[] = docs.map((doc) => {
    const id = doc._id === undefined ? newDocId() : doc._id
    if (!isDocId(id) || id === '') throw invalidParam('_id must be a non-empty string or a number')
    if (seen.has(id) || view.get(collection, id)) throw duplicateKey(collection, id)
    seen.add(id)
    return { collection, id, doc: withId(id, doc) }
  })
  return { writes, result: { insertedIds: writes.map((write) => write.id) } }
}

export interface ModifySpec {
  filter: Doc
  /** An update document (`merge: true`) or a whole replacement document (`merge: false`). */
  data: Doc
  merge: boolean
  upsert: boolean
  multi: boolean
}

function replacement(target: Doc, data: Doc): Doc {
  const operator = Object.keys(data).find((key) => key.startsWith('$'))
  if (operator !== undefined) throw invalidOperator(`a replacement document cannot contain ${operator}`)
  const id = target._id
  if (data._id !== undefined && data._id !== id) throw invalidParam('cannot change _id')
  if (!isDocId(id)) throw invalidParam('document has no valid _id')
  return withId(id, data)
}

function modified(target: Doc, spec: ModifySpec): { doc: Doc; modified: boolean } {
  if (spec.merge) return applyUpdate(target, spec.data, spec.filter)
  const doc = replacement(target, spec.data)
  return { doc, modified: stringifyEjson(doc) !== stringifyEjson(target) }
}

/** `updated` counts documents whose content changed, as MongoDB's nModified does. */
export function planModify(
  view: DocView,
  collection: string,
  spec: ModifySpec,
): Plan<{ updated: number; upsert_id?: DocId }> {
  const matched = matching(view, collection, spec.filter)
  const targets = spec.multi ? matched : matched.slice(0, 1)
  const writes: Write[] = []
  for (const target of targets) {
    const next = modified(target, spec)
    if (next.modified && isDocId(target._id)) writes.push({ collection, id: target._id, doc: next.doc })
  }
  if (targets.length > 0 || !spec.upsert) return { writes, result: { updated: writes.length } }
  const id = isDocId(spec.filter._id) ? spec.filter._id : newDocId()
  const doc = spec.merge ? applyUpdate({ _id: id }, spec.data, {}).doc : withId(id, replacement({ _id: id }, spec.data))
  return { writes: [{ collection, id, doc }], result: { updated: 0, upsert_id: id } }
}

export function planRemove(
  view: DocView,
  collection: string,
  filter: Doc | undefined,
  multi: boolean,
): Plan<{ deleted: number }> {
  const matched = matching(view, collection, filter)
  const targets = multi ? matched : matched.slice(0, 1)
  const writes: Write[] = []
  for (const target of targets) {
    if (isDocId(target._id)) writes.push({ collection, id: target._id, doc: null })
  }
  return { writes, result: { deleted: writes.length } }
}
