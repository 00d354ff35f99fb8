/**
 * What may be paid now, and whether a payment is acceptable: months are paid earliest
 * first, never twice, never beyond the branch's limit (prepay, and arrears a member pays
 * themselves), and for exactly the amount due.
 */
import type { PayOption } from '../contract/dues'
import type { ChinaMonth } from '../dates'
import type { DuesErrorCode } from '../errors/dues'
import { formatFen } from '../money'
import { owedOf, type MonthDues } from './ledger'
import { addMonths, monthLabel, monthsLabel } from './months'

export interface PayContext {
  /** The member's months from their first month to at least `currentMonth + limit`, in order. */
  months: readonly MonthDues[]
  currentMonth: ChinaMonth
  firstMonth: ChinaMonth
  /** Months one may prepay; also how far back a member may pay arrears themselves. */
  limit: number
  /** A collector (secretary or treasurer) may record arrears of any age: the branch decided. */
  by: 'member' | 'collector'
}

export interface Payable {
  /** Months that may be paid now, earliest first; a payment takes a prefix of them. */
  sequence: MonthDues[]
  /** Unpaid months older than a member may pay themselves. */
  tooOld: ChinaMonth[]
  /** The first month whose amount is not yet set; nothing after it can be paid. */
  blockedAt: ChinaMonth | null
}

export function lastPrepayMonth(ctx: Pick<PayContext, 'currentMonth' | 'limit'>): ChinaMonth {
  return addMonths(ctx.currentMonth, ctx.limit)
}

function earliestAllowed(ctx: PayContext): ChinaMonth {
  return ctx.by === 'collector' ? ctx.firstMonth : addMonths(ctx.currentMonth, -ctx.limit)
}

export function payable(ctx: PayContext): Payable {
  const lowest = earliestAllowed(ctx)
  const last = lastPrepayMonth(ctx)
  const sequence: MonthDues[] = []
  const tooOld: ChinaMonth[] = []
  let blockedAt: ChinaMonth | null = null
  for (const m of ctx.months) {
    if (m.month < ctx.firstMonth || m.month > last || m.pending) continue
    if (m.dueFen === null) {
      blockedAt = blockedAt ?? m.month
      continue
    }
    if (owedOf(m) === 0) continue
    if (m.month < lowest) tooOld.push(m.month)
    else if (!blockedAt) sequence.push(m)
  }
  return { sequence, tooOld, blockedAt }
}

export function payOptions(ctx: PayContext): PayOption[] {
  const { sequence } = payable(ctx)
  let total = 0
  return sequence.map((m, i) => {
    total += owedOf(m)
    const months = sequence.slice(0, i + 1).map((s) => s.month)
    return {
      months,
      totalFen: total,
      label: `${monthsLabel(months)}，${months.length}个月`,
      arrearsCount: months.filter((x) => x < ctx.currentMonth).length,
      prepayCount: months.filter((x) => x > ctx.currentMonth).length,
    }
  })
}

export type PaymentCheck =
  | { ok: true; items: Array<{ month: ChinaMonth; fen: number }>; totalFen: number }
  | { ok: false; code: DuesErrorCode; message: string }

function refuse(code: DuesErrorCode, message: string): PaymentCheck {
  return { ok: false, code, message }
}

function checkMonth(ctx: PayContext, month: ChinaMonth, m: MonthDues | undefined): PaymentCheck | null {
  const label = monthLabel(month)
  if (month < ctx.firstMonth) {
    return refuse('DUES.NOT_DUE', `${label}不用交党费：从${monthLabel(ctx.firstMonth)}起交纳`)
  }
  const last = lastPrepayMonth(ctx)
  if (month > last) {
    return refuse('DUES.PREPAY_LIMIT', `最多预交${ctx.limit}个月，现在最晚可交到${monthLabel(last)}`)
  }
  if (month < earliestAllowed(ctx)) {
    return refuse('DUES.ARREARS_LIMIT', `${label}的党费已超过${ctx.limit}个月的补交期限，请与支部书记联系`)
  }
  if (!m) return refuse('DUES.NO_AMOUNT', `${label}的党费金额还没有确定，请与支部书记联系`)
  if (m.pending) return refuse('DUES.ALREADY_REPORTED', `${label}已经报告过缴费，正在等待确认`)
  if (m.dueFen === null) return refuse('DUES.NO_AMOUNT', `${label}的党费金额还没有确定，请与支部书记联系`)
  if (m.dueFen === 0) return refuse('DUES.NOTHING_DUE', `${label}免交党费`)
  if (owedOf(m) === 0) return refuse('DUES.ALREADY_PAID', `${label}的党费已经交过了`)
  return null
}

/** Checks the months and amount of a payment against the member's months, in that order. */
export function checkPayment(ctx: PayContext, months: readonly ChinaMonth[], amountFen: number): PaymentCheck {
  const selected = [...new Set(months)].sort()
  const byMonth = new Map(ctx.months.map((m) => [m.month, m]))
  for (const month of selected) {
    const refusal = checkMonth(ctx, month, byMonth.get(month))
    if (refusal) return refusal
  }
  const { sequence, blockedAt } = payable(ctx)
  for (let i = 0; i < selected.length; i++) {
    const expected = sequence[i]
    if (!expected && blockedAt) {
      return refuse('DUES.NO_AMOUNT', `${monthLabel(blockedAt)}的党费金额还没有确定，之后的月份暂时不能交`)
    }
    if (expected && expected.month !== selected[i]) {
      return refuse('DUES.SKIPS_MONTH', `请先交${monthLabel(expected.month)}的党费：要从最早未交的月份开始，不能跳过`)
    }
  }
  const items = selected.map((month) => ({ month, fen: owedOf(byMonth.get(month) as MonthDues) }))
  const totalFen = items.reduce((sum, i) => sum + i.fen, 0)
  if (amountFen !== totalFen) {
    return refuse('DUES.AMOUNT_MISMATCH', `金额不对：${monthsLabel(selected)}共应交${formatFen(totalFen)}元`)
  }
  return { ok: true, items, totalFen }
}
