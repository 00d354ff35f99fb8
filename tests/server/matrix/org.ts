import type { adminOrgActions, memberOrgActions, secretaryOrgActions } from '../../../core/contract/org'
import type { sessionActions } from '../../../core/contract/session'
import { asSecretary, WORLD } from '../../helpers/cloud'
import { ADMINS, BRANCH_OFFICERS, EVERYONE, MEMBERS, type MatrixPart } from './types'

const ROSTER = '姓名,支部,入党日期\n新同志,第一支部,2020-07-01'

export const member: MatrixPart<'member', typeof sessionActions & typeof memberOrgActions> = {
  'session.whoami': { allowed: EVERYONE, input: () => ({}) },
  'binding.bind': {
    allowed: EVERYONE,
    input: async (cloud) => ({
      name: '甲未绑定',
      code: (await asSecretary(cloud).ok('secretary', 'binding.issue', { memberId: WORLD.unboundA })).code,
    }),
    refused: {
      member: 'BINDING.ALREADY_BOUND',
      otherSecretary: 'BINDING.ALREADY_BOUND',
      secretary: 'BINDING.ALREADY_BOUND',
      admin: 'BINDING.ALREADY_BOUND',
    },
  },
  'profile.get': { allowed: MEMBERS, input: () => ({}) },
  'me.get': { allowed: EVERYONE, input: () => ({}) },
}

export const secretary: MatrixPart<'secretary', typeof secretaryOrgActions> = {
  'members.list': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'binding.issue': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.unboundA }) },
  'binding.revoke': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.memberA2, reason: '更换手机' }) },
}

export const admin: MatrixPart<'admin', typeof adminOrgActions> = {
  'org.tree': { allowed: ADMINS, input: () => ({}) },
  'org.create': { allowed: ADMINS, input: () => ({ kind: 'group', name: '新党小组', parentId: WORLD.branchA }) },
  'org.rename': { allowed: ADMINS, input: () => ({ orgId: WORLD.branchA, name: '第一党支部' }) },
  'roster.preview': { allowed: ADMINS, input: () => ({ text: ROSTER }) },
  'roster.import': { allowed: ADMINS, input: () => ({ text: ROSTER }) },
  'member.update': { allowed: ADMINS, input: () => ({ memberId: WORLD.memberA2, changes: { probationary: true } }) },
  'member.move': {
    allowed: ADMINS,
    input: () => ({ memberId: WORLD.memberA2, toBranchId: WORLD.branchB, reason: '工作调动' }),
  },
  'member.markLeft': {
    allowed: ADMINS,
    input: () => ({ memberId: WORLD.memberA2, leftDate: '2026-03-01', reason: '去世' }),
  },
  'audit.list': { allowed: ADMINS, input: () => ({}) },
}
