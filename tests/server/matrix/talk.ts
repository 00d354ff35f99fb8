import type { adminTalkActions, memberTalkActions, secretaryTalkActions } from '../../../core/contract/talk'
import { chinaDate, chinaMonth } from '../../../core/dates'
import { WORLD } from '../../helpers/cloud'
import { testNow } from '../../helpers/now'
import { aTalk, insertTalks } from '../../helpers/talk-mothers'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

const year = () => Number(chinaMonth(testNow()).slice(0, 4))

/** A talk member A1 recorded with member A2: only A1 corrects or withdraws it; no one else finds it. */
const a1Talk = async (cloud: Parameters<typeof insertTalks>[0]) => (await insertTalks(cloud, [aTalk(cloud)]))[0]!._id
const notA1 = { otherSecretary: 'TALK.NOT_FOUND', secretary: 'TALK.NOT_FOUND', admin: 'TALK.NOT_FOUND' } as const

export const member: MatrixPart<'member', typeof memberTalkActions> = {
  'talk.mine': { allowed: MEMBERS, input: () => ({}) },
  'talk.record': {
    allowed: MEMBERS,
    input: (cloud) => ({ partnerId: WORLD.memberA2, date: chinaDate(cloud.clock.now()), notes: '聊了聊近况' }),
    // Member A2 is not of branch B.
    refused: { otherSecretary: 'TALK.NOT_IN_BRANCH' },
  },
  'talk.correct': {
    allowed: MEMBERS,
    input: async (cloud) => ({
      talkId: await a1Talk(cloud),
      partnerId: WORLD.secretaryA,
      date: chinaDate(cloud.clock.now()),
      notes: '',
      reason: '记错了人',
    }),
    refused: notA1,
  },
  'talk.withdraw': {
    allowed: MEMBERS,
    input: async (cloud) => ({ talkId: await a1Talk(cloud), reason: '重复记录' }),
    refused: notA1,
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryTalkActions> = {
  'talk.coverage': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, year: year() }) },
  'talk.setting': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA, year: year(), kinds: ['committeeMember', 'memberMember'] }),
  },
}

export const admin: MatrixPart<'admin', typeof adminTalkActions> = {
  'talk.shares': { allowed: ADMINS, input: () => ({ year: year() }) },
}
