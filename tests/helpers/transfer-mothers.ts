/** 组织关系转接 test data: branch A's transfers out (requested, issued), absences and contact attempts. */
import { addDays } from '../../core/appraisal/rules'
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { AbsenceDoc, TransferDoc } from '../../server/actions/transfer/model'
import { insertDocs } from './activity-mothers'
import { WORLD } from './cloud'

export const today = (cloud: LocalCloud) => chinaDate(cloud.clock.now())

/** Member A2's 转出, requested by branch A's secretary (issued when `issuedOn` is given). */
export function aTransfer(
  cloud: LocalCloud,
  overrides: Partial<TransferDoc> & { issuedOn?: string; validDays?: number } = {},
): TransferDoc {
  const { issuedOn, validDays = 30, ...rest } = overrides
  const letter = issuedOn
    ? {
        letterNo: '机党转〔2026〕7号',
        issuedOn,
        validDays,
        validUntil: addDays(issuedOn, validDays - 1),
        duesPaidThrough: null,
        issuedAt: cloud.clock.now(),
        issuedByName: '机关党委管理员',
      }
    : null
  return {
    _id: 'tr-a2',
    direction: 'out',
    memberId: WORLD.memberA2,
    memberName: '甲党员二',
    branchId: WORLD.branchA,
    other: '中共某某市发展和改革委员会机关委员会',
    reason: '工作调动',
    state: issuedOn ? 'issued' : 'requested',
    requestedAt: cloud.clock.now() - 10 * 86_400_000,
    requestedById: WORLD.secretaryA,
    requestedByName: '甲书记',
    letter,
    receipt: null,
    cancel: null,
    receiptRemindedAt: null,
    arrival: null,
    ...rest,
  }
}

export async function insertTransfers(cloud: LocalCloud, docs: TransferDoc[]): Promise<TransferDoc[]> {
  await insertDocs(cloud, 'transfers', docs)
  return docs
}

export function anAbsence(cloud: LocalCloud, overrides: Partial<AbsenceDoc> = {}): AbsenceDoc {
  const from = addDays(today(cloud), -20)
  return {
    _id: 'abs-a1',
    memberId: WORLD.memberA1,
    memberName: '甲党员一',
    branchId: WORLD.branchA,
    kind: 'study',
    place: '省委党校中青班',
    fromOn: from,
    returnOn: addDays(from, 90),
    state: 'away',
    returnedOn: null,
    createdAt: cloud.clock.now(),
    createdByName: '甲书记',
    ...overrides,
  }
}

export async function insertAbsences(cloud: LocalCloud, docs: AbsenceDoc[]): Promise<AbsenceDoc[]> {
  await insertDocs(cloud, 'absences', docs)
  return docs
}
