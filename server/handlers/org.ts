/** The organisation, roster and binding (issue 3). */
import type { memberOrgActions, secretaryOrgActions, adminOrgActions } from '../../core/contract/org'
import type { sessionActions } from '../../core/contract/session'
import { listAudit } from '../actions/audit-list'
import { bind, issueCode, revokeBinding } from '../actions/binding'
import { markLeft, moveMember, updateMember } from '../actions/member-admin'
import { getMyPage, getProfile, listBranchMembers } from '../actions/members'
import { createOrg, orgTree, renameOrg } from '../actions/org'
import { importRoster, previewRoster } from '../actions/roster'
import { whoami } from '../actions/session'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof sessionActions & typeof memberOrgActions> = {
  'session.whoami': whoami,
  'binding.bind': bind,
  'profile.get': getProfile,
  'me.get': getMyPage,
}

export const secretary: HandlersFor<'secretary', typeof secretaryOrgActions> = {
  'members.list': listBranchMembers,
  'binding.issue': issueCode,
  'binding.revoke': revokeBinding,
}

export const admin: HandlersFor<'admin', typeof adminOrgActions> = {
  'org.tree': orgTree,
  'org.create': createOrg,
  'org.rename': renameOrg,
  'roster.preview': previewRoster,
  'roster.import': importRoster,
  'member.update': updateMember,
  'member.move': moveMember,
  'member.markLeft': markLeft,
  'audit.list': listAudit,
}

export const jobs: Record<string, Job> = {}
