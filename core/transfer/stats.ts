/**
 * 党内统计 for a year, counted from the records as pure functions: who was on the roll at the
 * year's start (1 January 00:00 China time) and end (31 December 24:00), by 正式/预备 and
 * 在职/离退休; arrivals and departures within the year by their China day; 发展党员 and 转正 by the
 * day of their 支部大会; 民主评议 grades and training 学时. Each figure carries the names behind it.
 */
import { addMonths as addMonthsToDay } from '../appraisal/rules'
import type { ChinaDate } from '../dates'
import type { EducationLevel, LeaveKind, StatsSex, StatsStanding, StatsWork } from './types'
import { EDUCATION_LEVELS, EXIT_KINDS } from './types'

/** One person as the statistics read them. */
export interface StatsPerson {
  id: string
  name: string
  branchId: string
  /** 入党日期 (the day they became 预备党员). */
  joinDate: ChinaDate
  /** Still 预备 today (not yet 转正). */
  probationary: boolean
  retired: boolean
  /** The China day they came onto the bureau's roll (a 转入's 报到, or the roster's first day). */
  fromDay: ChinaDate
  /** Arrived by a 转入 letter (counted as 转入 in fromDay's year). */
  arrived: boolean
  /** The China day they left the roll, and why; null while on it. */
  left: { day: ChinaDate; kind: LeaveKind } | null
  /** From the roster import, when the bureau counts them; null or absent: not given. */
  sex?: StatsSex | null
  education?: EducationLevel | null
}

/** On the roll at the start of `day` (before anything that day). */
export function onRollAt(p: StatsPerson, day: ChinaDate): boolean {
  return p.fromDay < day && (p.left === null || p.left.day >= day)
}

/** 正式 or 预备 at the start of `day`: 预备 while not yet 转正, or within a year of 入党日期. */
export function standingAt(p: StatsPerson, day: ChinaDate): StatsStanding {
  if (p.probationary) return 'probationary'
  return addMonthsToDay(p.joinDate, 12) >= day ? 'probationary' : 'full'
}

export function workOf(p: StatsPerson): StatsWork {
  return p.retired ? 'retired' : 'inService'
}

export interface Figure {
  count: number
  names: Array<{ id: string; name: string; branchId: string }>
}

function figure(people: Array<{ id: string; name: string; branchId: string }>): Figure {
  const sorted = [...people].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { count: people.length, names: sorted.map((p) => ({ id: p.id, name: p.name, branchId: p.branchId })) }
}

export interface RollFigures {
  total: Figure
  full: Figure
  probationary: Figure
  inService: Figure
  retired: Figure
}

function roll(people: StatsPerson[], day: ChinaDate): RollFigures {
  const on = people.filter((p) => onRollAt(p, day))
  return {
    total: figure(on),
    full: figure(on.filter((p) => standingAt(p, day) === 'full')),
    probationary: figure(on.filter((p) => standingAt(p, day) === 'probationary')),
    inService: figure(on.filter((p) => workOf(p) === 'inService')),
    retired: figure(on.filter((p) => workOf(p) === 'retired')),
  }
}

export interface YearMovement {
  start: RollFigures
  end: RollFigures
  transfersIn: Figure
  transfersOut: Figure
  exits: Figure
  deaths: Figure
  /** Left for another reason (member.markLeft's 其他): not a table's figure, but off the roll. */
  others: Figure
}

const inYear = (day: ChinaDate, year: number) => day.slice(0, 4) === String(year)

/** The year's roll at both ends and its movements, each with names. */
export function yearMovement(people: StatsPerson[], year: number): YearMovement {
  const startDay = `${year}-01-01`
  const endDay = `${year + 1}-01-01`
  const leftIn = (kinds: readonly LeaveKind[]) =>
    figure(people.filter((p) => p.left && inYear(p.left.day, year) && kinds.includes(p.left.kind)))
  return {
    start: roll(people, startDay),
    end: roll(people, endDay),
    transfersIn: figure(people.filter((p) => p.arrived && inYear(p.fromDay, year))),
    transfersOut: leftIn(['transferOut']),
    exits: leftIn(EXIT_KINDS),
    deaths: leftIn(['died']),
    others: leftIn(['other']),
  }
}

export interface ProfileFigures {
  female: Figure
  /** Each education band, in the tables' order. */
  education: Record<EducationLevel, Figure>
  /** On the year's end roll without the field given. */
  sexUnknown: Figure
  educationUnknown: Figure
}

/** The year's end roll by sex and education (the optional fields), each with names. */
export function profileFigures(people: StatsPerson[], year: number): ProfileFigures {
  const on = people.filter((p) => onRollAt(p, `${year + 1}-01-01`))
  return {
    female: figure(on.filter((p) => p.sex === 'female')),
    education: Object.fromEntries(
      EDUCATION_LEVELS.map((level) => [level, figure(on.filter((p) => p.education === level))]),
    ) as Record<EducationLevel, Figure>,
    sexUnknown: figure(on.filter((p) => !p.sex)),
    educationUnknown: figure(on.filter((p) => !p.education)),
  }
}

/** A person of 党员发展's pipeline as the statistics read them. */
export interface DevelopStatsPerson {
  id: string
  name: string
  branchId: string
  /** The China day of the 支部大会 that admitted them as 预备党员 (their 入党日期), if held. */
  admittedOn: ChinaDate | null
  /** The China day of the 支部大会 that made them full (转正), if held. */
  fullOn: ChinaDate | null
}

export interface DevelopFigures {
  /** 发展党员: admitted as 预备党员 in the year. */
  admitted: Figure
  /** 预备党员转正: made full in the year. */
  full: Figure
}

/** 发展党员 and 转正 of the year, each by the China day of its 支部大会. */
export function developFigures(people: DevelopStatsPerson[], year: number): DevelopFigures {
  return {
    admitted: figure(people.filter((p) => p.admittedOn !== null && inYear(p.admittedOn, year))),
    full: figure(people.filter((p) => p.fullOn !== null && inYear(p.fullOn, year))),
  }
}

/** Training hours: whole activities attended, in hours to one decimal (never time in the app). */
export function trainingHours(minutes: number): number {
  return Math.round(minutes / 6) / 10
}
