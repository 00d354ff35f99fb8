/**
 * Whether a branch held what the rules ask, period by period: held ✓, missing ✗ (the period is
 * over and too few were held), under way (the period is now and not yet enough), or not yet due.
 * Pure: the caller gives the branch's activities of the year and the instant "now".
 */
import { MARKS } from '../marks'
import type { ActivityType } from '../activity/types'
import { chinaMonth, monthDayWords } from '../dates'
import { takesMinutes } from '../minutes/types'
import { MEETING_RULES, PERIOD_WORDS, periodOfMonth, periodsOf, type MeetingRule, type RuleKey } from './rules'

export type PeriodState = 'held' | 'missing' | 'underWay' | 'notDue'
export type CellState = PeriodState | 'notApplicable'

export const PERIOD_STATE_LABELS: Record<CellState, string> = {
  held: '已完成',
  missing: '未完成',
  underWay: '进行中',
  notDue: '未到期',
  notApplicable: '不适用',
}

/** The mark beside the words (never alone: colour and marks repeat what the words say). */
export const PERIOD_STATE_MARKS: Record<CellState, string> = {
  held: '✓',
  missing: '✗',
  underWay: MARKS.pending,
  notDue: '—',
  notApplicable: '—',
}

/**
 * One activity as the rules see it: held once it has ended (or was closed); else only scheduled.
 * A meeting the branch keeps minutes of (core/minutes) counts only once its minutes are confirmed:
 * the 支部工作手册 shows a meeting by its record, not by the calendar.
 */
export interface RuleActivity {
  type: ActivityType
  month: string
  date: string
  held: boolean
  /** Its 会议记录 confirmed (ignored for types that take no minutes). */
  minutesConfirmed: boolean
}

/** Held and, where the type takes minutes, on record. */
function counts(a: RuleActivity): boolean {
  return a.held && (a.minutesConfirmed || !takesMinutes(a.type))
}

export interface PeriodCheck {
  key: string
  label: string
  state: PeriodState
  /** Days it was held and on record (`YYYY-MM-DD`), and days still scheduled in the period. */
  heldDates: string[]
  plannedDates: string[]
  /** Days a meeting was held whose minutes are not yet confirmed: not counted until they are. */
  unrecordedDates: string[]
}

export interface RuleCheck {
  rule: RuleKey
  label: string
  state: CellState
  /** Periods due so far (over, or the current one once held) and how many of them held. */
  due: number
  held: number
  periods: PeriodCheck[]
}

function periodState(
  heldCount: number,
  needed: number,
  period: { from: string; to: string },
  now: string,
): PeriodState {
  if (heldCount >= needed) return 'held'
  if (period.from > now) return 'notDue'
  if (period.to < now) return 'missing'
  return 'underWay'
}

function checkRule(rule: MeetingRule, year: number, nowMonth: string, activities: RuleActivity[]): RuleCheck {
  const mine = activities.filter((a) => rule.types.includes(a.type)).sort((a, b) => a.date.localeCompare(b.date))
  const periods = periodsOf(rule.period, year).map((p): PeriodCheck => {
    const inPeriod = mine.filter((a) => periodOfMonth(rule.period, a.month) === p.key)
    const heldDates = inPeriod.filter(counts).map((a) => a.date)
    return {
      key: p.key,
      label: p.label,
      state: periodState(heldDates.length, rule.count, p, nowMonth),
      heldDates,
      plannedDates: inPeriod.filter((a) => !a.held).map((a) => a.date),
      unrecordedDates: inPeriod.filter((a) => a.held && !counts(a)).map((a) => a.date),
    }
  })
  const counted = periods.filter((p) => p.state === 'held' || p.state === 'missing')
  const state: CellState = periods.some((p) => p.state === 'missing')
    ? 'missing'
    : periods.some((p) => p.state === 'underWay')
      ? 'underWay'
      : counted.length > 0
        ? 'held'
        : 'notDue'
  return {
    rule: rule.key,
    label: rule.label,
    state,
    due: counted.length,
    held: counted.filter((p) => p.state === 'held').length,
    periods,
  }
}

/** A branch's row of the matrix for a year, in the rules' order. */
export function complianceRow(input: {
  year: number
  now: number
  hasGroups: boolean
  activities: RuleActivity[]
}): RuleCheck[] {
  const nowMonth = chinaMonth(input.now)
  return MEETING_RULES.map((rule) =>
    rule.needsGroups && !input.hasGroups
      ? { rule: rule.key, label: rule.label, state: 'notApplicable', due: 0, held: 0, periods: [] }
      : checkRule(rule, input.year, nowMonth, input.activities),
  )
}

/**
 * What the branch still has to hold in the current periods, in plain words
 * (`本季度还需召开党员大会`), and the periods already missed (`3月未召开支委会`).
 */
export function complianceWords(row: RuleCheck[], now: number): { toHold: string[]; missed: string[] } {
  const nowMonth = chinaMonth(now)
  const toHold: string[] = []
  const missed: string[] = []
  for (const check of row) {
    const rule = MEETING_RULES.find((r) => r.key === check.rule) as MeetingRule
    const current = check.periods.find((p) => p.key === periodOfMonth(rule.period, nowMonth))
    if (current?.state === 'underWay') {
      const planned =
        current.plannedDates.length > 0 ? `（已安排${current.plannedDates.map(monthDayWords).join('、')}）` : ''
      toHold.push(
        current.unrecordedDates.length > 0
          ? `${PERIOD_WORDS[rule.period].this}还需确认${check.label}的会议记录（${daysWords(current.unrecordedDates)}召开）`
          : `${PERIOD_WORDS[rule.period].this}还需${rule.verb}${check.label}${planned}`,
      )
    }
    for (const p of check.periods) {
      if (p.state !== 'missing') continue
      missed.push(
        p.unrecordedDates.length > 0
          ? `${p.label}${check.label}的会议记录未确认（${daysWords(p.unrecordedDates)}召开）`
          : `${p.label}未${rule.verb}${check.label}`,
      )
    }
  }
  return { toHold, missed }
}

const daysWords = (dates: string[]) => dates.map(monthDayWords).join('、')
