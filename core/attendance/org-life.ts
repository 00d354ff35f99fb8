/**
 * The organisational-life records in the words of the 支部工作手册 and 制度落实情况 (issue 24):
 * a motion of a 支部党员大会 with its figures and what it came to, a member's 民主评议 line, and
 * a branch's year of 民主评议 and 谈心谈话 as one line each. Pure; the figures come from
 * core/vote/rules.ts, core/appraisal and core/talk/coverage.ts, never restated here.
 */
import { APPRAISAL_GRADE_LABELS } from '../appraisal/labels'
import { APPRAISAL_GRADES, type AppraisalGrade } from '../appraisal/types'
import { formatChinaDateTime } from '../dates'
import { shareWords } from '../talk/coverage'
import { figuresWords, tallyWords, voteResult } from '../vote/rules'
import type { Tally, VoteFigures } from '../vote/types'

/** A motion's rows in a 会议记录 block: `表决1` the motion, then its figures, tally and result. */
export function motionRows(
  n: number,
  motion: { title: string; tally: Tally; figures: VoteFigures & { probationary?: number } },
): Array<[string, string]> {
  const result = voteResult(motion.figures, motion.tally)
  const [, why] = result.lines
  return [
    [`表决${n}`, motion.title],
    [`表决${n}人数`, figuresWords(motion.figures)],
    [`表决${n}票数`, tallyWords(motion.tally)],
    [`表决${n}结果`, why ? `${result.label}：${why.replace(`，${result.label}`, '')}` : result.label],
  ]
}

/** A 预备党员 on the 民主评议 sheet of the ledger. */
export const PROBATIONARY_APPRAISAL = '参加评议、不评定等次'
export const NOT_GRADED = '未评定'

export interface AppraisalRecord {
  grade: AppraisalGrade
  reason: string
  decidedOn: string
  rectification: { endsOn: string } | null
  corrections: Array<{ at: number; byName: string; reason: string; before: { grade: AppraisalGrade; reason: string } }>
}

export interface AppraisalLine {
  grade: string
  reason: string | null
  decidedOn: string | null
  rectificationEndsOn: string | null
  corrections: string | null
}

/** A member's line: a 预备党员 takes part and is not graded; a full member not yet graded is 未评定. */
export function appraisalLine(probationary: boolean, doc: AppraisalRecord | null): AppraisalLine {
  if (probationary) {
    return {
      grade: PROBATIONARY_APPRAISAL,
      reason: null,
      decidedOn: null,
      rectificationEndsOn: null,
      corrections: null,
    }
  }
  if (doc === null)
    return { grade: NOT_GRADED, reason: null, decidedOn: null, rectificationEndsOn: null, corrections: null }
  const corrections = doc.corrections.map(
    (c) =>
      `${formatChinaDateTime(c.at)} ${c.byName}：${c.reason}（原为${APPRAISAL_GRADE_LABELS[c.before.grade]}${c.before.reason ? `，${c.before.reason}` : ''}）`,
  )
  return {
    grade: APPRAISAL_GRADE_LABELS[doc.grade],
    reason: doc.reason || null,
    decidedOn: doc.decidedOn,
    rectificationEndsOn: doc.rectification?.endsOn ?? null,
    corrections: corrections.length > 0 ? corrections.join('；') : null,
  }
}

/** `优秀1人、合格3人、基本合格0人、不合格0人`. */
export function gradeCountWords(counts: Record<AppraisalGrade, number>): string {
  return APPRAISAL_GRADES.map((g) => `${APPRAISAL_GRADE_LABELS[g]}${counts[g]}人`).join('、')
}

/** A branch's 民主评议 of the year: full members on the roll graded, of how many. */
export function appraisalProgressWords(graded: number, evaluated: number): string {
  if (evaluated === 0) return '民主评议：没有需评定等次的正式党员'
  if (graded === 0) return `民主评议：尚未开展（正式党员${evaluated}人均未评定）`
  if (graded < evaluated) return `民主评议：已评定${graded}/${evaluated}人，还有${evaluated - graded}人未评定`
  return `民主评议：已完成，正式党员${evaluated}人均已评定`
}

/** A branch's 整改清单 of the year: its 组织生活会 held so far and their items' states today. */
export function rectifyProgressWords(r: {
  meetings: number
  total: number
  done: number
  open: number
  overdue: number
}): string {
  if (r.meetings === 0) return '整改事项：本年度组织生活会尚未召开'
  if (r.total === 0) return '整改事项：组织生活会后尚未列出整改事项'
  if (r.open === 0) return `整改事项：${r.total}项已全部完成`
  const overdue = r.overdue > 0 ? `，其中${r.overdue}项已逾期` : ''
  return `整改事项：共${r.total}项，已完成${r.done}项，未完成${r.open}项${overdue}`
}

/** A branch's 谈心谈话 of the year: the share of people asked for a talk who have had every one. */
export function talkProgressWords(covered: number, counted: number): string {
  if (counted === 0) return '谈心谈话：没有需要谈话的人'
  if (covered === counted) return `谈心谈话：已全部谈完（${counted}人）`
  return `谈心谈话：已谈完${shareWords(covered, counted)}，还有${counted - covered}人未谈完`
}
