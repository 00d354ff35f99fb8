/**
 * A member's monthly amount: the regulation's amount on their category and base, less an
 * approved reduction or exemption; and which amount applies in a month when the base
 * changes from a given month (the latest amount effective on or before it).
 */
import type { ChinaDate, ChinaMonth } from '../dates'
import type { ReductionView } from '../contract/dues'
import type { DuesCategory } from '../contract/org'
import { formatFen, parseYuanToFen } from '../money'
import { baseProblem, edgeWarning, regulationAmount, usesBase, type EdgeWarning } from './brackets'
import { yearMonths } from './months'

/** 困难党员减免: decided by the branch and approved above it (who, and on what day); 0 fen when exempt. */
export type Reduction = ReductionView

export interface AmountInput {
  category: DuesCategory
  baseFen: number | null
  /** The branch's amount for farmers (20–100 fen). */
  farmerFen: number
  reduction: Reduction | null
}

export type ComputedAmount =
  | {
      ok: true
      /** What the regulation asks; null only for an exemption without a base. */
      regulationFen: number | null
      monthlyFen: number
      rateBp: number | null
      warning: EdgeWarning | null
    }
  | { ok: false; problems: string[] }

function reductionProblems(reduction: Reduction, regulationFen: number | null, today: ChinaDate): string[] {
  const problems: string[] = []
  if (!reduction.approvedBy.trim()) problems.push('减免须写明批准的组织或人')
  if (reduction.approvedOn > today) problems.push('减免的批准日期不能晚于今天')
  if (reduction.kind === 'exempt' && reduction.monthlyFen !== 0) problems.push('免交时每月金额应为0')
  if (reduction.kind === 'reduced') {
    if (!Number.isSafeInteger(reduction.monthlyFen) || reduction.monthlyFen < 0) problems.push('减免后的金额不对')
    else if (regulationFen !== null && reduction.monthlyFen >= regulationFen) {
      problems.push(`减免后的金额应低于按规定应交的${formatFen(regulationFen)}元`)
    }
  }
  return problems
}

/** The monthly amount of one member, or every problem that stops it being computed. */
export function computeAmount(input: AmountInput, today: ChinaDate): ComputedAmount {
  const exemptWithoutBase = input.reduction?.kind === 'exempt' && usesBase(input.category) && input.baseFen === null
  const regulation = exemptWithoutBase ? null : regulationAmount(input.category, input.baseFen, input.farmerFen)
  if (regulation && !regulation.ok) return { ok: false, problems: [regulation.message] }
  const regulationFen = regulation ? regulation.monthlyFen : null
  if (input.reduction) {
    const problems = reductionProblems(input.reduction, regulationFen, today)
    if (problems.length > 0) return { ok: false, problems }
  }
  return {
    ok: true,
    regulationFen,
    monthlyFen: input.reduction ? input.reduction.monthlyFen : (regulationFen as number),
    rateBp: regulation ? regulation.rateBp : null,
    warning: input.reduction ? null : edgeWarning(input.category, input.baseFen),
  }
}

export type ParsedBase = { ok: true; baseFen: number | null } | { ok: false; message: string }

/**
 * A base as a person types it, in 元 (`3000.01`, `3,000`, `3000元`); empty means none.
 * Fen, 万元 or a yearly figure are refused as the wrong unit.
 */
export function parseBase(category: DuesCategory, text: string | null | undefined): ParsedBase {
  const trimmed = (text ?? '').trim()
  if (!usesBase(category)) return { ok: true, baseFen: null }
  if (trimmed === '') return { ok: true, baseFen: null }
  const fen = parseYuanToFen(trimmed)
  if (fen === null) return { ok: false, message: `基数“${trimmed}”不对，应为以元为单位的金额，如 3000.01` }
  const problem = baseProblem(category, fen)
  if (problem && problem.problem === 'implausibleBase') return { ok: false, message: problem.message }
  return { ok: true, baseFen: fen }
}

export interface Effective {
  effectiveFrom: ChinaMonth
}

/** The amount in force in a month: the latest one effective on or before it. */
export function amountForMonth<T extends Effective>(records: readonly T[], month: ChinaMonth): T | null {
  let found: T | null = null
  for (const r of records) {
    if (r.effectiveFrom <= month && (!found || r.effectiveFrom > found.effectiveFrom)) found = r
  }
  return found
}

/** Each month of a year with the amount in force then (null before any amount). */
export function amountsOfYear<T extends Effective & { monthlyFen: number }>(
  records: readonly T[],
  year: number,
): Array<{ month: ChinaMonth; monthlyFen: number | null; from: ChinaMonth | null }> {
  const sorted = [...records].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
  return yearMonths(year).map((month) => {
    const r = amountForMonth(sorted, month)
    return { month, monthlyFen: r ? r.monthlyFen : null, from: r ? r.effectiveFrom : null }
  })
}
