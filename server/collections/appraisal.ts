import type { CollectionSpec } from './spec'

/** 民主评议党员 (issue 24): one grade per member per year; corrections keep what it held. */
export const APPRAISAL_COLLECTIONS = [
  {
    name: 'appraisals',
    purpose:
      '民主评议党员（_id = 年份_党员）：评定等次、理由、评定日期、限期改正到期日与提醒；记录后的修改逐条留痕（永久归档）',
    indexes: [
      { branchId: 1, year: 1 },
      { year: 1, branchId: 1 },
      { memberId: 1, year: -1 },
      { 'rectification.remindedAt': 1, 'rectification.endsOn': 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
