/** 民主评议党员 (issue 24). */
import type {
  adminAppraisalActions,
  memberAppraisalActions,
  secretaryAppraisalActions,
} from '../../core/contract/appraisal'
import { planRectificationReminders } from '../actions/appraisal/job'
import { appraisalCounts, myAppraisals, sheet } from '../actions/appraisal/read'
import { correctGrade, recordGrade } from '../actions/appraisal/write'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberAppraisalActions> = {
  'appraisal.mine': myAppraisals,
}

export const secretary: HandlersFor<'secretary', typeof secretaryAppraisalActions> = {
  'appraisal.sheet': sheet,
  'appraisal.record': recordGrade,
  'appraisal.correct': correctGrade,
}

export const admin: HandlersFor<'admin', typeof adminAppraisalActions> = {
  'appraisal.counts': appraisalCounts,
}

/** 限期改正 reminders to the secretary, once, a month before the end. */
export const jobs: Record<string, Job> = { 'appraisal.rectification': planRectificationReminders }
