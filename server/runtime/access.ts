import { DomainError } from '../../core/errors'
import type { Access } from '../../core/contract/define'
import type { MemberDoc } from '../model'
import type { Caller } from './types'

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
