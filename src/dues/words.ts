/**
 * How the 党费 screens put money, months and states into words. Pure, and light enough for
 * the main package: the labels come from the contract's schema-free label files.
 */
import { MARKS } from '@core/marks'
import type { CurrentAmount, DuesMonth, DuesMonthStatus, PaymentEntry, ReductionView } from '@core/contract/dues'
import type { DuesCategory } from '@core/contract/org'
import {
  ARREARS_LEVEL_LABELS as ARREARS_LEVEL_WORDS,
  DUES_STATUS_LABELS as DUES_STATUS_WORDS,
  PAYMENT_METHOD_LABELS as PAYMENT_METHOD_WORDS,
  PAYMENT_STATUS_LABELS as PAYMENT_STATUS_WORDS,
} from '@core/contract/dues-labels'
import { DUES_CATEGORY_LABELS as CATEGORY_WORDS } from '@core/contract/org-labels'
import { formatChinaDateTime, formatChinaWhen, dayWords } from '@core/dates'
import type { Step } from '@/components/Steps'
import { rateLabel } from '@core/dues/brackets'
import { monthIndex, monthLabel, monthsLabel } from '@core/dues/months'
import { formatFen } from '@core/money'

export { monthLabel, monthsLabel }

/** The contract's words, under the names the 党费 screens use. */
export { ARREARS_LEVEL_WORDS, CATEGORY_WORDS, DUES_STATUS_WORDS, PAYMENT_METHOD_WORDS }

/** A mark beside each state, so that colour is never the only signal. */
const STATUS_MARKS: Record<DuesMonthStatus, string> = {
  upcoming: '○',
  due: '○',
  overdue: '✗',
  reported: MARKS.pending,
  paid: '✓',
  exempt: '—',
  noAmount: '?',
}

const BASE_NAMES: Partial<Record<DuesCategory, string>> = { inService: '税后月工资', retiree: '月退休金' }

/** 1500 → `15.00 元` */
export const yuan = (fen: number): string => `${formatFen(fen)} 元`

/** `2026-03` → `3月` */
export const shortMonth = (month: string): string => `${Number(month.slice(5, 7))}月`

/** `✓ 已交` */
export const statusText = (status: DuesMonthStatus): string => `${STATUS_MARKS[status]} ${DUES_STATUS_WORDS[status]}`

/** What is left of a month: `已交 10.00 元，还差 5.00 元` when part is paid, else nothing. */
export function partText(m: Pick<DuesMonth, 'paidFen' | 'owedFen'>): string {
  return m.paidFen > 0 && m.owedFen > 0 ? `已交 ${yuan(m.paidFen)}，还差 ${yuan(m.owedFen)}` : ''
}

/** A run of months as `2026年8月—10月`, other sets as `2026年3月、2026年5月`. */
export function monthListText(months: string[]): string {
  const sorted = [...months].sort()
  const run = sorted.every((m, i) => i === 0 || monthIndex(m) === monthIndex(sorted[i - 1]) + 1)
  return run ? monthsLabel(sorted) : sorted.map(monthLabel).join('、')
}

export function reductionText(r: ReductionView): string {
  const approved = `${r.approvedBy}${dayWords(r.approvedOn)}批准，${r.reason}`
  return r.kind === 'exempt' ? `免交（${approved}）` : `减交为每月 ${yuan(r.monthlyFen)}（${approved}）`
}

/** How a monthly amount comes about: `按税后月工资 12300.00 元的 2% 计算`. */
export function basisText(a: {
  category: DuesCategory
  baseFen: number | null
  rateBp: number | null
  reduction: ReductionView | null
}): string {
  if (a.reduction) return reductionText(a.reduction)
  const baseName = BASE_NAMES[a.category]
  if (baseName && a.baseFen !== null && a.rateBp !== null) {
    return `按${baseName} ${yuan(a.baseFen)}的 ${rateLabel(a.rateBp)} 计算`
  }
  return `${CATEGORY_WORDS[a.category]}党员按规定的固定金额交纳`
}

/** `每月 246.00 元：按税后月工资 12300.00 元的 2% 计算` */
export function amountText(amount: CurrentAmount): string {
  return `每月 ${yuan(amount.monthlyFen)}：${basisText(amount)}`
}

/** `2026年3月—5月 · 90.00 元` */
export function paymentTitle(p: Pick<PaymentEntry, 'months' | 'amountFen'>): string {
  return `${monthsLabel(p.months.map((m) => m.month))} · ${yuan(p.amountFen)}`
}

/** Where a payment stands, in words with a mark. */
export function paymentState(p: PaymentEntry): string {
  if (p.kind === 'correction') return `↩ 冲正：撤销了一笔已确认的缴费${p.reason ? `（原因：${p.reason}）` : ''}`
  switch (p.status) {
    case 'reported':
      return `${MARKS.pending} ${PAYMENT_STATUS_WORDS.reported}，等待书记确认`
    case 'confirmed':
      return p.correctedById
        ? `✓ ${PAYMENT_STATUS_WORDS.confirmed}，后来被冲正`
        : `✓ ${PAYMENT_STATUS_WORDS.confirmed}${p.confirmedByName ? `（${p.confirmedByName}）` : ''}`
    case 'rejected':
      return `✗ ${PAYMENT_STATUS_WORDS.rejected}${p.rejectReason ? `：${p.rejectReason}` : ''}`
  }
}

/** `微信转账给支部 · 谭婷 2026年11月27日 09:30 报告` */
export function paymentOrigin(p: PaymentEntry): string {
  const how = p.via === 'inPerson' ? '当面交纳，由' : ''
  const verb = p.via === 'report' ? '报告' : p.via === 'inPerson' ? '登记' : '冲正'
  return `${PAYMENT_METHOD_WORDS[p.method]} · ${how}${p.reportedByName} ${formatChinaDateTime(p.reportedAt)} ${verb}`
}

/**
 * A reported payment's 办理进度: 已报告 (when) → 书记确认 → 已确认 / 已退回 (when, by whom), in
 * PAYMENT_STATUS_LABELS' words. Payments the secretary recorded and corrections have none (their
 * state line says it all).
 */
export function paymentSteps(p: PaymentEntry, now: number): Step[] {
  if (p.kind === 'correction' || p.via !== 'report') return []
  const reported: Step = {
    label: PAYMENT_STATUS_WORDS.reported,
    state: 'done',
    when: formatChinaWhen(p.reportedAt, now),
  }
  if (p.status === 'reported') {
    return [
      reported,
      { label: '书记确认', state: 'now', note: '等待书记确认收到' },
      { label: PAYMENT_STATUS_WORDS.confirmed, state: 'todo' },
    ]
  }
  const confirmed = p.status === 'confirmed'
  const at = confirmed ? p.confirmedAt : p.rejectedAt
  const by = (confirmed ? p.confirmedByName : p.rejectedByName) ?? '书记'
  return [
    reported,
    {
      label: PAYMENT_STATUS_WORDS[p.status],
      state: confirmed ? 'done' : 'back',
      when: at === null ? undefined : formatChinaWhen(at, now),
      note: confirmed
        ? `${by}确认收到${p.correctedById ? '，后来被冲正' : ''}`
        : `${by}退回${p.rejectReason ? `：${p.rejectReason}` : ''}`,
    },
  ]
}
