import type { adminStudyActions, memberStudyActions, secretaryStudyActions } from '../../../core/contract/study'
import { asAdmin, asMember, asSecretary, WORLD } from '../../helpers/cloud'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/** An entry of branch A's 甲党员一, recorded today; other people cannot see or change it. */
const ownEntry = async (cloud: Parameters<typeof asMember>[0]) =>
  (await asMember(cloud, WORLD.memberA1).ok('member', 'study.checkIn', { title: '学习党章' })).id
const NOT_THEIRS = {
  otherSecretary: 'STUDY.ENTRY_NOT_FOUND',
  secretary: 'STUDY.ENTRY_NOT_FOUND',
  admin: 'STUDY.ENTRY_NOT_FOUND',
} as const

const branchItem = async (cloud: Parameters<typeof asSecretary>[0]) =>
  (await asSecretary(cloud, 'A').ok('secretary', 'studyItems.add', { title: '支部书目', kind: 'book' })).id
const bureauItem = async (cloud: Parameters<typeof asAdmin>[0]) =>
  (await asAdmin(cloud).ok('admin', 'studyItems.add', { title: '全局书目', kind: 'regulation' })).id

export const member: MatrixPart<'member', typeof memberStudyActions> = {
  'study.month': { allowed: MEMBERS, input: () => ({}) },
  'study.day': { allowed: MEMBERS, input: () => ({ day: '2026-03-02' }) },
  'study.checkIn': { allowed: MEMBERS, input: () => ({ title: '学习强国每日一题', minutes: 20 }) },
  'study.correct': {
    allowed: MEMBERS,
    input: async (cloud) => ({ entryId: await ownEntry(cloud), title: '学习党章总纲' }),
    refused: NOT_THEIRS,
  },
  'study.withdraw': {
    allowed: MEMBERS,
    input: async (cloud) => ({ entryId: await ownEntry(cloud) }),
    refused: NOT_THEIRS,
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryStudyActions> = {
  'study.branch': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'studyItems.add': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA, title: '《习近平谈治国理政》第四卷', kind: 'book' }),
  },
  'studyItems.edit': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ itemId: await branchItem(cloud), changes: { title: '支部书目（修订）' } }),
  },
  'studyItems.retire': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ itemId: await branchItem(cloud), reason: '本季度专题结束' }),
  },
}

export const admin: MatrixPart<'admin', typeof adminStudyActions> = {
  'study.overview': { allowed: ADMINS, input: () => ({}) },
  'studyItems.add': { allowed: ADMINS, input: () => ({ title: '中国共产党章程', kind: 'regulation' }) },
  'studyItems.edit': {
    allowed: ADMINS,
    input: async (cloud) => ({
      itemId: await bureauItem(cloud),
      changes: { period: { from: '2026-01', to: '2026-03' } },
    }),
  },
  'studyItems.retire': { allowed: ADMINS, input: async (cloud) => ({ itemId: await bureauItem(cloud) }) },
}
