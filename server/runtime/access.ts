import { DomainError } from '../../core/errors'
import type { Access } from '../../core/contract/define'
import type { MemberDoc, OrgDoc } from '../model'
import { findById } from './store'
import type { Caller, Db } from './types'

export function isOfficer(member: MemberDoc | null): boolean {
  return !!member && (member.role === 'secretary' || member.role === 'committee')
}

/** Refuses a caller who may not call an action of this access level. */
export function checkAccess(access: Access, caller: Caller): void {
  if (access === 'timer') {
    if (caller.source !== 'wx_trigger') throw new DomainError('AUTH.TIMER_ONLY')
    return
  }
  if (!caller.openid) throw new DomainError('AUTH.NO_CALLER')
  switch (access) {
    case 'anyone':
      return
    case 'member':
      if (!caller.member) throw new DomainError('AUTH.NOT_BOUND')
      return
    case 'secretary':
      if (caller.isAdmin || isOfficer(caller.member)) return
      throw new DomainError(caller.member ? 'AUTH.FORBIDDEN' : 'AUTH.NOT_BOUND')
    case 'admin':
      if (caller.isAdmin) return
      throw new DomainError('AUTH.FORBIDDEN')
  }
}

/**
 * The branch an officer's action applies to: a secretary's own branch (asking for another is
 * refused), or for an admin the branch they name.
 */
export function scopeBranch(caller: Caller, requested: string | undefined): string {
  if (caller.isAdmin) {
    if (requested) return requested
    if (caller.member) return caller.member.branchId
    throw new DomainError('REQUEST.INVALID', '请选择支部', { branchId: '请选择支部' })
  }
  const own = caller.member?.branchId
  if (!own || !isOfficer(caller.member)) throw new DomainError('AUTH.FORBIDDEN')
  if (requested && requested !== own) throw new DomainError('AUTH.OTHER_BRANCH')
  return own
}

/**
 * An admin names the branch an officer's action applies to; every `branchId` in the contract is a
 * 支部. One that does not exist is refused here, before any handler can write under it (the abuse
 * suite found 转入 writing a member into a made-up branch before a later read refused it).
 * A secretary's own branch is checked by `scopeBranch`.
 */
export async function checkNamedBranch(db: Db, caller: Caller, input: unknown): Promise<void> {
  if (!caller.isAdmin || !input || typeof input !== 'object') return
  const branchId = (input as { branchId?: unknown }).branchId
  if (typeof branchId !== 'string') return
  const org = await findById<OrgDoc>(db, 'orgs', branchId)
  if (!org || org.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND', '没有找到这个支部')
}
