/**
 * Dues documents. Money is integer fen; months are China-time `YYYY-MM`; instants epoch ms.
 * Dues ledgers are kept 30 years under the accounting archive rules: nothing here is deleted.
 */
import type { PaymentMethod, ReductionView } from '../../../core/contract/dues'
import type { ChinaMonth } from '../../../core/dates'
import type { DuesCategory } from '../../model'

/** One per branch (`_id` = branch id); defaults apply until a secretary saves one. */
export interface DuesSettingsDoc {
  _id: string
  collectionDay: number
  prepayLimit: number
  farmerFen: number
  /** 支委 named to confirm and record payments (收缴人), beside the secretary. */
  treasurerIds: string[]
  /** First month billed in this branch (the month dues tracking began). */
  since: ChinaMonth
  /** The timer's mark: every member active at `billedAt` has bills through this month. */
  billedThrough: ChinaMonth | null
  billedAt: number
  updatedAt: number
  updatedBy: string | null
}

/**
 * A member's confirmed amount from a month on (`_id` = `${memberId}_${effectiveFrom}`):
 * in 机关 practice fixed once a year, with a new record from the month a base changes.
 */
export interface DuesAmountDoc {
  _id: string
  memberId: string
  branchId: string
  year: number
  effectiveFrom: ChinaMonth
  category: DuesCategory
  baseFen: number | null
  regulationFen: number | null
  rateBp: number | null
  reduction: ReductionView | null
  monthlyFen: number
  confirmedBy: { id: string | null; name: string }
  confirmedAt: number
}

/**
 * A member's bill for a month (`_id` = `${memberId}_${month}`), made by the timer on the
 * branch's collection day, or earlier when someone pays ahead. It carries the amount due
 * and the sum confirmed so far; `state` is what a report claims (open → reported), and
 * `rev` guards every change against a concurrent one.
 */
export interface DuesBillDoc {
  _id: string
  memberId: string
  branchId: string
  month: ChinaMonth
  dueFen: number | null
  /** The amount record it came from, or `roster` while the amount is unconfirmed. */
  amountId: string | null
  paidFen: number
  state: 'open' | 'reported' | 'settled' | 'noAmount'
  pendingPaymentId: string | null
  /** Payment entries whose amounts are in `paidFen`: applying one twice changes nothing. */
  applied: string[]
  rev: number
  createdAt: number
  updatedAt: number
}

/**
 * A payment entry, immutable once confirmed: a member's report (reported → confirmed or
 * rejected), a payment recorded in person (confirmed at once), or a correction reversing a
 * confirmed payment (`_id` = `${paymentId}_rev`, negative amounts, a reason).
 */
export interface DuesPaymentDoc {
  _id: string
  memberId: string
  memberName: string
  branchId: string
  kind: 'payment' | 'correction'
  via: 'report' | 'inPerson' | 'correction'
  status: 'reported' | 'confirmed' | 'rejected'
  months: Array<{ month: ChinaMonth; fen: number }>
  amountFen: number
  method: PaymentMethod
  receiptFileID: string | null
  note: string | null
  reportedAt: number
  reportedBy: { id: string | null; name: string }
  confirmedAt: number | null
  confirmedBy: { id: string | null; name: string } | null
  rejectedAt: number | null
  rejectedBy: { id: string | null; name: string } | null
  rejectReason: string | null
  correctsId: string | null
  reason: string | null
  /**
   * Whether the bills reflect this entry yet (claimed, paid in, or released). A use case
   * posts an entry to its bills right after writing it; the timer finishes any it left.
   */
  posted: boolean
  requestId: string
}
