/**
 * Which branches the party office should look at on its 首页, and why, in words, by the rules of
 * attention-rules.ts. Never a score or a ranking: the branches are listed in the organisation's
 * order, each with its reasons.
 */
import { addMonths } from '../activity/recurrence'
import { complianceRow, type RuleActivity, type RuleCheck } from '../attendance/compliance'
import { MEETING_RULES, periodOfMonth, type RuleKey } from '../attendance/rules'
import { chinaMonth } from '../dates'
import { ATTENTION_LIMITS } from './attention-rules'

export { ATTENTION_LIMITS, ATTENTION_RULE_WORDS } from './attention-rules'

/** The monthly days whose instances appear by themselves from the branch's rule (活动安排). */
const ARRANGED_BY_RULE: readonly RuleKey[] = ['studyDay', 'activityDay']

/** Queue items of a branch waiting longer than `waitingDays`. */
export interface StaleWaiting {
  leave: number
  makeup: number
  payments: number
}

export interface BranchAttentionInput {
  now: number
  hasGroups: boolean
  /** The branch's published and closed activities from the start of the last quarter on. */
  activities: RuleActivity[]
  /** Members with at least `arrearsMonths` consecutive months unpaid. */
  arrearsMembers: number
  stale: StaleWaiting
}

/** The first month of the quarter a month falls in. */
function quarterStart(month: string): string {
  const m = Number(month.slice(5, 7))
  return `${month.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}`
}

/** The earliest month the rules below look at: the start of last quarter, or of this year. */
export function attentionFrom(now: number): string {
  const month = chinaMonth(now)
  const lastQuarter = addMonths(quarterStart(month), -3)
  const yearStart = `${month.slice(0, 4)}-01`
  return lastQuarter < yearStart ? lastQuarter : yearStart
}

function complianceGaps(input: BranchAttentionInput): string[] {
  const month = chinaMonth(input.now)
  const rows = new Map<number, RuleCheck[]>()
  const checkOf = (rule: RuleKey, of: string) => {
    const year = Number(of.slice(0, 4))
    if (!rows.has(year)) {
      rows.set(year, complianceRow({ year, now: input.now, hasGroups: input.hasGroups, activities: input.activities }))
    }
    return rows.get(year)?.find((c) => c.rule === rule)
  }
  const reasons: string[] = []
  for (const rule of MEETING_RULES) {
    if (rule.needsGroups && !input.hasGroups) continue
    if (ARRANGED_BY_RULE.includes(rule.key)) {
      const now = checkOf(rule.key, month)?.periods.find((p) => p.key === month)
      if (now && now.state !== 'held' && now.plannedDates.length === 0) reasons.push(`本月没有安排${rule.label}`)
    }
    if (rule.period === 'year') continue
    const previous = rule.period === 'month' ? addMonths(month, -1) : addMonths(quarterStart(month), -1)
    const key = periodOfMonth(rule.period, previous)
    const period = checkOf(rule.key, previous)?.periods.find((p) => p.key === key)
    const when = rule.period === 'month' ? '上月' : '上季度'
    if (period?.state === 'missing' && period.unrecordedDates.length > 0)
      reasons.push(`${when}${rule.label}的会议记录未确认`)
    else if (period?.state === 'missing') reasons.push(`${when}未${rule.verb}${rule.label}`)
  }
  return reasons
}

function waitingWords(stale: StaleWaiting): string[] {
  const days = ATTENTION_LIMITS.waitingDays
  const out: string[] = []
  if (stale.leave > 0) out.push(`${stale.leave}条请假申请等待审批超过${days}天`)
  if (stale.makeup > 0) out.push(`${stale.makeup}篇补学心得等待审核超过${days}天`)
  if (stale.payments > 0) out.push(`${stale.payments}笔缴费等待确认超过${days}天`)
  return out
}

/** Why a branch needs attention, in words; empty when nothing does. */
export function attentionReasons(input: BranchAttentionInput): string[] {
  const arrears =
    input.arrearsMembers > 0
      ? [`${input.arrearsMembers}名党员连续${ATTENTION_LIMITS.arrearsMonths}个月以上未交党费`]
      : []
  return [...complianceGaps(input), ...arrears, ...waitingWords(input.stale)]
}
