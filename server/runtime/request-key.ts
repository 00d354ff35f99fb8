/**
 * A retried tap must not do twice what it did once. The app sends a request key beside the action
 * (`{ action, input, requestKey }`: random, kept while it retries the same tap). The router scopes
 * it to the function, the action and the caller; a create action takes the ids of what it writes
 * from `keyedId`, so a retry after a lost answer or a crashed instance meets its own records (a
 * duplicate `_id`) and answers with them instead of writing new ones. Without a key (an older app,
 * a test) the ids are random, as before.
 */
import { createHash, randomBytes } from 'node:crypto'
import { DomainError } from '../../core/errors'
import { REQUEST_KEY_PATTERN } from '../../core/envelope'
import type { Filter } from './sdk'
import { findById } from './store'
import type { ActionContext, Db } from './types'

/** The key of one tap, for one caller and one action; null when the request came without one. */
export function scopedKey(raw: unknown, fn: string, action: string, openid: string): string | null {
  if (raw === undefined || raw === null) return null
  if (typeof raw !== 'string' || !REQUEST_KEY_PATTERN.test(raw)) {
    throw new DomainError('REQUEST.MALFORMED', '请求编号格式不对，请更新小程序后再试')
  }
  return createHash('sha256').update(`${fn}\u0000${action}\u0000${openid}\u0000${raw}`).digest('hex')
}

/**
 * `hexLength` hex characters naming one record of this request: the same on every retry of the
 * tap (with a key), fresh every time (without). `label` tells a request's records apart.
 */
export function keyedId(ctx: Pick<ActionContext, 'requestKey'>, label: string, hexLength = 16): string {
  if (!ctx.requestKey)
    return randomBytes(Math.ceil(hexLength / 2))
      .toString('hex')
      .slice(0, hexLength)
  return createHash('sha256').update(`${ctx.requestKey}\u0000${label}`).digest('hex').slice(0, hexLength)
}

/** WeChat refuses a duplicate `_id` with errCode -502001 and MongoDB's E11000 text. */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { errMsg?: unknown; message?: unknown } | null
  return /duplicate key|E11000/i.test(String(e?.errMsg ?? e?.message ?? ''))
}

/** Adds a document, or returns the one already stored under its id (an earlier try of the same tap). */
export async function addOnce<T extends { _id: string }>(
  db: Db,
  collection: string,
  doc: T,
): Promise<{ created: boolean; doc: T }> {
  try {
    await db.collection(collection).add({ data: doc as unknown as Filter })
    return { created: true, doc }
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    const existing = await findById<T>(db, collection, doc._id)
    if (!existing) throw error
    return { created: false, doc: existing }
  }
}
