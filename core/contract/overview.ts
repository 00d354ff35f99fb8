/** 支部概览: the secretary's branch at a glance, in one call. */
import * as v from 'valibot'
import type { ComplianceRowView } from './attendance'
import { action } from './define'
import { docId } from './fields'
import type { MonthCollection } from '../dues/collection'
import type { DevelopFigure } from './develop'

export interface BranchOverview {
  branch: { id: string; name: string }
  month: string
  members: { total: number; bound: number }
  /** This month's published and closed activities of the branch. */
  activities: { published: number; closed: number }
  /** What waits for the secretary (or a collector) to act on. */
  waiting: { leavePending: number; makeupSubmitted: number; paymentsReported: number }
  /** This month's dues, as the branch's 党费 page counts them. */
  dues: MonthCollection
  /** This year's row of the rules matrix: what is still to hold this period, what was missed. */
  compliance: ComplianceRowView & { year: number }
  /** 党员发展: people in the pipeline and what is due this month, as its page lists them. */
  develop: DevelopFigure
}

export const secretaryOverviewActions = {
  'overview.branch': action<BranchOverview>()('secretary', v.object({ branchId: v.optional(docId('支部')) })),
}
