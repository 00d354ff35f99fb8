/**
 * 党员发展's rules as pure functions of a person's recorded days and today (China calendar days,
 * `YYYY-MM-DD`). Sources: the 2014 《中国共产党发展党员工作细则》 (细则) and 《中国共产党章程》
 * (党章); each rule cites its article beside it. A period "of N months" ends on the same day N
 * months later; a day the later month lacks (29 February) becomes its last day (addMonths).
 */
import { dayWords } from '../dates'
import { addDays, addMonths } from '../appraisal/rules'
import { DEVELOP_STEP_LABELS, DEVELOP_STEP_RULES } from './labels'
import { DEVELOP_LIMITS as L } from './limits'
import {
  DEVELOP_STEPS,
  stepSpec,
  type DevelopDeadlineKind,
  type DevelopRecord,
  type DevelopStage,
  type DevelopStatus,
  type DevelopStep,
  type StepBy,
} from './types'

export type DevelopProblemCode =
  | 'DEVELOP.FUTURE'
  | 'DEVELOP.ALREADY_RECORDED'
  | 'DEVELOP.OUT_OF_ORDER'
  | 'DEVELOP.OFFICE_STEP'
  | 'DEVELOP.TOO_EARLY'
  | 'DEVELOP.REVIEWS_NEEDED'
  | 'DEVELOP.COURSE_SHORT'
  | 'DEVELOP.EXTEND_NOT_NOW'
  | 'DEVELOP.EXTEND_ONCE'
  | 'DEVELOP.EXTEND_MONTHS'

export interface DevelopProblem {
  code: DevelopProblemCode
  message: string
}

const label = (step: DevelopStep) => DEVELOP_STEP_LABELS[step]
const later = (a: string, b: string) => (a > b ? a : b)

/** The first of the 25 steps not yet recorded; null once 材料归档 is. */
export function nextStep(record: DevelopRecord): DevelopStep | null {
  return DEVELOP_STEPS.find((s) => !record.steps[s.key])?.key ?? null
}

/** The latest recorded step, in the 细则's order. */
export function lastStep(record: DevelopRecord): DevelopStep | null {
  return [...DEVELOP_STEPS].reverse().find((s) => record.steps[s.key])?.key ?? null
}

/** The stage a person is in: that of the latest step recorded (递交申请 is always the first). */
export function stageOf(record: DevelopRecord): DevelopStage {
  const last = lastStep(record)
  return last ? stepSpec(last).stage : 'applicant'
}

/**
 * 党章第七条: the 预备期 is one year, counted from the day the 支部大会 passed the admission;
 * 细则第三十条: it may be extended once by half a year to a year. Counted from the vote's day, so
 * an extension never drifts at the end of February.
 */
export function probationEnd(record: DevelopRecord): string | null {
  const vote = record.steps.admissionVote
  if (!vote) return null
  return addMonths(vote, L.probationMonths + (record.extensionMonths ?? 0))
}

/** 党章第七条: 党龄 counts from the day the 预备期 ended and the member became full. */
export function fullSince(record: DevelopRecord): string | null {
  return record.steps.fullVote ? probationEnd(record) : null
}

/** The day of the step recorded just before this one (the steps go in order, so none is earlier). */
function previousDay(record: DevelopRecord, step: DevelopStep): string | null {
  const index = DEVELOP_STEPS.findIndex((s) => s.key === step)
  for (let i = index - 1; i >= 0; i--) {
    const day = record.steps[DEVELOP_STEPS[i]!.key]
    if (day) return day
  }
  return null
}

/**
 * The earliest day a step may carry and the rule that sets it; null when nothing bounds it
 * (递交申请). A later step is never dated before an earlier one.
 */
export function earliestFor(record: DevelopRecord, step: DevelopStep): { day: string; rule: string } | null {
  const prev = previousDay(record, step)
  let found: { day: string; rule: string } | null = prev
    ? { day: prev, rule: `不能早于上一步“${label(prevStepOf(record, step)!)}”的日期` }
    : null
  const raise = (day: string | null, rule: string) => {
    if (day && (!found || day > found.day)) found = { day, rule }
  }
  // 细则第十一条: a further half-year review comes after the last one.
  if (step === 'training') raise(record.reviews.at(-1) ?? null, '不能早于上一次考察的日期')
  // 细则第十三条: at least one year as 入党积极分子 before becoming a 发展对象.
  if (step === 'candidate' && record.steps.activist) {
    raise(addMonths(record.steps.activist, L.activistMonths), DEVELOP_STEP_RULES.candidate)
  }
  const end = probationEnd(record)
  // 细则第三十一条: the 转正 application comes about a month before the 预备期 ends.
  if (step === 'fullApplication' && end) {
    raise(addMonths(end, -L.fullApplicationAheadMonths), '转正申请一般在预备期满前一个月提出')
  }
  // 党章第七条、细则第三十条: 转正 is discussed when the 预备期 has ended.
  if (step === 'fullVote' && end) raise(end, `预备期满（${dayWords(end)}）后才能讨论转正`)
  return found
}

function prevStepOf(record: DevelopRecord, step: DevelopStep): DevelopStep | null {
  const index = DEVELOP_STEPS.findIndex((s) => s.key === step)
  for (let i = index - 1; i >= 0; i--) if (record.steps[DEVELOP_STEPS[i]!.key]) return DEVELOP_STEPS[i]!.key
  return null
}

/**
 * Why this step cannot be recorded with this day by this recorder; null when it can. Checked in
 * the order a secretary would want to hear it: the day, whether it was done, the order, who
 * records it, the earliest day.
 */
export function stepProblem(
  record: DevelopRecord,
  step: DevelopStep,
  day: string,
  today: string,
  by: StepBy,
): DevelopProblem | null {
  if (day > today) return { code: 'DEVELOP.FUTURE', message: `${label(step)}的日期不能晚于今天` }
  const next = nextStep(record)
  // 细则第十一条: the half-year reviews go on until the person becomes a 发展对象.
  const anotherReview = step === 'training' && next === 'candidate'
  if (record.steps[step] && !anotherReview) {
    return { code: 'DEVELOP.ALREADY_RECORDED', message: `“${label(step)}”已经记录过了` }
  }
  if (step !== next && !anotherReview) {
    return {
      code: 'DEVELOP.OUT_OF_ORDER',
      message: `请先记录“${label(next!)}”：发展党员的二十五个步骤须按顺序进行，不能跳过`,
    }
  }
  if (stepSpec(step).by === 'office' && by !== 'office') {
    return { code: 'DEVELOP.OFFICE_STEP', message: `“${label(step)}”由机关党委记录，党支部不能代记` }
  }
  const earliest = earliestFor(record, step)
  if (earliest && day < earliest.day) {
    return {
      code: 'DEVELOP.TOO_EARLY',
      message: `${label(step)}最早在${dayWords(earliest.day)}（${earliest.rule}）`,
    }
  }
  // 细则第十一条、第十三条: a year of 培养 holds a review every half year: at least two.
  if (step === 'candidate' && record.reviews.length < L.reviewsBeforeCandidate) {
    return {
      code: 'DEVELOP.REVIEWS_NEEDED',
      message: `确定发展对象前须有至少${L.reviewsBeforeCandidate}次半年考察（${DEVELOP_STEP_RULES.training}），现有${record.reviews.length}次`,
    }
  }
  return null
}

/** 细则第十七条: 集中培训 of at least 3 days or at least 24 学时. */
export function courseProblem(days: number, hours: number): DevelopProblem | null {
  if (days >= L.courseDays || hours >= L.courseHours) return null
  return {
    code: 'DEVELOP.COURSE_SHORT',
    message: `集中培训${days}天、${hours}学时，不足3天或24个学时（${DEVELOP_STEP_RULES.course}）`,
  }
}

/**
 * 细则第三十条: when the 预备期 ends the 支部大会 may extend it once, by 6 to 12 months. The
 * decision is dated on or after the day the 预备期 ended, not in the future, before 转正.
 */
export function extensionProblem(
  record: DevelopRecord,
  day: string,
  months: number,
  today: string,
): DevelopProblem | null {
  if (months < L.extendMin || months > L.extendMax || !Number.isInteger(months)) {
    return { code: 'DEVELOP.EXTEND_MONTHS', message: '延长预备期不能少于半年，最长不超过一年（细则第三十条）' }
  }
  if (record.extensionMonths !== null) {
    return { code: 'DEVELOP.EXTEND_ONCE', message: '预备期只能延长一次（细则第三十条）' }
  }
  const end = probationEnd(record)
  if (!end || record.steps.fullVote) {
    return { code: 'DEVELOP.EXTEND_NOT_NOW', message: '只有在预备期满、尚未转正时才能延长预备期' }
  }
  if (day > today) return { code: 'DEVELOP.FUTURE', message: '延长预备期的日期不能晚于今天' }
  if (day < end) {
    return {
      code: 'DEVELOP.EXTEND_NOT_NOW',
      message: `预备期满（${dayWords(end)}）后才能讨论延长预备期（细则第三十条）`,
    }
  }
  return null
}

export interface DevelopDeadline {
  kind: DevelopDeadlineKind
  /** The day it falls due. */
  due: string
  /** The day its reminder goes out (once). */
  remindOn: string
  /** Stable per person: the reminder's key, never sent twice. */
  key: string
  /** The office is told too (approvals waiting on it). */
  office: boolean
}

/** The deadlines still open for a person, each once; none for one archived or done. */
export function deadlinesOf(record: DevelopRecord, status: DevelopStatus = 'active'): DevelopDeadline[] {
  if (status !== 'active') return []
  const st = record.steps
  const out: DevelopDeadline[] = []
  const add = (kind: DevelopDeadlineKind, due: string, remindOn: string, office = false) =>
    out.push({ kind, due, remindOn, key: `${kind}:${due}`, office })
  const ahead = (due: string) => addDays(due, -L.remindDaysAhead)
  // 细则第七条: the talk within one month of the application.
  if (st.apply && !st.talk) add('talk', addMonths(st.apply, L.talkMonths), ahead(addMonths(st.apply, L.talkMonths)))
  if (st.activist && !st.candidate) {
    // 细则第十一条: a review every half year, counted from the last one (or from becoming an 积极分子).
    const from = later(st.activist, record.reviews.at(-1) ?? st.activist)
    const due = addMonths(from, L.reviewMonths)
    add('review', due, ahead(due))
    // 细则第十三条: one year as 积极分子 — the branch may discuss making them a 发展对象.
    const year = addMonths(st.activist, L.activistMonths)
    add('oneYear', year, year)
  }
  // A 政审 conclusion older than a year before the admission is looked at again.
  if (st.politicalReview && !st.admissionVote) {
    const old = addMonths(st.politicalReview, L.reviewValidMonths)
    add('politicalReviewOld', old, old)
  }
  // 细则第二十六条: the admission approved within 3 months; told the day after they have passed.
  if (st.admissionVote && !st.approval) {
    const due = addMonths(st.admissionVote, L.approvalMonths)
    add('approval', due, addDays(due, 1), true)
  }
  // 党章第七条: the 预备期 ends; told a month ahead so that the application and meeting are ready.
  const end = probationEnd(record)
  if (end && !st.fullVote) add('probationEnd', end, addMonths(end, -L.fullApplicationAheadMonths))
  // 细则第三十二条: 转正 approved within 3 months.
  if (st.fullVote && !st.fullApproval) {
    const due = addMonths(st.fullVote, L.approvalMonths)
    add('fullApproval', due, addDays(due, 1), true)
  }
  return out
}

/** Deadlines whose reminder is due today or earlier and was not yet sent. */
export function remindersDue(deadlines: DevelopDeadline[], today: string, sent: readonly string[]): DevelopDeadline[] {
  return deadlines.filter((d) => d.remindOn <= today && !sent.includes(d.key))
}

/** Deadlines that fall in today's month, or have passed and are still open. */
export function dueThisMonth(deadlines: DevelopDeadline[], today: string): DevelopDeadline[] {
  const month = today.slice(0, 7)
  return deadlines.filter((d) => d.due.slice(0, 7) <= month).sort((a, b) => a.due.localeCompare(b.due))
}

/** A deadline in words with how it stands: `2026年3月1日（还有5天）`, `（已过12天）`. */
export function deadlineWords(d: DevelopDeadline, today: string): string {
  const days = Math.round((Date.parse(d.due) - Date.parse(today)) / 86_400_000)
  const when = days < 0 ? `已过${-days}天` : days === 0 ? '今天' : `还有${days}天`
  return `${dayWords(d.due)}（${when}）`
}

/** The day the next step may be recorded from, if the rules set one (else null: as soon as it is done). */
export function nextDay(record: DevelopRecord): string | null {
  const next = nextStep(record)
  if (!next) return null
  return earliestFor(record, next)?.day ?? null
}
