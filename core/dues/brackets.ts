/**
 * The 2008 中组部 regulation on dues (关于中国共产党党费收缴、使用和管理的规定), as integer fen:
 * - in-service members pay on their monthly after-tax salary: ≤3000 元 0.5%, ≤5000 元 1%,
 *   ≤10000 元 1.5%, above 2%;
 * - retirees on their monthly pension: ≤5000 元 0.5%, above 1%;
 * - students, the unemployed and those living on relief (低保) 0.20 元 a month;
 * - farmers 0.20–1.00 元 a month, as their branch sets.
 * Each upper bound belongs to the lower bracket and the rate applies to the whole base
 * (3000.00 → 15.00, 3000.01 → 30.00). Rounding: half up to the fen (四舍五入到分).
 */
import type { DuesCategory } from '../contract/org'
import { formatFen } from '../money'

/** A bracket: bases up to and including `upToFen` pay `rateBp` basis points (50 = 0.5%). */
export interface Bracket {
  upToFen: number | null
  rateBp: number
}

export const IN_SERVICE_BRACKETS: readonly Bracket[] = [
  { upToFen: 3000_00, rateBp: 50 },
  { upToFen: 5000_00, rateBp: 100 },
  { upToFen: 10000_00, rateBp: 150 },
  { upToFen: null, rateBp: 200 },
]

export const RETIREE_BRACKETS: readonly Bracket[] = [
  { upToFen: 5000_00, rateBp: 50 },
  { upToFen: null, rateBp: 100 },
]

/** Categories whose amount is a rate on a base, and the brackets of each. */
export const BRACKETS: Partial<Record<DuesCategory, readonly Bracket[]>> = {
  inService: IN_SERVICE_BRACKETS,
  retiree: RETIREE_BRACKETS,
}

/** Students, the unemployed and those on relief: 0.20 元 a month. */
export const FLAT_FEN = 20
/** Farmers: the branch sets an amount in this range (default the lowest). */
export const FARMER_MIN_FEN = 20
export const FARMER_MAX_FEN = 100

/** A monthly base below 100 元 or above 200,000 元 is not a salary in 元: a slip of unit. */
export const BASE_MIN_FEN = 100_00
export const BASE_MAX_FEN = 200_000_00

/** A warning when a base sits within 1% above a bracket edge. */
export const EDGE_MARGIN_BP = 100

export function usesBase(category: DuesCategory): boolean {
  return BRACKETS[category] !== undefined
}

/** The rate on the whole base, rounded half up to the fen; integers only. */
export function rateOnBase(baseFen: number, rateBp: number): number {
  return Math.floor((baseFen * rateBp + 5000) / 10000)
}

export function bracketFor(brackets: readonly Bracket[], baseFen: number): Bracket {
  return brackets.find((b) => b.upToFen === null || baseFen <= b.upToFen) as Bracket
}

/** `50` → `0.5%`, `150` → `1.5%`, `200` → `2%`. */
export function rateLabel(rateBp: number): string {
  const whole = Math.floor(rateBp / 100)
  const part = rateBp % 100
  return part === 0 ? `${whole}%` : `${whole}.${String(part).padStart(2, '0').replace(/0$/, '')}%`
}

export type AmountProblem = 'missingBase' | 'zeroBase' | 'implausibleBase' | 'badFarmerAmount'

export type RegulationAmount =
  { ok: true; monthlyFen: number; rateBp: number | null } | { ok: false; problem: AmountProblem; message: string }

const BASE_NAME: Partial<Record<DuesCategory, string>> = { inService: '税后月工资', retiree: '月退休金' }

/** Why a base (in fen) cannot be a monthly salary or pension in 元, or null when it can. */
export function baseProblem(
  category: DuesCategory,
  baseFen: number | null,
): { problem: AmountProblem; message: string } | null {
  const name = BASE_NAME[category] ?? '基数'
  if (baseFen === null) return { problem: 'missingBase', message: `缺少基数：请填写${name}（元）` }
  if (baseFen === 0) {
    return {
      problem: 'zeroBase',
      message: '基数为0：没有工资或退休金的党员请改选“失业”或“低保”类别（每月0.20元），或按规定申请减免',
    }
  }
  if (!Number.isSafeInteger(baseFen) || baseFen < BASE_MIN_FEN || baseFen > BASE_MAX_FEN) {
    return {
      problem: 'implausibleBase',
      message: `基数${Number.isSafeInteger(baseFen) ? formatFen(baseFen) : baseFen}元不像以元为单位的${name}，请核对单位（应为元，不是分或万元）`,
    }
  }
  return null
}

/** The monthly amount the regulation asks of a member, before any approved reduction. */
export function regulationAmount(category: DuesCategory, baseFen: number | null, farmerFen: number): RegulationAmount {
  const brackets = BRACKETS[category]
  if (brackets) {
    const problem = baseProblem(category, baseFen)
    if (problem) return { ok: false, ...problem }
    const { rateBp } = bracketFor(brackets, baseFen as number)
    return { ok: true, monthlyFen: rateOnBase(baseFen as number, rateBp), rateBp }
  }
  if (category === 'farmer') {
    if (!Number.isInteger(farmerFen) || farmerFen < FARMER_MIN_FEN || farmerFen > FARMER_MAX_FEN) {
      return {
        ok: false,
        problem: 'badFarmerAmount',
        message: '农民党员每月交0.20元至1.00元，请先在党费设置中确定金额',
      }
    }
    return { ok: true, monthlyFen: farmerFen, rateBp: null }
  }
  return { ok: true, monthlyFen: FLAT_FEN, rateBp: null }
}

export interface EdgeWarning {
  edgeFen: number
  overFen: number
  monthlyFen: number
  /** What the member would pay were the base exactly at the edge. */
  monthlyAtEdgeFen: number
  message: string
}

/**
 * A base just over a bracket edge (within 1%): a cut of a few 元 in the base would lower the
 * dues a lot, so the secretary is asked to check it before confirming.
 */
export function edgeWarning(category: DuesCategory, baseFen: number | null): EdgeWarning | null {
  const brackets = BRACKETS[category]
  if (!brackets || baseFen === null || baseProblem(category, baseFen)) return null
  for (const edge of brackets) {
    if (edge.upToFen === null) continue
    const edgeFen = edge.upToFen
    if (baseFen > edgeFen && baseFen * 10000 <= edgeFen * (10000 + EDGE_MARGIN_BP)) {
      const { rateBp } = bracketFor(brackets, baseFen)
      const monthlyFen = rateOnBase(baseFen, rateBp)
      const monthlyAtEdgeFen = rateOnBase(edgeFen, edge.rateBp)
      const overFen = baseFen - edgeFen
      return {
        edgeFen,
        overFen,
        monthlyFen,
        monthlyAtEdgeFen,
        message:
          `基数只比${formatFen(edgeFen)}元高${formatFen(overFen)}元，按${rateLabel(rateBp)}每月${formatFen(monthlyFen)}元；` +
          `若为${formatFen(edgeFen)}元则按${rateLabel(edge.rateBp)}每月${formatFen(monthlyAtEdgeFen)}元，请核对基数`,
      }
    }
  }
  return null
}
