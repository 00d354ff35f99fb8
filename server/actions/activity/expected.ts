/** Who is expected at an activity: the branch, its 支委, a 党小组, or named members → member ids. */
import type { ActivityType, ExpectedSpec } from '../../../core/activity/types'
import { DomainError } from '../../../core/errors'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { Db } from '../../runtime/types'

/** 支委会 is for the 支委; 党小组会 names its group; everything else is the whole branch. */
export function defaultExpected(type: ActivityType): ExpectedSpec {
  return type === 'committeeMeeting' ? { kind: 'committee' } : { kind: 'branch' }
}

async function membersOf(db: Db, branchId: string, spec: ExpectedSpec): Promise<MemberDoc[]> {
  const _ = db.command
  switch (spec.kind) {
    case 'branch':
      return findAll<MemberDoc>(db, 'members', { branchId, status: 'active' })
    case 'committee':
      return findAll<MemberDoc>(db, 'members', { branchId, status: 'active', role: _.in(['secretary', 'committee']) })
    case 'group': {
      const group = await findById<OrgDoc>(db, 'orgs', spec.groupId)
      if (!group || group.kind !== 'group' || group.parentId !== branchId) throw new DomainError('ACTIVITY.BAD_GROUP')
      return findAll<MemberDoc>(db, 'members', { branchId, status: 'active', groupId: spec.groupId })
    }
    case 'members': {
      const ids = [...new Set(spec.memberIds)]
      const found = await findAll<MemberDoc>(db, 'members', { _id: _.in(ids) })
      if (found.length !== ids.length || found.some((m) => m.branchId !== branchId || m.status !== 'active')) {
        throw new DomainError('ACTIVITY.BAD_MEMBERS')
      }
      return found
    }
  }
}

/** The expected member ids, sorted; refuses a spec that names nobody or someone outside the branch. */
export async function resolveExpected(db: Db, branchId: string, spec: ExpectedSpec): Promise<string[]> {
  const members = await membersOf(db, branchId, spec)
  if (members.length === 0) throw new DomainError('ACTIVITY.NO_EXPECTED')
  return members.map((m) => m._id).sort()
}
