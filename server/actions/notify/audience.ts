/** Who reads a notice: part of a branch (as an activity's expected members), or the bureau or chosen branches. */
import type { ExpectedSpec } from '../../../core/activity/types'
import type { BureauAudience } from '../../../core/contract/notify-views'
import { DomainError, type ErrorCode } from '../../../core/errors'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import { resolveExpected } from '../activity/expected'
import { membersByIds } from './members'

const AS_NOTICE: Partial<Record<ErrorCode, ErrorCode>> = {
  'ACTIVITY.NO_EXPECTED': 'NOTICE.NO_READERS',
  'ACTIVITY.BAD_GROUP': 'NOTICE.BAD_GROUP',
  'ACTIVITY.BAD_MEMBERS': 'NOTICE.BAD_MEMBERS',
}

/** A branch's readers by the same rules as an activity's expected members, refused in a notice's words. */
export async function branchReaders(db: Db, branchId: string, spec: ExpectedSpec): Promise<MemberDoc[]> {
  try {
    return await membersByIds(db, await resolveExpected(db, branchId, spec))
  } catch (error) {
    const code = error instanceof DomainError ? AS_NOTICE[error.code] : undefined
    if (code) throw new DomainError(code)
    throw error
  }
}

export async function bureauReaders(db: Db, audience: BureauAudience): Promise<MemberDoc[]> {
  const _ = db.command
  const branches = await findAll<OrgDoc>(db, 'orgs', { kind: 'branch', status: 'active' })
  const chosen = audience.kind === 'bureau' ? branches : branches.filter((b) => audience.branchIds.includes(b._id))
  if (audience.kind === 'branches' && chosen.length !== new Set(audience.branchIds).size) {
    throw new DomainError('NOTICE.BAD_BRANCHES')
  }
  const readers = await findAll<MemberDoc>(db, 'members', {
    status: 'active',
    branchId: _.in(chosen.map((b) => b._id)),
  })
  if (readers.length === 0) throw new DomainError('NOTICE.NO_READERS')
  return readers
}
