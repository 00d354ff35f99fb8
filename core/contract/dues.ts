/**
 * 党费 (Party dues): every screen's first view in one call, and every change.
 * Money is integer fen everywhere (`formatFen` in core/money shows it as 元); amounts a
 * person types (bases, a reduced amount) travel as 元 text such as "3000.01".
 */
import * as v from 'valibot'
import type { ChinaMonth } from '../dates'
import { action } from './define'
import { DUES_LIMITS } from './dues-limits'
import { chinaDateField, chinaMonthField, docId, optionalText, text, wholeBetween } from './fields'
import { DUES_CATEGORY_LABELS, type DuesCategory } from './org'
import type {
  AmountsConfirmed,
  AmountsPreview,
  BranchDues,
  BranchLedger,
  CollectionRates,
  DuesSettings,
  MemberDuesView,
  PaymentEntry,
  YearAmounts,
} from './dues-views'

export * from './dues-views'

const branchId = v.optional(docId('支部'))
const month = chinaMonthField('月份')
const year = wholeBetween(2000, 2100, '年份不对')
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
  approvedBy: text('批准的组织', DUES_LIMITS.approvedBy),
  approvedOn: chinaDateField('批准日期'),
  reason: text('减免原因', DUES_LIMITS.reason, DUES_LIMITS.reasonMin),
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

const reason = text('原因', DUES_LIMITS.reason, DUES_LIMITS.reasonMin)

export const memberDuesActions = {
  /** 党费 page: this month, arrears, history, payments and what may be paid now. */
  'dues.my': action<MemberDuesView>()('member', v.object({})),
  /** Report a payment for the earliest unpaid months (arrears, this month, prepay). */
  'dues.report': action<MemberDuesView>()(
    'member',
    v.object({ months: monthList, amountFen, method, receiptFileID, note: optionalText('备注', DUES_LIMITS.note) }),
  ),
}

/**
 * The screen a collector's tap came from, answered with the payment so that one tap is one
 * call: 党费 (`branch`) or one member's 党费 (`member`); left out, only the payment.
 */
const answerWith = v.optional(v.picklist(['branch', 'member'], '页面不对'))

/** A payment decided or recorded, with the page it was done on as it now reads. */
export type PaymentAnswer = PaymentEntry & { branchPage?: BranchDues; memberPage?: MemberDuesView }

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
  'dues.payment.confirm': action<PaymentAnswer>()('secretary', v.object({ paymentId: docId('缴费记录'), answerWith })),
  'dues.payment.reject': action<PaymentAnswer>()(
    'secretary',
    v.object({ paymentId: docId('缴费记录'), reason, answerWith }),
  ),
  /** A payment made in person: confirmed at once. */
  'dues.payment.record': action<PaymentAnswer>()(
    'secretary',
    v.object({
      answerWith,
      memberId: docId('党员'),
      months: monthList,
      amountFen,
      method,
      receiptFileID,
      note: optionalText('备注', DUES_LIMITS.note),
    }),
  ),
  /** Reverses a confirmed payment with an audited correction entry; returns the correction. */
  'dues.payment.correct': action<PaymentAnswer>()(
    'secretary',
    v.object({ paymentId: docId('缴费记录'), reason, answerWith }),
  ),
  'dues.settings.set': action<DuesSettings>()(
    'secretary',
    v.object({
      branchId,
      collectionDay: v.optional(wholeBetween(1, 28, '收缴日不对', '收缴日应在1日至28日之间')),
      prepayLimit: v.optional(wholeBetween(1, 12, '预交月数不对', '预交月数应在1至12之间')),
      farmerFen: v.optional(wholeBetween(20, 100, '农民党员金额不对', '农民党员每月交0.20元至1.00元')),
      treasurerIds: v.optional(v.pipe(v.array(docId('收缴人')), v.maxLength(5, '最多指定5名收缴人'))),
    }),
  ),
}

export const adminDuesActions = {
  /** Each branch's collection rate by month of a year (default this year). */
  'dues.collection': action<CollectionRates>()('admin', v.object({ year: v.optional(year) })),
}

export type { DuesCategory, ChinaMonth }
