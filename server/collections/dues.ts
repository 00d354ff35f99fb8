import type { CollectionSpec } from './spec'

/** Party dues: amounts, bills, payments (issue 6). Kept 30 years (accounting archives); never deleted. */
export const DUES_COLLECTIONS = [
  {
    name: 'duesSettings',
    purpose: '各支部党费设置：收缴日、预交月数、农民党员金额、收缴人（_id 为支部 id）',
    indexes: [{ collectionDay: 1 }],
  },
  {
    name: 'duesAmounts',
    purpose: '党员每年（或自某月起）确认的党费基数与月缴金额，含减免及批准人（保存30年）',
    indexes: [
      { memberId: 1, effectiveFrom: 1 },
      { branchId: 1, year: 1 },
    ],
  },
  {
    name: 'duesBills',
    purpose: '每名党员每月的应交党费（_id 为 党员id_月份），定时任务在收缴日生成（保存30年）',
    indexes: [
      { memberId: 1, month: 1 },
      { branchId: 1, month: 1 },
      { month: 1, branchId: 1 },
      { memberId: 1, state: 1, month: 1 },
      { state: 1, updatedAt: 1 },
      { branchId: 1, state: 1 },
    ],
  },
  {
    name: 'duesPayments',
    purpose: '党费缴纳记录：报告、确认、退回、当面登记与冲正，确认后不可修改（保存30年）',
    indexes: [{ memberId: 1, reportedAt: -1 }, { branchId: 1, status: 1 }, { posted: 1 }],
  },
] as const satisfies readonly CollectionSpec[]
