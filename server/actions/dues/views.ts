/** Documents → what the screens read. */
import type { CurrentAmount, PaymentEntry } from '../../../core/contract/dues'
import { chinaDate } from '../../../core/dates'
import { amountForMonth, computeAmount } from '../../../core/dues'
import type { MemberDoc } from '../../model'
import type { DuesAmountDoc, DuesPaymentDoc, DuesSettingsDoc } from './model'

export function toEntry(doc: DuesPaymentDoc, allIds: Set<string>, receiptUrl: string | null = null): PaymentEntry {
  const reversal = `${doc._id}_rev`
  return {
    id: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    branchId: doc.branchId,
    kind: doc.kind,
    status: doc.status,
    via: doc.via,
    months: doc.months,
    amountFen: doc.amountFen,
    method: doc.method,
    receiptFileID: doc.receiptFileID,
    receiptUrl,
    reportedAt: doc.reportedAt,
    reportedByName: doc.reportedBy.name,
    confirmedAt: doc.confirmedAt,
    confirmedByName: doc.confirmedBy?.name ?? null,
    rejectedAt: doc.rejectedAt,
    rejectedByName: doc.rejectedBy?.name ?? null,
    rejectReason: doc.rejectReason,
    note: doc.note,
    correctsId: doc.correctsId,
    reason: doc.reason,
    correctedById: allIds.has(reversal) ? reversal : null,
  }
}

export function newestFirst(a: DuesPaymentDoc, b: DuesPaymentDoc): number {
  return b.reportedAt - a.reportedAt || (a._id < b._id ? 1 : -1)
}

/** The amount in force in a month: a confirmed record, or the roster's provisional amount. */
export function currentAmount(
  member: MemberDoc,
  settings: DuesSettingsDoc,
  records: DuesAmountDoc[],
  month: string,
  now: number,
): CurrentAmount | null {
  const record = amountForMonth(records, month)
  if (record) {
    return {
      effectiveFrom: record.effectiveFrom,
      category: record.category,
      baseFen: record.baseFen,
      regulationFen: record.regulationFen,
      monthlyFen: record.monthlyFen,
      rateBp: record.rateBp,
      reduction: record.reduction,
      confirmed: true,
    }
  }
  const computed = computeAmount(
    { category: member.duesCategory, baseFen: member.duesBaseFen, farmerFen: settings.farmerFen, reduction: null },
    chinaDate(now),
  )
  if (!computed.ok) return null
  return {
    effectiveFrom: null,
    category: member.duesCategory,
    baseFen: member.duesBaseFen,
    regulationFen: computed.regulationFen,
    monthlyFen: computed.monthlyFen,
    rateBp: computed.rateBp,
    reduction: null,
    confirmed: false,
  }
}
