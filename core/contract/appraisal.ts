/**
 * 民主评议党员 (issue 24): the branch records each member's decided grade once a year; beside each
 * member only facts of organisational life (meetings missed with reasons, dues months unpaid).
 * A member reads their own grades; the office reads counts per branch.
 */
import * as v from 'valibot'
import type { ExcellentCheck, GradeCounts, RectificationState } from '../appraisal/rules'
import { APPRAISAL_LIMITS } from '../appraisal/limits'
import { APPRAISAL_GRADES, type AppraisalGrade } from '../appraisal/types'
import { action } from './define'
import { chinaDateField, docId, optionalText, text, wholeBetween } from './fields'

export { APPRAISAL_LIMITS } from '../appraisal/limits'
export { APPRAISAL_GRADE_LABELS, APPRAISAL_WORDS } from '../appraisal/labels'
export { APPRAISAL_GRADES, needsReason } from '../appraisal/types'
export type { AppraisalGrade } from '../appraisal/types'
export type { ExcellentCheck, GradeCounts } from '../appraisal/rules'

/** A held meeting the member was expected at and did not attend, with the reason (their leave, or 未请假). */
export interface AppraisalMissed {
  date: string
  title: string
  reason: string
}

export interface AppraisalRectification {
  endsOn: string
  state: RectificationState
  /** 限期改正至2027年3月6日 / …（还有12天） / 已于…到期 */
  words: string
}

export interface AppraisalGradeView {
  grade: AppraisalGrade
  label: string
  /** The branch's reason (基本合格 / 不合格); empty otherwise. */
  reason: string
  decidedOn: string
  recordedByName: string
  /** Changes after recording, oldest first: what it held, in words. */
  corrections: Array<{ at: number; byName: string; reason: string; was: string }>
  rectification: AppraisalRectification | null
}

export interface AppraisalRow {
  memberId: string
  name: string
  /** 预备党员: takes part, not graded. */
  probationary: boolean
  missed: AppraisalMissed[]
  /** Months of the year with dues billed and still unpaid (`2026-03`). */
  unpaidMonths: string[]
  grade: AppraisalGradeView | null
}

/** The secretary's sheet for a year, in one call. */
export interface AppraisalSheet {
  branch: { id: string; name: string }
  year: number
  years: number[]
  today: string
  rows: AppraisalRow[]
  counts: GradeCounts & { pending: number; probationary: number }
  excellent: ExcellentCheck
}

/** A member's own grades, newest year first. */
export interface MyAppraisals {
  name: string
  grades: Array<{
    year: number
    grade: AppraisalGrade
    label: string
    reason: string
    decidedOn: string
    rectification: AppraisalRectification | null
  }>
}

/** The office's counts per branch for a year: no names. */
export interface AppraisalCounts {
  year: number
  years: number[]
  branches: Array<{
    branchId: string
    name: string
    /** Full members on the branch's roll now (those to be graded). */
    members: number
    probationary: number
    counts: GradeCounts
    recorded: number
    excellentOver: boolean
  }>
  totals: GradeCounts & { members: number; recorded: number }
}

const year = wholeBetween(2000, 2100, '年份不对')
const gradeFields = {
  year,
  memberId: docId('党员'),
  grade: v.picklist(APPRAISAL_GRADES, '等次不对'),
  reason: optionalText('评定理由', APPRAISAL_LIMITS.reason),
  decidedOn: chinaDateField('评定日期'),
}

export const secretaryAppraisalActions = {
  /** The year's sheet: every member with the facts of organisational life and the grade recorded. */
  'appraisal.sheet': action<AppraisalSheet>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), year: v.optional(year) }),
  ),
  /** Records a member's decided grade (a reason for 基本合格 / 不合格); answers with the new sheet. */
  'appraisal.record': action<AppraisalSheet>()('secretary', v.object(gradeFields)),
  /** Changes a recorded grade, with the reason; what it held is kept and audited. */
  'appraisal.correct': action<AppraisalSheet>()(
    'secretary',
    v.object({
      ...gradeFields,
      correction: text('修改原因', APPRAISAL_LIMITS.correction, APPRAISAL_LIMITS.correctionMin),
    }),
  ),
}

export const memberAppraisalActions = {
  /** My own grades, and 限期改正 if any. */
  'appraisal.mine': action<MyAppraisals>()('member', v.object({})),
}

export const adminAppraisalActions = {
  /** Counts per grade per branch for a year. */
  'appraisal.counts': action<AppraisalCounts>()('admin', v.object({ year: v.optional(year) })),
}
