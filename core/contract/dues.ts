/**
 * 党费 (Party dues): every screen's first view in one call, and every change.
 * Money is integer fen everywhere (`formatFen` in core/money shows it as 元); amounts a
 * person types (bases, a reduced amount) travel as 元 text such as "3000.01".
 */
import * as v from 'valibot'
import type { ChinaDate, ChinaMonth } from '../dates'
import { action } from './define'
import { chinaDateField, chinaMonthField, docId, optionalText, text } from './fields'
import { DUES_CATEGORY_LABELS, type DuesCategory } from './org'

export type PaymentMethod = 'wechat' | 'cash' | 'bank'
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  wechat: '微信转账给支部',
  cash: '现金',
  bank: '银行转账',
}

/** A month of one member, as a person reads it. */
export type DuesMonthStatus = 'upcoming' | 'due' | 'overdue' | 'reported' | 'paid' | 'exempt' | 'noAmount'
export const DUES_STATUS_LABELS: Record<DuesMonthStatus, string> = {
  upcoming: '未到收缴日',
  due: '待交',
  overdue: '欠交',
  reported: '已报告，待确认',
  paid: '已交',
  exempt: '免交',
  noAmount: '金额待定',
}

/** Arrears by the longest run of consecutive unpaid months (6 is the branch's decision). */
export type ArrearsLevel = 'none' | 'owing' | 'threeMonths' | 'fiveMonths' | 'sixMonths'
export const ARREARS_LEVEL_LABELS: Record<ArrearsLevel, string> = {
  none: '',
  owing: '有欠交',
  threeMonths: '连续3个月未交',
  fiveMonths: '连续5个月未交',
  sixMonths: '连续6个月未交，请支部研究处理',
}

/**
 * Where a member's amount for a year comes from: confirmed for this year; carried from an
 * earlier year (still to confirm); computed from the roster (unconfirmed); or not computable.
 */
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

const branchId = v.optional(docId('支部'))
const month = chinaMonthField('月份')
const year = v.pipe(
  v.number('年份不对'),
  v.integer('年份不对'),
  v.minValue(2000, '年份不对'),
  v.maxValue(2100, '年份不对'),
)
const duesCategory = v.picklist(Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[], '党费类别不对')
const yuanText = (label: string) =>
  v.pipe(v.string(`${label}应写成以元为单位的金额，如“3000.01”`), v.maxLength(20, `${label}不对`))

export const monthList = v.pipe(
  v.array(month, '请选择要交的月份'),
  v.minLength(1, '请选择要交的月份'),
  v.maxLength(25, '一次最多交25个月'),
  v.check((months) => new Set(months).size === months.length, '月份有重复'),
)
export const amountFen = v.pipe(
  v.number('金额不对'),
  v.integer('金额应为以分为单位的整数'),
  v.minValue(0, '金额不能为负'),
  v.minValue(1, '金额必须大于0'),
  v.maxValue(10_000_000, '金额不合常理（超过10万元），请核对'),
)
const method = v.picklist(['wechat', 'cash', 'bank'], '请选择缴费方式')
const receiptFileID = v.optional(
  v.nullable(
    v.pipe(v.string('收据照片不对'), v.startsWith('cloud://', '收据照片不对'), v.maxLength(512, '收据照片不对')),
  ),
)
const reduction = v.object({
  kind: v.picklist(['reduced', 'exempt'], '减免类型应为减交或免交'),
  /** The approved monthly amount in 元 when reduced. */
  monthly: v.optional(yuanText('减交后的金额')),
  approvedBy: text('批准的组织', 40),
  approvedOn: chinaDateField('批准日期'),
  reason: text('减免原因', 200, 2),
})
const amountRowInput = v.object({
  memberId: docId('党员'),
  /** Omitted: the member's current category (or the roster's). */
  category: v.optional(duesCategory),
  /** 元 text; omitted: the current base; '' or null: none. */
  base: v.optional(v.nullable(yuanText('基数'))),
  /** Omitted: keep the current reduction; null: none. */
  reduction: v.optional(v.nullable(reduction)),
  /** Omitted: the request's `effectiveFrom`. */
  effectiveFrom: v.optional(month),
})
const amountsRequest = v.pipe(
  v.object({
    branchId,
    year,
    /** Default for rows that name none: January of the year. */
    effectiveFrom: v.optional(month),
    rows: v.optional(v.pipe(v.array(amountRowInput, '名单格式不对'), v.maxLength(1000, '一次最多1000人'))),
    /** Pasted table: 姓名, 基数（元）, optional 党费类别; a header row is skipped. */
    text: v.optional(v.pipe(v.string('名单格式不对'), v.maxLength(200_000, '内容太长'))),
  }),
  v.check((r) => (r.rows ? 1 : 0) + (r.text !== undefined ? 1 : 0) === 1, '请填写基数或粘贴名单'),
)
export type AmountsRequest = v.InferOutput<typeof amountsRequest>
export type AmountRowInput = v.InferOutput<typeof amountRowInput>

const reason = text('原因', 200, 2)

export const memberDuesActions = {
  /** 党费 page: this month, arrears, history, payments and what may be paid now. */
  'dues.my': action<MemberDuesView>()('member', v.object({})),
  /** Report a payment for the earliest unpaid months (arrears, this month, prepay). */
  'dues.report': action<MemberDuesView>()(
    'member',
    v.object({ months: monthList, amountFen, method, receiptFileID, note: optionalText('备注', 100) }),
  ),
}

export const secretaryDuesActions = {
  /** 党费 page: the year's amounts, this month's ledger, arrears, payments waiting. */
  'dues.branch': action<BranchDues>()('secretary', v.object({ branchId })),
  /** One member's dues as they see them, with what may be recorded for them. */
  'dues.member': action<MemberDuesView>()('secretary', v.object({ memberId: docId('党员') })),
  'dues.amounts.list': action<YearAmounts>()('secretary', v.object({ branchId, year })),
  /** Computes amounts with warnings and problems; writes nothing. */
  'dues.amounts.preview': action<AmountsPreview>()('secretary', amountsRequest),
  /** All or nothing: refused while any row has a problem. */
  'dues.amounts.confirm': action<AmountsConfirmed>()('secretary', amountsRequest),
  /** Default: the 12 months up to this one; or a year; or from–to (at most 24 months). */
  'dues.ledger': action<BranchLedger>()(
    'secretary',
    v.object({ branchId, year: v.optional(year), from: v.optional(month), to: v.optional(month) }),
  ),
  'dues.payment.confirm': action<PaymentEntry>()('secretary', v.object({ paymentId: docId('缴费记录') })),
  'dues.payment.reject': action<PaymentEntry>()('secretary', v.object({ paymentId: docId('缴费记录'), reason })),
  /** A payment made in person: confirmed at once. */
  'dues.payment.record': action<PaymentEntry>()(
    'secretary',
    v.object({
      memberId: docId('党员'),
      months: monthList,
      amountFen,
      method,
      receiptFileID,
      note: optionalText('备注', 100),
    }),
  ),
  /** Reverses a confirmed payment with an audited correction entry; returns the correction. */
  'dues.payment.correct': action<PaymentEntry>()('secretary', v.object({ paymentId: docId('缴费记录'), reason })),
  'dues.settings.set': action<DuesSettings>()(
    'secretary',
    v.object({
      branchId,
      collectionDay: v.optional(
        v.pipe(
          v.number('收缴日不对'),
          v.integer('收缴日不对'),
          v.minValue(1, '收缴日应在1日至28日之间'),
          v.maxValue(28, '收缴日应在1日至28日之间'),
        ),
      ),
      prepayLimit: v.optional(
        v.pipe(
          v.number('预交月数不对'),
          v.integer('预交月数不对'),
          v.minValue(1, '预交月数应在1至12之间'),
          v.maxValue(12, '预交月数应在1至12之间'),
        ),
      ),
      farmerFen: v.optional(
        v.pipe(
          v.number('农民党员金额不对'),
          v.integer('农民党员金额不对'),
          v.minValue(20, '农民党员每月交0.20元至1.00元'),
          v.maxValue(100, '农民党员每月交0.20元至1.00元'),
        ),
      ),
      treasurerIds: v.optional(v.pipe(v.array(docId('收缴人')), v.maxLength(5, '最多指定5名收缴人'))),
    }),
  ),
}

export const adminDuesActions = {
  /** Each branch's collection rate by month of a year (default this year). */
  'dues.collection': action<CollectionRates>()('admin', v.object({ year: v.optional(year) })),
}

export type { DuesCategory, ChinaMonth }
