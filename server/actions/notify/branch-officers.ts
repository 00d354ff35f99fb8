/**
 * Whom a branch's timed reminders go to — its secretary, or its 支委 when it has none — and the
 * branch's name, read once for all the branches a run is about (the 整改, 限期改正, 党员发展 and
 * 组织关系 reminders).
 */
import type { Database } from '../../runtime/sdk'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'

export interface BranchOfficers {
  /** The branch's secretary; without one, its 支委. */
  officersOf(branchId: string): MemberDoc[]
  /** `机关第一党支部`, or `党支部` for a branch no longer found. */
  nameOf(branchId: string): string
}

export async function branchOfficers(db: Database, branchIds: string[]): Promise<BranchOfficers> {
  const _ = db.command
  const [people, branches] = await Promise.all([
    findAll<MemberDoc>(db, 'members', {
      branchId: _.in(branchIds),
      status: 'active',
      role: _.in(['secretary', 'committee']),
    }),
    findAll<OrgDoc>(db, 'orgs', { _id: _.in(branchIds) }),
  ])
  return {
    officersOf(branchId) {
      const own = people.filter((m) => m.branchId === branchId)
      const secretaries = own.filter((m) => m.role === 'secretary')
      return secretaries.length > 0 ? secretaries : own.filter((m) => m.role === 'committee')
    },
    nameOf: (branchId) => branches.find((b) => b._id === branchId)?.name ?? '党支部',
  }
}
