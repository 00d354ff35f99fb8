/**
 * 党员发展 (issue 25): the branch's people in the pipeline from the application to 转正, each of
 * the 25 steps recorded in order with its day and who recorded it (备案, 预审, 审批 by the office),
 * the 支部大会 steps pointing at a passed 表决, the documents ticked off; the office's pipeline
 * per branch with counts per stage and the year's development in Excel. Visible to the person's
 * secretary and the office only; a person leaves the pipeline archived, never deleted.
 */
import * as v from 'valibot'
import { DEVELOP_LIMITS } from '../develop/limits'
import {
  DEVELOP_DOCS,
  DEVELOP_STEP_KEYS,
  type DevelopDeadlineKind,
  type DevelopDoc,
  type DevelopStage,
  type DevelopStatus,
  type DevelopStep,
  type StepBy,
  type StepInput,
} from '../develop/types'
import type { ExportLink } from './attendance'
import { action } from './define'
import { chinaDateField, docId, text, wholeBetween } from './fields'

export { DEVELOP_LIMITS } from '../develop/limits'
export {
  DEVELOP_DOC_LABELS,
  DEVELOP_STAGE_LABELS,
  DEVELOP_STAGE_PERSON_LABELS,
  DEVELOP_STATUS_LABELS,
  DEVELOP_STEP_LABELS,
  DEVELOP_STEP_RULES,
} from '../develop/labels'
export { DEVELOP_STAGES, DEVELOP_DOCS, DEVELOP_STEPS } from '../develop/types'
export type { DevelopDoc, DevelopStage, DevelopStatus, DevelopStep, StepBy, StepInput } from '../develop/types'

/** A deadline as the screens show it. */
export interface DevelopDueView {
  kind: DevelopDeadlineKind
  label: string
  due: string
  /** `2026年3月1日（还有5天）`. */
  words: string
  overdue: boolean
}

/** One person on the pipeline. */
export interface DevelopRow {
  id: string
  name: string
  branchId: string
  stage: DevelopStage
  /** 入党申请人 / 入党积极分子 / 发展对象 / 接收预备党员 / 预备党员. */
  stageLabel: string
  status: DevelopStatus
  statusLabel: string
  /** The latest step in words: `确定发展对象 2026年3月1日`. */
  last: string
  next: { step: DevelopStep; label: string; byOffice: boolean } | null
  /** From when the next step may be recorded, if the rules set a day; else null. */
  nextDay: string | null
  /** The next step and its day in words: `确定发展对象：2026年3月15日起`, `等待机关党委审批`. */
  nextWords: string
  due: DevelopDueView[]
}

/** 党员发展 on 支部概览: people in the pipeline, and deadlines this month (and earlier ones still open). */
export interface DevelopFigure {
  people: number
  due: number
  /** Of those, already past. */
  overdue: number
}

/** The secretary's pipeline of one branch. */
export interface DevelopPipeline {
  branchId: string
  branchName: string
  today: string
  source: string
  stages: Array<{ stage: DevelopStage; label: string; count: number }>
  people: DevelopRow[]
  /** Done (转正 and 归档) or archived, latest first: kept, never deleted. */
  closed: DevelopRow[]
  /** Deadlines this month (and past ones still open), soonest first. */
  dueThisMonth: Array<DevelopDueView & { personId: string; name: string }>
}

export interface DevelopStepView {
  step: DevelopStep
  label: string
  stage: DevelopStage
  rule: string
  input: StepInput
  by: StepBy
  day: string | null
  byName: string
  /** What else it holds in words: the people's names, the training's days, the vote's result. */
  detail: string
}

/** A person's page: the steps recorded, the documents, the next step and what it takes. */
export interface DevelopPersonPage {
  today: string
  person: {
    id: string
    name: string
    branchId: string
    branchName: string
    stage: DevelopStage
    stageLabel: string
    status: DevelopStatus
    statusLabel: string
    /** The roster entry made at the admission; null before. */
    memberId: string | null
    /** 入党日期 (the admission vote's meeting day), the 预备期's end and 党龄 from, when known. */
    joinDate: string | null
    probationEnd: string | null
    fullSince: string | null
    extensionMonths: number | null
    archivedReason: string
  }
  steps: DevelopStepView[]
  reviews: Array<{ day: string; byName: string }>
  docs: Array<{ key: DevelopDoc; label: string; done: boolean; byName: string }>
  next: {
    step: DevelopStep
    label: string
    rule: string
    input: StepInput
    by: StepBy
    /** The earliest day it may carry and why, in words; null when nothing bounds it. */
    earliest: string | null
    earliestWords: string
    /** Whether the caller may record it (the office's steps are the office's). */
    canRecord: boolean
    /** Another half-year review may be recorded while waiting to become a 发展对象. */
    canAddReview: boolean
  } | null
  /** Full members of the branch, for 培养联系人 and 入党介绍人. */
  people: Array<{ id: string; name: string }>
  /** Passed motions at the branch's 支部党员大会 not yet used for someone else, latest first. */
  votes: Array<{ id: string; label: string; date: string }>
  due: DevelopDueView[]
  canExtend: boolean
  /** Set once, in the answer to the admission: the new 预备党员's binding code to hand over. */
  binding: { code: string; expiresAt: number } | null
}

/** The office's pipeline: each branch's counts per stage, in the organisation's order. */
export interface DevelopBureau {
  year: number
  today: string
  stages: Array<{ stage: DevelopStage; label: string }>
  branches: Array<{ branchId: string; name: string; counts: Record<DevelopStage, number>; total: number }>
  total: Record<DevelopStage, number>
  /** This year's figures for the annual report. */
  figures: { activists: number; candidates: number; admitted: number; full: number }
  /** Deadlines due this month across the bureau, soonest first (approvals waiting on the office lead). */
  dueThisMonth: Array<DevelopDueView & { personId: string; name: string; branchName: string }>
}

const personId = docId('发展对象')
const day = chinaDateField('日期')
const step = v.picklist(DEVELOP_STEP_KEYS as DevelopStep[], '步骤不对')
const doc = v.picklist(DEVELOP_DOCS as DevelopDoc[], '材料不对')

export const secretaryDevelopActions = {
  /** The branch's pipeline (a secretary's own; an admin names one). */
  'develop.pipeline': action<DevelopPipeline>()('secretary', v.object({ branchId: v.optional(docId('支部')) })),
  /** One person's page. */
  'develop.person': action<DevelopPersonPage>()('secretary', v.object({ personId })),
  /** A new applicant with the day the 入党申请书 came in (step 1). */
  'develop.add': action<DevelopPersonPage>()(
    'secretary',
    v.object({
      branchId: v.optional(docId('支部')),
      name: text('姓名', DEVELOP_LIMITS.name, DEVELOP_LIMITS.nameMin),
      day,
    }),
  ),
  /**
   * Records the next step with its day (a vote step: the 表决, whose meeting gives the day; a
   * people step: the members; 集中培训: days or 学时). 备案, 预审, 审批 only by the office.
   */
  'develop.record': action<DevelopPersonPage>()(
    'secretary',
    v.object({
      personId,
      step,
      day: v.optional(day),
      voteId: v.optional(docId('表决')),
      memberIds: v.optional(
        v.pipe(v.array(docId('党员'), '人员不对'), v.maxLength(DEVELOP_LIMITS.sponsors, '人数不对')),
      ),
      days: v.optional(wholeBetween(0, DEVELOP_LIMITS.courseDaysMax, '培训天数应为整数')),
      hours: v.optional(wholeBetween(0, DEVELOP_LIMITS.courseHoursMax, '培训学时应为整数')),
    }),
  ),
  /** Ticks a paper document in or out of the file. */
  'develop.tick': action<DevelopPersonPage>()('secretary', v.object({ personId, doc, done: v.boolean('请选择') })),
  /** 延长预备期 once, by 6–12 months, decided when the 预备期 ended. */
  'develop.extend': action<DevelopPersonPage>()(
    'secretary',
    v.object({
      personId,
      day,
      months: wholeBetween(DEVELOP_LIMITS.extendMin, DEVELOP_LIMITS.extendMax, '延长月数不对', '延长预备期为6到12个月'),
    }),
  ),
  /** Stops a person's 培养 with the reason; the record is kept. */
  'develop.archive': action<DevelopPipeline>()(
    'secretary',
    v.object({ personId, reason: text('原因', DEVELOP_LIMITS.reason, DEVELOP_LIMITS.reasonMin) }),
  ),
}

export const adminDevelopActions = {
  /** Every branch's counts per stage and what is due this month. */
  'develop.bureau': action<DevelopBureau>()(
    'admin',
    v.object({ year: v.optional(wholeBetween(2000, 2100, '年份不对')) }),
  ),
  /** The year's development in Excel: one row per person and step day. */
  'develop.export': action<ExportLink>()('admin', v.object({ year: v.optional(wholeBetween(2000, 2100, '年份不对')) })),
}
