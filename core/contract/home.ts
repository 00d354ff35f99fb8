/** 首页: everything a member must act on, in one call; for officers, what waits for them too. */
import * as v from 'valibot'
import type { AttendanceFigures } from '../attendance/figures'
import type { ChinaMonth } from '../dates'
import type { ActivityListItem, MakeupItem } from './activity'
import type { DuesFigure, StudyFigure } from './attendance'
import { action } from './define'
import type { DuesHomeStatus } from './dues'
import type { Session } from './session'

/**
 * What waits for a branch's officers (书记, 支委), counted as 支部管理 counts it; each count
 * opens its queue.
 */
export interface OfficerTodo {
  branchId: string
  /** Leave requests waiting for a decision (请假审批). */
  leavePending: number
  /** 补学心得 submitted and waiting for review (补学审核). */
  makeupSubmitted: number
  /** Payments members reported, waiting to be confirmed (党费). */
  paymentsReported: number
  /** Members on the roll not yet bound to WeChat (成员: 发绑定码). */
  unbound: number
  /** 党员发展 steps due this month (本月要办), the figure 支部管理's 党员发展 badge shows. */
  developDue: number
  /**
   * 谈心谈话 before a 组织生活会 within 30 days while some are not covered, in words (opens 谈心谈话);
   * absent otherwise.
   */
  talkNudge?: string
}

/** A branch the party office should look at, with why in words (core/home/attention.ts). */
export interface BranchAttention {
  branchId: string
  name: string
  reasons: string[]
}

/**
 * The party office's 首页: this month across the bureau, as 出勤总览 computes it for the month,
 * and the branches needing attention in the organisation's order (never ranked).
 */
export interface OfficeHome {
  month: ChinaMonth
  branches: number
  /** Active members of the active branches. */
  members: number
  /** This month's activities held so far, with their attendance. */
  attendance: AttendanceFigures
  /** This month's dues collection (the same sums as 党费收缴情况). */
  dues: DuesFigure
  /** Members with a study record this month. */
  study: StudyFigure
  attention: BranchAttention[]
}

export interface MemberHome {
  session: Session
  /** The next activity I am expected at, with what I can do from its card. */
  nextActivity: ActivityListItem | null
  /** My open 补学 tasks, most urgent first. */
  makeup: MakeupItem[]
  /** China days of this month on which I recorded study. */
  study: { month: string; studyDays: string[] } | null
  /** This month's dues and any arrears. */
  dues: DuesHomeStatus | null
  /** Notices published since I bound, not yet opened. */
  unreadNotices: number
  /** Notices I opened that still ask for my 确认收到 (not counted among the unread). */
  noticesToAck: number
  /** Bound in the last 7 days: 首页 greets me once with what the app does and where to start. */
  welcome: boolean
  /** For a 书记 or 支委: what waits in their own branch; null for everyone else. */
  officer: OfficerTodo | null
  /** For the party office (机关党委): this month's figures; null for everyone else. */
  office: OfficeHome | null
}

export const memberHomeActions = {
  'home.get': action<MemberHome>()('anyone', v.object({})),
}
