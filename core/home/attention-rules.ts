/**
 * The rules by which the party office's 首页 lists a branch as needing attention, with their
 * limits, written once: core/home/attention.ts applies them, 首页 states them under the list.
 * Each is a fact a person can check on the screen it comes from, never a score or a comparison
 * between branches:
 * 1. No 固定学习日 or 党员集中活动日 this month, held or scheduled: their instances appear by
 *    themselves from the branch's rule, so none means the rule is missing or was cancelled.
 * 2. The period just ended (上月 for monthly rules, 上季度 for quarterly ones) without what the
 *    rules ask, as 制度落实情况 marks it ✗. Yearly rules (组织生活会, 民主评议) are left to that
 *    screen: they fall at the year's end and would read as missing all year.
 * 3. Members with 3 or more consecutive months unpaid, as the branch's 党费 page lists arrears:
 *    the regulation's first warning before 6 months counts as leaving the party.
 * 4. A leave request, 补学心得 or payment report waiting more than 7 days for the branch (each
 *    "waiting" as its queue defines it): a week is long enough for any branch to answer.
 */

export const ATTENTION_LIMITS = {
  /** A leave request, 补学心得 or payment report waiting longer than this is overdue for an answer. */
  waitingDays: 7,
  /** The regulation's first warning: 6 months unpaid without reason counts as leaving the party. */
  arrearsMonths: 3,
} as const

/** The rules, as 首页 states them under the list. */
export const ATTENTION_RULE_WORDS: readonly string[] = [
  '本月没有安排固定学习日或党员集中活动日',
  '上月、上季度未按要求召开三会一课（全年的见“制度落实情况”）',
  `有党员连续${ATTENTION_LIMITS.arrearsMonths}个月以上未交党费`,
  `请假、补学心得或缴费报告等待处理超过${ATTENTION_LIMITS.waitingDays}天`,
]
