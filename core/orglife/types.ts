/**
 * 组织生活会 (issue 24 part 4). 《中国共产党支部工作条例（试行）》(2018) 第十九条: “党支部每年至少
 * 召开1次组织生活会……会前，党支部应当认真组织学习，广泛征求意见，开展谈心谈话，查摆问题”; 中组部
 * 《关于加强和规范党内政治生活的若干准则》与《县以上党和国家机关党员领导干部民主生活会若干规定》
 * 的通行做法：会议通知与议题一般提前10天以上告知，会后列出整改清单，明确责任人与时限，逐项销号。
 * The app keeps the checklist before the meeting and the 整改清单 after it. Items are never deleted.
 */

/** Checklist lines a secretary ticks (the other two are read: talks and the notice). */
export type OrglifeTick = 'opinions' | 'materials'
export const ORGLIFE_TICKS: readonly OrglifeTick[] = ['opinions', 'materials']

/** All checklist lines in the order they are shown. */
export type OrglifeCheck = 'talks' | 'opinions' | 'notice' | 'materials'
export const ORGLIFE_CHECKS: readonly OrglifeCheck[] = ['talks', 'opinions', 'notice', 'materials']

/** 整改事项 states. 未开始 / 整改中 are open; 已完成 closes with a note; 已撤销 keeps the record with a reason. */
export type RectifyState = 'notStarted' | 'inProgress' | 'done' | 'withdrawn'
export const RECTIFY_STATES: readonly RectifyState[] = ['notStarted', 'inProgress', 'done', 'withdrawn']
/** The states a secretary sets by hand while an item is open. */
export type OpenRectifyState = 'notStarted' | 'inProgress'
export const OPEN_RECTIFY_STATES: readonly OpenRectifyState[] = ['notStarted', 'inProgress']
