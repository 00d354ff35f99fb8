/** What the 组织关系 screens are built from: each record as its view, the bureau's settings. */
import type { AbsenceView, ArrivalView, LetterDetails, TransferView } from '../../../core/contract/transfer'
import { monthLabel } from '../../../core/dues/months'
import { ABSENCE_KIND_LABELS, TRANSFER_STATE_LABELS } from '../../../core/transfer/labels'
import { TRANSFER_LIMITS } from '../../../core/transfer/limits'
import { firstDuesMonth, receiptReminderDue, validityWords } from '../../../core/transfer/rules'
import { chinaDate, dayWords } from '../../../core/dates'
import { findById } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { AbsenceDoc, TransferDoc, TransferSettingsDoc } from './model'

export const SETTINGS_ID = 'bureau'

export async function readTransferSettings(db: Db): Promise<TransferSettingsDoc> {
  const saved = await findById<TransferSettingsDoc>(db, 'transferSettings', SETTINGS_ID)
  return (
    saved ?? {
      _id: SETTINGS_ID,
      validityDefaultDays: TRANSFER_LIMITS.validityDefaultDays,
      statsFields: { sex: false, education: false },
      updatedAt: 0,
      updatedByName: '',
    }
  )
}

export function duesWords(paidThrough: string | null): string {
  return paidThrough ? monthLabel(paidThrough) : '无交纳记录'
}

export function letterDetails(letter: NonNullable<TransferDoc['letter']>, today: string): LetterDetails {
  return {
    letterNo: letter.letterNo,
    issuedOn: letter.issuedOn,
    validDays: letter.validDays,
    validUntil: letter.validUntil,
    validityWords: validityWords(letter.validUntil, today),
    duesPaidThrough: letter.duesPaidThrough,
    duesWords: duesWords(letter.duesPaidThrough),
    issuedByName: letter.issuedByName,
  }
}

export function transferView(doc: TransferDoc, branchName: string, today: string): TransferView {
  return {
    id: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    branchId: doc.branchId,
    branchName,
    destination: doc.other,
    reason: doc.reason,
    state: doc.state,
    stateLabel: TRANSFER_STATE_LABELS[doc.state],
    requestedOn: chinaDate(doc.requestedAt),
    requestedByName: doc.requestedByName,
    letter: doc.letter ? letterDetails(doc.letter, today) : null,
    receipt: doc.receipt
      ? { receivedOn: doc.receipt.receivedOn, note: doc.receipt.note, byName: doc.receipt.byName }
      : null,
    cancelReason: doc.cancel?.reason ?? '',
    receiptDue: doc.state === 'issued' && !!doc.letter && receiptReminderDue(doc.letter.validUntil, today),
  }
}

export function arrivalView(doc: TransferDoc, bound: boolean): ArrivalView {
  const a = doc.arrival as NonNullable<TransferDoc['arrival']>
  return {
    id: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    from: doc.other,
    letterNo: doc.letter?.letterNo ?? '',
    arrivedOn: a.arrivedOn,
    joinDate: a.joinDate,
    probationary: a.probationary,
    duesPaidThrough: a.duesPaidThrough,
    duesWords: `党费交至${monthLabel(a.duesPaidThrough)}，从${monthLabel(firstDuesMonth(a.duesPaidThrough))}起在本支部交纳`,
    bound,
  }
}

export function absenceView(doc: AbsenceDoc, today: string): AbsenceView {
  const kindLabel = ABSENCE_KIND_LABELS[doc.kind]
  const words =
    doc.state === 'returned' && doc.returnedOn
      ? `${kindLabel}，已于${dayWords(doc.returnedOn)}返回`
      : `${kindLabel}，${dayWords(doc.fromOn)}至${dayWords(doc.returnOn)}`
  return {
    id: doc._id,
    memberId: doc.memberId,
    memberName: doc.memberName,
    kind: doc.kind,
    kindLabel,
    place: doc.place,
    fromOn: doc.fromOn,
    returnOn: doc.returnOn,
    state: doc.state,
    words,
    overdue: doc.state === 'away' && today > doc.returnOn,
  }
}

/** Open first (needing action), then the rest, latest first. */
export function byUrgency(a: TransferView, b: TransferView): number {
  const rank = (t: TransferView) => (t.state === 'issued' ? (t.receiptDue ? 0 : 1) : t.state === 'requested' ? 2 : 3)
  return rank(a) - rank(b) || (a.requestedOn < b.requestedOn ? 1 : a.requestedOn > b.requestedOn ? -1 : 0)
}
