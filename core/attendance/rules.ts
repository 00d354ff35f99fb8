/**
 * What the rules ask of every 党支部 (《中国共产党支部工作条例（试行）》 and the bureau's own
 * 固定学习日 / 党员集中活动日), as data: how often, how many, and which activity types count.
 * 三会一课: 支部党员大会 each quarter, 支委会 and 党小组会 each month, 党课 at least each quarter;
 * 组织生活会 and 民主评议党员 once a year.
 */
import type { ActivityType } from '../activity/types'

export type RulePeriod = 'month' | 'quarter' | 'year'

export type RuleKey =
  | 'committeeMeeting'
  | 'groupMeeting'
  | 'generalMeeting'
  | 'partyLecture'
  | 'lifeMeeting'
  | 'democraticReview'
  | 'studyDay'
  | 'activityDay'

export interface MeetingRule {
  key: RuleKey
  /** What a person calls it: 支委会, 党员大会 … */
  label: string
  period: RulePeriod
  /** At least this many in each period. */
  count: number
  /** The activity types that count towards it. */
  types: ActivityType[]
  /** 召开 a meeting, 开展 a lecture or a day. */
  verb: '召开' | '开展'
  /** Asked only of branches that have 党小组. */
  needsGroups?: boolean
}

export const MEETING_RULES: readonly MeetingRule[] = [
  { key: 'committeeMeeting', label: '支委会', period: 'month', count: 1, verb: '召开', types: ['committeeMeeting'] },
  {
    key: 'groupMeeting',
    label: '党小组会',
    period: 'month',
    count: 1,
    verb: '召开',
    types: ['groupMeeting'],
    needsGroups: true,
  },
  { key: 'generalMeeting', label: '党员大会', period: 'quarter', count: 1, verb: '召开', types: ['generalMeeting'] },
  { key: 'partyLecture', label: '党课', period: 'quarter', count: 1, verb: '开展', types: ['partyLecture'] },
  { key: 'lifeMeeting', label: '组织生活会', period: 'year', count: 1, verb: '召开', types: ['lifeMeeting'] },
  {
    key: 'democraticReview',
    label: '民主评议党员',
    period: 'year',
    count: 1,
    verb: '开展',
    types: ['democraticReview'],
  },
  { key: 'studyDay', label: '固定学习日', period: 'month', count: 1, verb: '开展', types: ['studyDay'] },
  { key: 'activityDay', label: '党员集中活动日', period: 'month', count: 1, verb: '开展', types: ['activityDay'] },
]

export const PERIOD_WORDS: Record<RulePeriod, { every: string; this: string }> = {
  month: { every: '每月', this: '本月' },
  quarter: { every: '每季度', this: '本季度' },
  year: { every: '每年', this: '今年' },
}

/** `每季度至少1次`. */
export function ruleWords(rule: MeetingRule): string {
  return `${PERIOD_WORDS[rule.period].every}${rule.count > 1 ? `至少${rule.count}次` : '1次'}`
}

/** Every activity type some rule counts. */
export const RULE_TYPES: ReadonlySet<ActivityType> = new Set(MEETING_RULES.flatMap((r) => r.types))

/** A period of a year: its key (`2026-03`, `2026-Q1`, `2026`), label and first and last months. */
export interface Period {
  key: string
  label: string
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function periodsOf(period: RulePeriod, year: number): Period[] {
  if (period === 'year') return [{ key: String(year), label: `${year}年`, from: `${year}-01`, to: `${year}-12` }]
  if (period === 'quarter')
    return [1, 2, 3, 4].map((q) => ({
      key: `${year}-Q${q}`,
      label: `第${'一二三四'[q - 1]}季度`,
      from: `${year}-${pad(q * 3 - 2)}`,
      to: `${year}-${pad(q * 3)}`,
    }))
  return Array.from({ length: 12 }, (_, i) => ({
    key: `${year}-${pad(i + 1)}`,
    label: `${i + 1}月`,
    from: `${year}-${pad(i + 1)}`,
    to: `${year}-${pad(i + 1)}`,
  }))
}

/** The period of a month (`YYYY-MM`) under a rule. */
export function periodOfMonth(period: RulePeriod, month: string): string {
  const year = month.slice(0, 4)
  if (period === 'year') return year
  if (period === 'quarter') return `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
  return month
}
