/**
 * 组织生活会 (issue 24 part 4): before the year's 组织生活会 the secretary's checklist (谈心谈话
 * coverage read from the talks, 征求意见 ticked with a date and note, the notice's days ahead read
 * from the activity, 对照检查材料 ticked); after it the 整改清单 — items with an owner from the
 * roster, a due day not before the meeting, a state, closed with a note, withdrawn with a reason,
 * never deleted. The office sees counts per branch; a member the items they own.
 */
import * as v from 'valibot'
import { ORGLIFE_LIMITS } from '../orglife/limits'
import {
  OPEN_RECTIFY_STATES,
  ORGLIFE_TICKS,
  type OpenRectifyState,
  type OrglifeCheck,
  type OrglifeTick,
  type RectifyState,
} from '../orglife/types'
import { action } from './define'
import { chinaDateField, docId, optionalText, text } from './fields'

export { ORGLIFE_LIMITS } from '../orglife/limits'
export { ORGLIFE_CHECK_LABELS, RECTIFY_STATE_LABELS, OVERDUE_LABEL, ORGLIFE_RULE_SOURCE } from '../orglife/labels'
export type { OpenRectifyState, OrglifeCheck, OrglifeTick, RectifyState } from '../orglife/types'

/** One 整改事项 as the secretary and its owner read it. */
export interface RectifyItemView {
  id: string
  activityId: string
  /** The meeting it came from, in words: `2025年度组织生活会（2025年12月18日）`. */
  meeting: string
  text: string
  ownerId: string
  ownerName: string
  dueOn: string
  /** `2026年3月31日前完成（还有12天）`. */
  dueWords: string
  state: RectifyState
  stateLabel: string
  overdue: boolean
  /** The closing note (已完成) or the withdrawal's reason (已撤销); '' while open. */
  note: string
  closedAt: number | null
  closedByName: string
  /** Still open: the secretary may change or close it. */
  open: boolean
}

export interface ChecklistLine {
  key: OrglifeCheck
  label: string
  done: boolean
  /** How it stands, in words: `已谈12人，未谈4人（自10月15日以来）`, `提前12天发布通知`, `2026年12月1日 已征求意见：…`. */
  words: string
  /** The secretary ticks it (征求意见, 对照检查材料); the others are read from the records. */
  tickable: boolean
}

/** The secretary's page for one 组织生活会. */
export interface OrglifePage {
  activity: {
    id: string
    title: string
    branchId: string
    branchName: string
    /** The meeting's China day: the earliest due day an item may have. */
    date: string
    when: string
    statusLabel: string
    year: number
  }
  /** The branch's other 组织生活会, latest first, to switch to. */
  meetings: Array<{ id: string; label: string }>
  today: string
  source: string
  checklist: ChecklistLine[]
  /** What the 征求意见 tick holds, to fill the sheet. */
  opinions: { done: boolean; date: string | null; note: string }
  /** The branch's people an item may be given to, by name. */
  people: Array<{ id: string; name: string }>
  items: RectifyItemView[]
  figures: { total: number; open: number; overdue: number; done: number; withdrawn: number }
}

/** The office's counts per branch, in the organisation's order (never ranked). */
export interface OrglifeCounts {
  today: string
  branches: Array<{
    branchId: string
    name: string
    /** This year's 组织生活会 in words, or `本年度尚未安排组织生活会`. */
    meeting: string
    /** The meeting whose 整改清单 was written last, to open; null without items. */
    activityId: string | null
    total: number
    open: number
    overdue: number
    done: number
  }>
  total: { total: number; open: number; overdue: number; done: number }
}

/** 我的整改事项. */
export interface MyRectifyItems {
  today: string
  items: RectifyItemView[]
}

const activityId = docId('活动')
const itemId = docId('整改事项')
const ownerId = docId('责任人')
const dueOn = chinaDateField('完成时限')
const itemText = text('整改事项', ORGLIFE_LIMITS.itemText, 2)
const tick = v.picklist(ORGLIFE_TICKS as OrglifeTick[], '清单项不对')
const openState = v.picklist(OPEN_RECTIFY_STATES as OpenRectifyState[], '整改状态不对')

export const secretaryOrglifeActions = {
  /**
   * The checklist and the 整改清单 of one 组织生活会 of the branch; without an id, the next one
   * to come, else the latest held.
   */
  'orglife.page': action<OrglifePage>()(
    'secretary',
    v.object({ activityId: v.optional(activityId), branchId: v.optional(docId('支部')) }),
  ),
  /** Ticks or unticks 征求意见 (with its day and a short note) or 对照检查材料. */
  'orglife.tick': action<OrglifePage>()(
    'secretary',
    v.object({
      activityId,
      key: tick,
      done: v.boolean('请选择是否完成'),
      date: v.optional(v.nullable(chinaDateField('征求意见日期'))),
      note: optionalText('说明', ORGLIFE_LIMITS.opinionNote),
    }),
  ),
  /** Adds a 整改事项: text, owner from the roster, due day not before the meeting. */
  'orglife.addItem': action<OrglifePage>()('secretary', v.object({ activityId, text: itemText, ownerId, dueOn })),
  /** Changes an open item's text, owner, due day or state (未开始 / 整改中). */
  'orglife.updateItem': action<OrglifePage>()(
    'secretary',
    v.object({ itemId, text: itemText, ownerId, dueOn, state: openState }),
  ),
  /** Closes an item as 已完成 with the note of what was done (required). */
  'orglife.closeItem': action<OrglifePage>()(
    'secretary',
    v.object({ itemId, note: text('完成情况', ORGLIFE_LIMITS.closeNote, ORGLIFE_LIMITS.closeNoteMin) }),
  ),
  /** Withdraws an item (entered by mistake); it keeps its record with the reason. */
  'orglife.withdrawItem': action<OrglifePage>()(
    'secretary',
    v.object({ itemId, reason: text('撤销原因', ORGLIFE_LIMITS.reason, ORGLIFE_LIMITS.reasonMin) }),
  ),
}

export const adminOrglifeActions = {
  /** Open and overdue 整改事项 per branch. */
  'orglife.counts': action<OrglifeCounts>()('admin', v.object({})),
}

export const memberOrglifeActions = {
  /** The 整改事项 I own. */
  'orglife.mine': action<MyRectifyItems>()('member', v.object({})),
}
