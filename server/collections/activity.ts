import type { CollectionSpec } from './spec'

/** Activity days, attendance, leave and 补学 (issue 4). Kept as branch work records; nothing is deleted. */
export const ACTIVITY_COLLECTIONS = [
  {
    name: 'activitySchedules',
    purpose: '支部每月固定学习日、党员集中活动日的规则（_id = 支部_类型）',
    indexes: [{ branchId: 1 }, { active: 1 }],
  },
  {
    name: 'activities',
    purpose: '活动：固定日的每月实例（_id = 规则_月份）与三会一课等单次活动；签到密钥只在云端（永久归档）',
    indexes: [
      { branchId: 1, month: 1 },
      { branchId: 1, startAt: -1 },
      { expectedIds: 1, status: 1, startAt: 1 },
      { scheduleId: 1, month: 1 },
      { month: 1, status: 1 },
      { status: 1, startAt: 1 },
      { branchId: 1, status: 1, endAt: 1 },
    ],
  },
  {
    name: 'signInCodes',
    purpose: '签到小程序码（_id = 活动）：活动的8位签到键，和当前30秒签到码的小程序码图片',
    indexes: [{ signInKey: 1 }],
    derived: '活动现场页按需生成：签到键在第一次显示签到码时生成，小程序码每30秒换一张；丢失只会重新生成',
  },
  {
    name: 'attendance',
    purpose: '出勤记录，每人每次活动一条（_id = 活动_党员）；更正保留历史并审计（永久归档）',
    indexes: [{ activityId: 1 }, { memberId: 1, startAt: -1 }, { branchId: 1, month: 1 }],
  },
  {
    name: 'leaveRequests',
    purpose: '请假申请与审批（_id = 活动_党员），保留每次申请和审批',
    indexes: [{ activityId: 1, status: 1 }, { memberId: 1 }],
  },
  {
    name: 'makeupTasks',
    purpose: '补学任务、心得与审核意见（_id = 活动_党员）',
    // memberId + status + updatedAt: a member's open tasks, latest first; status + createdAt: 补学 reminders
    indexes: [
      { memberId: 1, status: 1 },
      { branchId: 1, status: 1 },
      { activityId: 1 },
      { memberId: 1, status: 1, updatedAt: -1 },
      { status: 1, createdAt: 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
