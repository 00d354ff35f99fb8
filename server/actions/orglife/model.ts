import type { RectifyState } from '../../../core/orglife/types'

/** The checklist of one 组织生活会, `_id` = the activity's. */
export interface OrglifeChecklistDoc {
  _id: string
  activityId: string
  branchId: string
  opinions: { done: boolean; date: string | null; note: string }
  materials: { done: boolean }
  updatedAt: number
  updatedById: string | null
  updatedByName: string
}

/** One 整改事项 of a 组织生活会's 整改清单. Never deleted: a withdrawn one keeps its reason. */
export interface RectifyItemDoc {
  _id: string
  activityId: string
  branchId: string
  text: string
  ownerId: string
  ownerName: string
  /** China day by which it is to be done; not before the meeting's day. */
  dueOn: string
  state: RectifyState
  /** The closing note (已完成) or the withdrawal's reason (已撤销). */
  note: string
  contentVerdict: 'pass' | 'review'
  createdAt: number
  createdById: string | null
  updatedAt: number
  closedAt: number | null
  closedById: string | null
  closedByName: string
  /** Set once the owner and the secretary were told it is overdue: never told twice. */
  overdueRemindedAt: number | null
}
