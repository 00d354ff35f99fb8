/** What members and secretaries see of the roster. */
import type { BindingCodeState, BranchRoster, MemberRow, MyPage, Profile } from '../../core/contract'
import { DomainError } from '../../core/errors'
import type { BindingCodeDoc, MemberDoc, OrgDoc } from '../model'
import { scopeBranch } from '../runtime/access'
import { findAll, findById } from '../runtime/store'
import type { ActionContext } from '../runtime/types'
import { whoami } from './session'
import { unreadCount } from './notify/inbox'
import { myProxyLinks } from './proxy/mine'

export async function getProfile(_input: object, ctx: ActionContext): Promise<Profile> {
  const member = ctx.caller.member as MemberDoc
  const [branch, group] = await Promise.all([
    findById<OrgDoc>(ctx.db, 'orgs', member.branchId),
    member.groupId ? findById<OrgDoc>(ctx.db, 'orgs', member.groupId) : Promise.resolve(null),
  ])
  return {
    id: member._id,
    name: member.name,
    branchName: branch?.name ?? '',
    groupName: group?.name ?? null,
    joinDate: member.joinDate,
    role: member.role,
    duty: member.duty,
    probationary: member.probationary,
  }
}

/** 我的 in one call: the session, and the roster entry when there is one. */
export async function getMyPage(_input: object, ctx: ActionContext): Promise<MyPage> {
  const member = ctx.caller.member
  const [session, profile, unreadNotices, proxy] = await Promise.all([
    whoami({}, ctx),
    member ? getProfile({}, ctx) : Promise.resolve(null),
    member ? unreadCount(ctx.db, member) : Promise.resolve(0),
    member ? myProxyLinks({}, ctx) : Promise.resolve(null),
  ])
  const page: MyPage = { session, profile, unreadNotices }
  if (proxy && proxy.recordFor.length + proxy.recordedBy.length > 0) {
    page.proxy = { recordFor: proxy.recordFor.length, recordedBy: proxy.recordedBy.length }
  }
  return page
}

function codeState(code: BindingCodeDoc | undefined, now: number): MemberRow['code'] {
  if (!code) return { state: 'none', expiresAt: null }
  const state: BindingCodeState = code.status === 'active' && code.expiresAt <= now ? 'expired' : code.status
  return { state, expiresAt: code.expiresAt }
}

export function toMemberRow(
  m: MemberDoc,
  groupNames: Map<string, string>,
  code: BindingCodeDoc | undefined,
  now: number,
): MemberRow {
  return {
    id: m._id,
    name: m.name,
    role: m.role,
    duty: m.duty,
    groupName: m.groupId ? (groupNames.get(m.groupId) ?? null) : null,
    joinDate: m.joinDate,
    probationary: m.probationary,
    duesCategory: m.duesCategory,
    duesBaseFen: m.duesBaseFen,
    bound: !!m.openid,
    code: codeState(code, now),
  }
}

const ROLE_ORDER = { secretary: 0, committee: 1, member: 2 }

/** A branch's members with their binding state, in one call. */
export async function listBranchMembers(input: { branchId?: string }, ctx: ActionContext): Promise<BranchRoster> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND')
  const [members, groups, codes] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    findAll<OrgDoc>(ctx.db, 'orgs', { parentId: branchId, kind: 'group' }),
    findAll<BindingCodeDoc>(ctx.db, 'bindingCodes', { branchId }),
  ])
  const groupNames = new Map(groups.map((g) => [g._id, g.name]))
  const codeByMember = new Map(codes.map((c) => [c.memberId, c]))
  const now = ctx.now()
  const rows = members
    .map((m) => toMemberRow(m, groupNames, codeByMember.get(m._id), now))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'zh'))
  return { branch: { id: branch._id, name: branch.name }, members: rows }
}
