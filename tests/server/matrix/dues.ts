import type { adminDuesActions, memberDuesActions, secretaryDuesActions } from '../../../core/contract/dues'
import { aRecordedPayment, aReport, thisMonth, WORLD_MONTHLY_FEN } from '../../helpers/dues-mothers'
import { WORLD } from '../../helpers/cloud'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

const year = () => Number(thisMonth().slice(0, 4))

export const member: MatrixPart<'member', typeof memberDuesActions> = {
  'dues.my': { allowed: MEMBERS, input: () => ({}) },
  'dues.report': {
    allowed: MEMBERS,
    input: () => ({ months: [thisMonth()], amountFen: WORLD_MONTHLY_FEN, method: 'wechat' as const }),
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryDuesActions> = {
  'dues.branch': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'dues.member': { allowed: BRANCH_OFFICERS, input: () => ({ memberId: WORLD.memberA1 }) },
  'dues.amounts.list': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, year: year() }) },
  'dues.amounts.preview': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA, year: year(), rows: [{ memberId: WORLD.memberA1, base: '3000.01' }] }),
  },
  'dues.amounts.confirm': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ branchId: WORLD.branchA, year: year(), text: '姓名\t基数\n甲党员一\t3000.01' }),
  },
  'dues.ledger': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
  'dues.payment.confirm': { allowed: BRANCH_OFFICERS, input: async (cloud) => ({ paymentId: await aReport(cloud) }) },
  'dues.payment.reject': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ paymentId: await aReport(cloud), reason: '未收到转账' }),
  },
  'dues.payment.record': {
    allowed: BRANCH_OFFICERS,
    input: () => ({
      memberId: WORLD.memberA2,
      months: [thisMonth()],
      amountFen: WORLD_MONTHLY_FEN,
      method: 'cash' as const,
    }),
  },
  'dues.payment.correct': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ paymentId: await aRecordedPayment(cloud), reason: '登记错了人' }),
  },
  'dues.settings.set': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA, prepayLimit: 3 }) },
}

export const admin: MatrixPart<'admin', typeof adminDuesActions> = {
  'dues.collection': { allowed: ADMINS, input: () => ({ year: year() }) },
}
