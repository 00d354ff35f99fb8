import type { adminNotifyActions, memberNotifyActions, secretaryNotifyActions } from '../../../core/contract/notify'
import { WORLD } from '../../helpers/cloud'
import { aBranchNotice, aBureauNotice, aRemindableNotice } from '../../helpers/notify-mothers'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/** Branch B's secretary is not among branch A's readers. */
const NOT_A_READER = { otherSecretary: 'NOTICE.NOT_FOUND' } as const

export const member: MatrixPart<'member', typeof memberNotifyActions> = {
  'notice.inbox': { allowed: MEMBERS, input: () => ({}) },
  'notice.open': {
    allowed: MEMBERS,
    // The secretary writes branch A's notices; an older one gave her a copy to read as a member.
    input: async (cloud) => ({ noticeId: await aBranchNotice(cloud, { authorCopy: true }) }),
    refused: NOT_A_READER,
  },
  'notice.ack': {
    allowed: MEMBERS,
    input: async (cloud) => ({ noticeId: await aBranchNotice(cloud, { needReceipt: true, authorCopy: true }) }),
    refused: NOT_A_READER,
  },
  'reminders.get': { allowed: MEMBERS, input: () => ({}) },
  'reminders.set': { allowed: MEMBERS, input: () => ({ kind: 'activity' as const, on: false }) },
  'subscribe.record': {
    allowed: MEMBERS,
    input: () => ({ moment: 'settings' as const, results: { activity: 'accept' as const, dues: 'reject' as const } }),
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryNotifyActions> = {
  'notice.form': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'notice.publish': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA, title: '支部通知', body: '请按时参加支部党员大会。' }),
  },
  'notice.list': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'notice.detail': { allowed: BRANCH_OFFICERS, input: async (cloud) => ({ noticeId: await aBranchNotice(cloud) }) },
  'notice.remind': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ noticeId: await aRemindableNotice(cloud) }),
  },
}

export const admin: MatrixPart<'admin', typeof adminNotifyActions> = {
  'notice.form': { allowed: ADMINS, input: () => ({}) },
  'notice.publish': { allowed: ADMINS, input: () => ({ title: '机关党委通知', body: '请各支部按时报送材料。' }) },
  'notice.list': { allowed: ADMINS, input: () => ({}) },
  'notice.detail': { allowed: ADMINS, input: async (cloud) => ({ noticeId: await aBureauNotice(cloud) }) },
  'notice.remind': { allowed: ADMINS, input: async (cloud) => ({ noticeId: await aRemindableNotice(cloud, true) }) },
  'notice.review': {
    allowed: ADMINS,
    input: async (cloud) => {
      // `加微信` is one of the local cloud's default review words: the content check holds it.
      const held = await aBranchNotice(cloud, { title: '有事请加微信联系' })
      return { noticeId: held, decision: 'release' as const }
    },
  },
}
