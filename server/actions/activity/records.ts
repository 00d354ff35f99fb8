/**
 * Idempotent writes by deterministic id: a record keyed `${activityId}_${memberId}` is written
 * once; a second writer (a double tap, a concurrent close, a retried timer) finds the first.
 */
import { addOnce as addOrGet, isDuplicateKey } from '../../runtime/request-key'
import type { Filter } from '../../runtime/sdk'
import type { Db } from '../../runtime/types'
import type { AttendanceDoc, AttendanceVersion } from './model'

/** The id of a member's record for an activity (attendance, leave, 补学). */
export function recordId(activityId: string, memberId: string): string {
  return `${activityId}_${memberId}`
}

/** The version of an attendance record that a correction replaces, for its history. */
export function versionOf(doc: AttendanceDoc, replacedAt: number): AttendanceVersion {
  return {
    status: doc.status,
    method: doc.method,
    at: doc.at,
    byName: doc.byName,
    reason: doc.reason,
    distanceM: doc.distanceM,
    replacedAt,
  }
}

export { addOrGet, isDuplicateKey }

const BATCH = 100

/**
 * Adds many documents, in batches; a batch that meets a duplicate (someone else wrote part of
 * it) is retried one by one. Returns what is stored under each id afterwards.
 */
export async function addManyOrGet<T extends { _id: string }>(
  db: Db,
  collection: string,
  docs: T[],
): Promise<{ created: number; docs: T[] }> {
  let created = 0
  const out: T[] = []
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH)
    try {
      await db.collection(collection).add({ data: batch as unknown as Filter[] })
      created += batch.length
      out.push(...batch)
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      for (const doc of batch) {
        const one = await addOrGet(db, collection, doc)
        if (one.created) created++
        out.push(one.doc)
      }
    }
  }
  return { created, docs: out }
}
