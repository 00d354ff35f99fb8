/** 组织关系转接, 外出 and 失去联系 documents (issue 26). Nothing here is deleted. */
import type { AbsenceKind, AbsenceState, ContactWay, TransferState } from '../../../core/transfer/types'

/**
 * A transfer out of the bureau (`direction: 'out'`): started by the secretary, issued by the office
 * (the 介绍信's number, validity and 党费交至 read from the ledger on that day), completed by its 回执.
 * Or a transfer in (`direction: 'in'`): the incoming letter as the secretary recorded it.
 */
export interface TransferDoc {
  _id: string
  direction: 'out' | 'in'
  memberId: string
  memberName: string
  branchId: string
  /** 转出: where to; 转入: where from. */
  other: string
  reason: string
  state: TransferState
  requestedAt: number
  requestedById: string | null
  requestedByName: string
  letter: {
    letterNo: string
    issuedOn: string
    validDays: number
    validUntil: string
    duesPaidThrough: string | null
    issuedAt: number
    issuedByName: string
  } | null
  receipt: { receivedOn: string; note: string; at: number; byName: string } | null
  cancel: { reason: string; at: number; byName: string } | null
  /** The secretary was told the letter is about to lapse without its 回执: never told twice. */
  receiptRemindedAt: number | null
  /** 转入 only: the letter's details. */
  arrival: { duesPaidThrough: string; joinDate: string; probationary: boolean; arrivedOn: string } | null
}

/** A 外出: study, secondment, other; at most 6 months, then a transfer. */
export interface AbsenceDoc {
  _id: string
  memberId: string
  memberName: string
  branchId: string
  kind: AbsenceKind
  place: string
  fromOn: string
  returnOn: string
  state: AbsenceState
  returnedOn: string | null
  createdAt: number
  createdByName: string
}

/** One attempt to reach a member out of touch. */
export interface ContactAttemptDoc {
  _id: string
  memberId: string
  branchId: string
  on: string
  way: ContactWay
  note: string
  contentVerdict: 'pass' | 'review'
  createdAt: number
  byId: string | null
  byName: string
}

/** The bureau's settings for transfers and 党内统计, `_id` = `bureau`. */
export interface TransferSettingsDoc {
  _id: string
  validityDefaultDays: number
  statsFields: { sex: boolean; education: boolean }
  updatedAt: number
  updatedByName: string
}
