import type { CollectionSpec } from './spec'

/** Reading lists and study check-ins (issue 5). */
export const STUDY_COLLECTIONS = [
  {
    name: 'studyItems',
    purpose: '必读书目与学习资料：机关党委的全局书目和各支部自己的书目（停用不删除）',
    indexes: [
      { scope: 1, status: 1 },
      { branchId: 1, status: 1 },
    ],
  },
  {
    name: 'studyCheckins',
    purpose: '党员学习打卡记录（撤回为软删除，修改保留旧版本；长期保存）',
    indexes: [
      { memberId: 1, month: 1, status: 1 },
      { memberId: 1, day: 1, status: 1 },
      { memberId: 1, itemId: 1, status: 1 },
      { month: 1, status: 1 },
      // a member's check-ins of one day in the order they were made
      { memberId: 1, day: 1, status: 1, createdAt: 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
