/**
 * The party office's attendance views, the rules-compliance matrix and the Excel ledgers
 * (issue 11). Branches come in the organisation's order and people are never ranked (the 2026
 * rules against 形式主义 apply to dashboards too). Figures: core/attendance/figures.ts.
 */
import * as v from 'valibot'
import { activityType } from '../activity/fields'
import type { ActivityStatus, ActivityType, MakeupStatus } from '../activity/types'
import type { AttendanceFigures } from '../attendance/figures'
import type { RuleCheck } from '../attendance/compliance'
import type { RuleKey, RulePeriod } from '../attendance/rules'
import type { AppraisalGrade } from '../appraisal/types'
import { action } from './define'
import { chinaMonthField, docId, wholeBetween } from './fields'

export type { AttendanceFigures, MakeupFigures } from '../attendance/figures'
export type { RuleCheck, PeriodCheck, CellState, PeriodState } from '../attendance/compliance'
export type { RuleKey, RulePeriod } from '../attendance/rules'

/**
 * Dues collected in a period: paid (up to what was due) ÷ due, as on 党费收缴情况. A month whose
 * collection day has not come yet is not `open`: its amounts are what is billed and prepaid so
 * far, and it has no rate; a total over several months counts the open ones only.
 */
export interface DuesFigure {
  dueFen: number
  paidFen: number
  ratePct: number | null
  open: boolean
}

/** Members with a study record in a period ÷ the branch's members (a share, never a ranking). */
export interface StudyFigure {
  members: number
  withRecord: number
  sharePct: number | null
}

export interface BranchYearRow {
  branchId: string
  name: string
  /** For the chosen period (the month, or the whole year). */
  total: AttendanceFigures
  byType: Partial<Record<ActivityType, AttendanceFigures>>
  /** The year's months, for the chart. */
  byMonth: AttendanceFigures[]
  dues: DuesFigure
  study: StudyFigure
}

/** 总览: every branch's attendance, 补学, dues and study for a month or a year, in one call. */
export interface BureauAttendance {
  year: number
  /** The chosen month, or null for the whole year. */
  month: string | null
  months: string[]
  /** The server's current month, so the app can offer "上月". */
  currentMonth: string
  /** Activity types held in the period, in the app's usual order. */
  types: ActivityType[]
  bureau: Omit<BranchYearRow, 'branchId' | 'name'>
  branches: BranchYearRow[]
}

export interface ActivityFiguresRow {
  id: string
  type: ActivityType
  title: string
  status: ActivityStatus
  date: string
  startAt: number
  place: string
  figures: AttendanceFigures
}

/** A branch's months at a glance: types × months, its activities, dues, study and the rules. */
export interface BranchAttendance {
  branch: { id: string; name: string }
  year: number
  month: string | null
  months: string[]
  currentMonth: string
  total: AttendanceFigures
  byMonth: AttendanceFigures[]
  /** Types × months of the year (only types held this year). */
  grid: Array<{ type: ActivityType; total: AttendanceFigures; byMonth: AttendanceFigures[] }>
  /** Activities held in the chosen period, latest first. */
  activities: ActivityFiguresRow[]
  dues: { total: DuesFigure; byMonth: DuesFigure[] }
  study: { total: StudyFigure; byMonth: StudyFigure[] }
  compliance: ComplianceRowView
}

export type AbsenceStatus = 'absent' | 'onLeave' | 'leavePending'

export interface AbsenteeRow {
  memberId: string
  name: string
  status: AbsenceStatus
  /** The leave request's reason, or 未请假. */
  reason: string
  makeup: Exclude<MakeupStatus, 'cancelled'> | null
  /** The 补学 was done in person (线下补学) on this day (`2026-03-10`). */
  makeupOffline?: string
}

/** Who was missing from an activity, or from every activity of a cell (branch × month × type). */
export interface Absentees {
  branch: { id: string; name: string }
  /** `3月支委会`, or the activity's title. */
  title: string
  activities: Array<{ activity: ActivityFiguresRow; people: AbsenteeRow[] }>
}

/** One member's year: each activity they were expected at, with their standing and 补学. */
export interface MemberYear {
  member: { id: string; name: string; branchName: string; left: boolean }
  year: number
  figures: AttendanceFigures
  rows: Array<{
    activity: ActivityFiguresRow
    status: 'present' | AbsenceStatus
    reason: string | null
    makeup: Exclude<MakeupStatus, 'cancelled'> | null
    /** The 补学 was done in person (线下补学) on this day (`2026-03-10`). */
    makeupOffline?: string
  }>
}

export interface RuleView {
  key: RuleKey
  label: string
  period: RulePeriod
  count: number
  /** `每季度1次`. */
  words: string
}

export interface ComplianceRowView {
  checks: RuleCheck[]
  /** `本季度还需召开党员大会`. */
  toHold: string[]
  /** `第一季度未召开党员大会`. */
  missed: string[]
}

/**
 * A branch's organisational-life records of a year beside the rules grid: 民主评议 (full members
 * on the roll graded, of how many; 预备党员 take part and are not graded) and 谈心谈话 (people
 * asked for a talk who have had every one). Counts only, no names, no ranking.
 */
export interface OrgLifeState {
  appraisal: {
    evaluated: number
    graded: number
    probationary: number
    counts: Record<AppraisalGrade, number>
    words: string
  }
  talk: { counted: number; covered: number; talks: number; share: string; words: string }
  /** The 整改清单 of the year's 组织生活会 (held so far), each item's state on the day asked. */
  rectify: { meetings: number; total: number; done: number; open: number; overdue: number; words: string }
}

/** Branches × what the rules ask, for a year. */
export interface ComplianceMatrix {
  year: number
  currentMonth: string
  rules: RuleView[]
  branches: Array<{ branchId: string; name: string; orgLife: OrgLifeState } & ComplianceRowView>
}

/** `developYear`: 党员发展's year for the annual report (issue 25); `transferLetters` and `partyStats`: issue 26. */
export type ExportKind = 'branchYear' | 'bureauYear' | 'developYear' | 'transferLetters' | 'partyStats'

export interface ExportFile {
  id: string
  kind: ExportKind
  branchId: string | null
  /** `机关第一党支部` or `全机关`. */
  scopeName: string
  year: number
  fileName: string
  sizeBytes: number
  createdAt: number
  byName: string
}

/** A saved export, with a temporary link to open or download it (valid two hours). */
export interface ExportLink extends ExportFile {
  /** The file in cloud storage: the mini-program opens it with wx.cloud.downloadFile. */
  fileID: string
  url: string
  expiresAt: number
}

/** 导出: the branches to choose from, the years, and recent exports. */
export interface ExportPage {
  branches: Array<{ branchId: string; name: string }>
  years: number[]
  recent: ExportFile[]
}

const branchId = v.optional(docId('支部'))
const year = v.optional(wholeBetween(2000, 2100, '年份不对'))
const month = v.optional(chinaMonthField('月份'))

export const secretaryAttendanceActions = {
  /** A branch's months at a glance (a secretary's own branch; admins name one). */
  'attendance.branch': action<BranchAttendance>()('secretary', v.object({ branchId, year, month })),
  /** Absentees with reasons and 补学: of one activity, or of a cell (branch × month × type). */
  'attendance.absentees': action<Absentees>()(
    'secretary',
    v.object({ activityId: v.optional(docId('活动')), branchId, month, type: v.optional(activityType) }),
  ),
  /** One member's year. */
  'attendance.member': action<MemberYear>()('secretary', v.object({ memberId: docId('党员'), year })),
  /** The branch's year as the 支部工作手册 ledger in Excel. */
  'attendance.exportBranch': action<ExportLink>()('secretary', v.object({ branchId, year })),
  /** A new temporary link to an earlier export (its branch's officers, or admins). */
  'attendance.exportLink': action<ExportLink>()('secretary', v.object({ exportId: docId('导出文件') })),
}

export const adminAttendanceActions = {
  /** 总览: every branch for a month or a year. */
  'attendance.bureau': action<BureauAttendance>()('admin', v.object({ year, month })),
  /** Branches × what the rules ask. */
  'attendance.compliance': action<ComplianceMatrix>()('admin', v.object({ year })),
  /** 导出's first view. */
  'attendance.exports': action<ExportPage>()('admin', v.object({})),
  /** The bureau's summary of a year in Excel. */
  'attendance.exportBureau': action<ExportLink>()('admin', v.object({ year })),
}
