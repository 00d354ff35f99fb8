import type { memberProxyActions, secretaryProxyActions } from '../../../core/contract/proxy'
import { WORLD } from '../../helpers/cloud'
import {
  aMakeupTask,
  BRANCH_A_IDS,
  codeNow,
  insertActivity,
  insertActivityNow,
  insertDocs,
} from '../../helpers/activity-mothers'
import { grantLink } from '../../helpers/proxy-mothers'
import { BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/**
 * 甲党员一 (the matrix's member) holds a link to record for 甲未绑定 (no WeChat, as the elderly often
 * have none); every other bound caller —
 * the other branch's secretary, branch A's own secretary, the admin — holds none and is refused.
 */
const NOT_LINKED = {
  otherSecretary: 'PROXY.NOT_LINKED',
  secretary: 'PROXY.NOT_LINKED',
  admin: 'PROXY.NOT_LINKED',
} as const
const elderId = WORLD.unboundA

export const member: MatrixPart<'member', typeof memberProxyActions> = {
  'proxy.mine': { allowed: MEMBERS, input: () => ({}) },
  'proxy.member': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await grantLink(cloud, elderId)
      return { elderId }
    },
    refused: NOT_LINKED,
  },
  'proxy.activity': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await grantLink(cloud, elderId)
      return { elderId, activityId: (await insertActivityNow(cloud))._id }
    },
    refused: NOT_LINKED,
  },
  'proxy.signIn': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await grantLink(cloud, elderId)
      return { elderId, activityId: (await insertActivityNow(cloud))._id, code: codeNow(cloud) }
    },
    refused: NOT_LINKED,
  },
  'proxy.checkIn': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await grantLink(cloud, elderId)
      return { elderId, title: '收听党课录音', minutes: 30 }
    },
    refused: NOT_LINKED,
  },
  'proxy.makeup': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await grantLink(cloud, elderId)
      const activity = await insertActivity(cloud, { status: 'closed' })
      await insertDocs(
        cloud,
        'makeupTasks',
        BRANCH_A_IDS.map((id) => aMakeupTask(activity, id)),
      )
      return { elderId, activityId: activity._id, reflection: '老人口述：重温入党誓词，要发挥余热。' }
    },
    refused: NOT_LINKED,
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryProxyActions> = {
  'proxy.links': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'proxy.grant': {
    allowed: BRANCH_OFFICERS,
    input: () => ({
      elderId,
      proxyId: WORLD.memberA1,
      relation: 'family',
      note: '女儿',
      reason: '本人年过八旬、视力不好，请女儿代为记录',
    }),
  },
  'proxy.withdraw': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ linkId: await grantLink(cloud, elderId), reason: '本人已能自己使用' }),
  },
}
