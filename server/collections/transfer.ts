import type { CollectionSpec } from './spec'

/** 组织关系转接, 外出, 失去联系 (issue 26). */
export const TRANSFER_COLLECTIONS = [
  {
    name: 'transfers',
    purpose:
      '组织关系转接：转出（支部发起、党委开具介绍信、回执）与转入（报到时登记的介绍信）；介绍信编号、有效期、党费交至，不删除（长期保存）',
    indexes: [
      { branchId: 1, requestedAt: -1 },
      { direction: 1, state: 1 },
      { state: 1, receiptRemindedAt: 1 },
      { memberId: 1 },
    ],
  },
  {
    name: 'absences',
    purpose: '党员外出（学习、挂职借调等6个月以内）：去向、外出与返回日期，不转组织关系',
    indexes: [
      { branchId: 1, fromOn: -1 },
      { memberId: 1, state: 1 },
    ],
  },
  {
    name: 'contactAttempts',
    purpose: '与失去联系党员的联系尝试：日期、方式、情况，由支部登记，不作任何自动处理',
    indexes: [{ branchId: 1, on: -1 }],
  },
  {
    name: 'transferSettings',
    purpose: '机关党委的设置（_id = bureau）：介绍信默认有效期，党内统计是否统计性别、学历',
    indexes: [],
  },
] as const satisfies readonly CollectionSpec[]
