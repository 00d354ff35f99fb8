import { addDays } from '../../../core/appraisal/rules'
import type { adminTransferActions, secretaryTransferActions } from '../../../core/contract/transfer'
import { chinaMonth } from '../../../core/dates'
import { addMonths } from '../../../core/dues/months'
import type { LocalCloud } from '../../../localcloud/server'
import { WORLD } from '../../helpers/cloud'
import { aTransfer, anAbsence, insertAbsences, insertTransfers, today } from '../../helpers/transfer-mothers'
import { ADMINS, BRANCH_OFFICERS, type MatrixPart } from './types'

/** Member A2's 转出 waiting for the office. */
const requested = async (cloud: LocalCloud) => (await insertTransfers(cloud, [aTransfer(cloud)]))[0]!._id
/** Member A2's 转出 issued five days ago. */
const issued = async (cloud: LocalCloud) =>
  (await insertTransfers(cloud, [aTransfer(cloud, { issuedOn: addDays(today(cloud), -5) })]))[0]!._id

export const secretary: MatrixPart<'secretary', typeof secretaryTransferActions> = {
  'transfer.page': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'transfer.start': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ memberId: WORLD.memberA2, destination: '中共某某县委组织部', reason: '工作调动' }),
  },
  'transfer.cancel': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ transferId: await requested(cloud), reason: '调动暂缓' }),
  },
  'transfer.receipt': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ transferId: await issued(cloud), receivedOn: today(cloud) }),
  },
  'transfer.letter': { allowed: BRANCH_OFFICERS, input: async (cloud) => ({ transferId: await issued(cloud) }) },
  'transfer.arrive': {
    allowed: BRANCH_OFFICERS,
    input: (cloud) => ({
      branchId: WORLD.branchA,
      name: '新转入党员',
      from: '中共某某区委机关工委',
      letterNo: '区机工转〔2026〕3号',
      duesPaidThrough: addMonths(chinaMonth(cloud.clock.now()), -1),
      joinDate: '2012-07-01',
      probationary: false,
      duesCategory: 'inService',
      duesBaseFen: 500000,
    }),
  },
  'absence.add': {
    allowed: BRANCH_OFFICERS,
    input: (cloud) => ({
      memberId: WORLD.memberA2,
      kind: 'study',
      place: '中央党校进修班',
      fromOn: today(cloud),
      returnOn: addDays(today(cloud), 60),
    }),
  },
  'absence.end': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      absenceId: (await insertAbsences(cloud, [anAbsence(cloud)]))[0]!._id,
      returnedOn: today(cloud),
    }),
  },
  'touch.page': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'touch.record': {
    allowed: BRANCH_OFFICERS,
    input: (cloud) => ({ memberId: WORLD.memberA2, on: today(cloud), way: 'phone', note: '电话未接通，已发短信' }),
  },
}

export const admin: MatrixPart<'admin', typeof adminTransferActions> = {
  'transfer.office': { allowed: ADMINS, input: () => ({}) },
  'transfer.issue': {
    allowed: ADMINS,
    input: async (cloud) => ({ transferId: await requested(cloud), letterNo: '机党转〔2026〕8号', validDays: 30 }),
  },
  'transfer.setting': {
    allowed: ADMINS,
    input: () => ({ validityDefaultDays: 60, statsFields: { sex: false, education: false } }),
  },
  'transfer.export': { allowed: ADMINS, input: () => ({}) },
  'stats.year': { allowed: ADMINS, input: () => ({}) },
  'stats.export': { allowed: ADMINS, input: () => ({}) },
}
