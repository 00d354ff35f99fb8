/**
 * What the 党费 screens show (issue 6): labels and the result types of every dues action, in
 * integer fen. No schemas here, so the app can import it without valibot.
 */
import type { ChinaDate, ChinaMonth } from '../dates'
import type { DuesCategory } from './org'
import type { ArrearsLevel, DuesMonthStatus, PaymentMethod } from './dues-labels'
import type { MonthCollection } from '../dues/collection'

export * from './dues-labels'

export type AmountSource = 'confirmed' | 'carried' | 'roster' | 'missing'

export type ReductionKind = 'reduced' | 'exempt'
export interface ReductionView {
  kind: ReductionKind
  monthlyFen: number
  approvedBy: string
  approvedOn: ChinaDate
  reason: string
}

export interface DuesSettings {
  branchId: string
  /** Day of the month the bills appear (1–28). */
  collectionDay: number
  /** Months one may prepay, and months of arrears a member may pay themselves. */
  prepayLimit: number
  /** Farmers' monthly amount (20–100 fen). */
  farmerFen: number
  /** 支委 the secretary named to confirm and record payments (收缴人). */
  treasurers: Array<{ id: string; name: string }>
  /** First month billed in this branch. */
  since: ChinaMonth
}

export interface DuesMonth {
  month: ChinaMonth
  dueFen: number | null
  paidFen: number
  /** Still to pay: due − paid, never negative. */
  owedFen: number
  status: DuesMonthStatus
}

export interface ArrearsInfo {
  /** Past months unpaid (not counting months reported and waiting). */
  months: ChinaMonth[]
  owedFen: number
  /** Longest run of consecutive unpaid months. */
  consecutive: number
  level: ArrearsLevel
}

/** A choice of months to pay in one go: always the earliest unpaid ones first. */
export interface PayOption {
  months: ChinaMonth[]
  totalFen: number
  /** e.g. `2026年3月—5月，3个月`. */
  label: string
  arrearsCount: number
  prepayCount: number
}

export interface PaymentEntry {
  id: string
  memberId: string
  memberName: string
  branchId: string
  /** A correction reverses a confirmed payment: its amounts are negative. */
  kind: 'payment' | 'correction'
  status: 'reported' | 'confirmed' | 'rejected'
  /** `report` by the member; `inPerson` recorded by the secretary; `correction`. */
  via: 'report' | 'inPerson' | 'correction'
  months: Array<{ month: ChinaMonth; fen: number }>
  amountFen: number
  method: PaymentMethod
  receiptFileID: string | null
  /** A temporary link to the receipt photo (lists of payments waiting only). */
  receiptUrl: string | null
  reportedAt: number
  reportedByName: string
  confirmedAt: number | null
  confirmedByName: string | null
  rejectedAt: number | null
  rejectedByName: string | null
  rejectReason: string | null
  note: string | null
  /** On a correction: the payment it reverses, and why. */
  correctsId: string | null
  reason: string | null
  /** On a confirmed payment: its correction, if it was reversed. */
  correctedById: string | null
}

export interface CurrentAmount {
  effectiveFrom: ChinaMonth | null
  category: DuesCategory
  baseFen: number | null
  regulationFen: number | null
  monthlyFen: number
  rateBp: number | null
  reduction: ReductionView | null
  /** False while the secretary has not confirmed it (computed from the roster). */
  confirmed: boolean
}

/** The member's 党费 page (and the secretary's view of one member) in one call. */
export interface MemberDuesView {
  member: { id: string; name: string; branchId: string; branchName: string; probationary: boolean }
  settings: { collectionDay: number; prepayLimit: number }
  today: ChinaDate
  currentMonth: ChinaMonth
  /** First month this member pays (预备党员: the month they were admitted). */
  firstMonth: ChinaMonth
  amount: CurrentAmount | null
  thisMonth: DuesMonth
  arrears: ArrearsInfo
  /** Newest first: up to 24 months back, and months paid ahead. */
  history: DuesMonth[]
  /** Newest first, at most 20. */
  payments: PaymentEntry[]
  payOptions: PayOption[]
  /** Why some months cannot be paid here (amount not set, arrears beyond the limit), or null. */
  notice: string | null
  /** Secretary's view only: whether the caller may confirm and record payments. */
  canCollect: boolean
}

/** What 首页 shows of dues: include `duesHomeStatus` (server/actions/dues/home.ts) in its call. */
export interface DuesHomeStatus {
  month: ChinaMonth
  dueFen: number | null
  owedFen: number
  status: DuesMonthStatus
  arrearsMonths: number
  level: ArrearsLevel
}

export interface AmountRow {
  memberId: string
  name: string
  probationary: boolean
  joinDate: ChinaDate
  source: AmountSource
  category: DuesCategory
  baseFen: number | null
  /** The base as 元 text, ready for an input field ('' when none). */
  base: string
  regulationFen: number | null
  monthlyFen: number | null
  rateBp: number | null
  reduction: ReductionView | null
  effectiveFrom: ChinaMonth | null
  confirmedByName: string | null
  confirmedAt: number | null
  /** Later changes within the year (a new base from a month). */
  changes: Array<{ effectiveFrom: ChinaMonth; category: DuesCategory; baseFen: number | null; monthlyFen: number }>
  /** A base just over a bracket edge: check before confirming. */
  warning: string | null
  problem: string | null
  firstMonth: ChinaMonth
}

export interface YearAmounts {
  year: number
  rows: AmountRow[]
  totals: {
    members: number
    confirmed: number
    unconfirmed: number
    missing: number
    warnings: number
    monthlyFen: number
  }
}

export interface AmountPreviewRow {
  /** Line of the pasted text (header is line 1), or null for rows sent as data. */
  line: number | null
  memberId: string | null
  name: string
  category: DuesCategory | null
  baseFen: number | null
  regulationFen: number | null
  monthlyFen: number | null
  rateBp: number | null
  reduction: ReductionView | null
  effectiveFrom: ChinaMonth
  /** The amount in force before this change, to compare. */
  previousFen: number | null
  warning: string | null
  problems: string[]
}

export interface AmountsPreview {
  year: number
  rows: AmountPreviewRow[]
  problemCount: number
  warningCount: number
  monthlyFen: number
}

export interface LedgerRow {
  memberId: string
  name: string
  dueFen: number | null
  paidFen: number
  owedFen: number
  status: DuesMonthStatus
}

export interface LedgerMonth {
  month: ChinaMonth
  /** The month's collection as every screen defines it (core/dues/collection). */
  collection: MonthCollection
  /** The collection day has come and bills exist. */
  billed: boolean
  dueFen: number
  paidFen: number
  outstandingFen: number
  members: number
  paidMembers: number
  rows: LedgerRow[]
}

export interface ArrearsRow extends ArrearsInfo {
  memberId: string
  name: string
}

/** The secretary's 党费 page in one call. */
export interface BranchDues {
  branch: { id: string; name: string }
  settings: DuesSettings
  canCollect: boolean
  canChangeSettings: boolean
  today: ChinaDate
  currentMonth: ChinaMonth
  year: YearAmounts
  thisMonth: LedgerMonth
  arrears: ArrearsRow[]
  waiting: PaymentEntry[]
}

export interface LedgerCell {
  dueFen: number | null
  paidFen: number
  status: DuesMonthStatus
}

export interface LedgerTotals {
  dueFen: number
  paidFen: number
  outstandingFen: number
}

/** A branch's ledger by month (台账): per member and in total. */
export interface BranchLedger {
  branch: { id: string; name: string }
  months: ChinaMonth[]
  monthTotals: Array<LedgerTotals & { month: ChinaMonth; billed: number; paid: number }>
  /** `cells` line up with `months`; null where the member had no bill that month. */
  members: Array<
    LedgerTotals & {
      memberId: string
      name: string
      active: boolean
      cells: Array<LedgerCell | null>
      arrears: { months: number; consecutive: number; level: ArrearsLevel }
    }
  >
  total: LedgerTotals
}

export interface RateCell {
  /** Collection has begun (a past month, or this month from the branch's collection day). */
  open: boolean
  dueFen: number
  paidFen: number
  /** Bills with something due, and of those the ones fully paid. */
  billed: number
  paid: number
  /** Paid ÷ due in per cent, one decimal; null when nothing was due. */
  ratePct: number | null
}

export interface CollectionRates {
  year: number
  months: ChinaMonth[]
  branches: Array<{ branchId: string; name: string; cells: RateCell[]; total: RateCell }>
  bureau: { cells: RateCell[]; total: RateCell }
}

export interface AmountsConfirmed {
  confirmed: number
  billsUpdated: number
  year: YearAmounts
}
