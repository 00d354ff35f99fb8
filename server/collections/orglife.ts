import type { CollectionSpec } from './spec'

/** 组织生活会 (issue 24): each meeting's checklist and its 整改清单. */
export const ORGLIFE_COLLECTIONS = [
  {
    name: 'orglifeChecklists',
    purpose: '组织生活会会前准备：征求意见（日期、说明）与对照检查材料的勾选，_id = 活动',
    indexes: [],
  },
  {
    name: 'rectifyItems',
    purpose: '组织生活会整改清单：事项、责任人、完成时限、状态，完成须写明情况，撤销须写明原因，不删除',
    indexes: [
      { activityId: 1, createdAt: 1 },
      { ownerId: 1, dueOn: 1 },
      { state: 1, dueOn: 1, overdueRemindedAt: 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
