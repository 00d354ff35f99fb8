/** What a person reads for 民主评议党员. */
import type { AppraisalGrade } from './types'

export const APPRAISAL_GRADE_LABELS: Record<AppraisalGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basic: '基本合格',
  unqualified: '不合格',
}

export const APPRAISAL_WORDS = {
  title: '民主评议党员',
  probationary: '预备党员参加评议，不评定等次',
  notYet: '未评定',
  reason: '评定理由',
  correction: '修改原因',
  decidedOn: '评定日期',
  rectification: '限期改正',
  noFacts: '本年度无缺席、无欠缴党费',
  /** The only facts beside a member: organisational life, never study. */
  factsNote: '仅列本年度组织生活缺席及原因、党费未交月份，不以学习次数或时长作为评议依据',
} as const
