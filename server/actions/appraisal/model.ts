import type { AppraisalGrade } from '../../../core/appraisal/types'

/** The grade a branch decided for a member for a year. */
export interface AppraisalContent {
  grade: AppraisalGrade
  reason: string
  decidedOn: string
}

/** 民主评议, `_id` = `${year}_${memberId}`: a member is graded once a year, by the branch they were in. */
export interface AppraisalDoc extends AppraisalContent {
  _id: string
  /** Which tap wrote it (from the request's key): its retry is told success, not 已记录. */
  recordKey?: string
  year: number
  memberId: string
  memberName: string
  branchId: string
  recordedAt: number
  recordedById: string | null
  recordedByName: string
  updatedAt: number
  /** 不合格: 限期改正 until `endsOn`; the secretary is reminded once (`remindedAt`) a month before. */
  rectification: { endsOn: string; remindedAt: number | null } | null
  contentVerdict: 'pass' | 'review'
  corrections: Array<{
    at: number
    byId: string | null
    byName: string
    reason: string
    before: AppraisalContent
  }>
}

export const appraisalId = (year: number, memberId: string): string => `${year}_${memberId}`
