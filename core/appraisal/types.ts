/**
 * 民主评议党员 (issue 24): once a year each branch decides every member's grade.
 *
 * Sources:
 * - 中共中央组织部《关于建立民主评议党员制度的意见》(1988): the appraisal is held once a year; the
 *   grades are 优秀 / 合格 / 基本合格 / 不合格; a member found 不合格 who can change is given a
 *   period to correct it (限期改正), normally one year; the 党章 (第九条) asks the branch to educate
 *   such a member and require 限期改正, and to persuade one who does not change to leave.
 * - 《中国共产党支部工作条例（试行）》(2018) and 《中国共产党党员教育管理工作条例》(2019): a branch
 *   holds 民主评议党员 once a year (个人自评、党员互评、民主测评), and the 支委会 or 党员大会 decides
 *   the grade from the appraisal and the member's everyday conduct.
 * - 预备党员: the organisation departments' published answers (e.g. 甘肃党建 《民主评议党员应知应会
 *   问答》, 2022) — “预备党员参加民主评议，但不评定等次”; and the share of 优秀 “一般不超过党员总数的
 *   三分之一”, where 党员总数 counts the full members only. So a 预备党员 is on the sheet (they take
 *   part, and the facts beside them show) but receives no grade, and the one-third counts full members.
 * - The 2026 rules forbid study counts or time on the app as grounds: the sheet shows only
 *   meetings missed (with their reasons) and dues months unpaid.
 */

export const APPRAISAL_GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number]

/** 基本合格 and 不合格 are recorded with the branch's reason. */
export function needsReason(grade: AppraisalGrade): boolean {
  return grade === 'basic' || grade === 'unqualified'
}

/** 不合格 starts 限期改正. */
export function startsRectification(grade: AppraisalGrade): boolean {
  return grade === 'unqualified'
}

export function isGrade(value: string): value is AppraisalGrade {
  return (APPRAISAL_GRADES as readonly string[]).includes(value)
}
