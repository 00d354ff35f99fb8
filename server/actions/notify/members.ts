/** Readers by id, read in chunks so that no query is refused for its size or stops at a page. */
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import { chunks } from './ids'

export async function membersByIds(db: Db, ids: string[]): Promise<MemberDoc[]> {
  const out: MemberDoc[] = []
  for (const part of chunks([...new Set(ids)])) {
    out.push(...(await findAll<MemberDoc>(db, 'members', { _id: db.command.in(part) })))
  }
  return out
}
