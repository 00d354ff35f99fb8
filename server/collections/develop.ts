import type { CollectionSpec } from './spec'

/** 党员发展 (issue 25): the people in the pipeline, from the application to 转正. */
export const DEVELOP_COLLECTIONS = [
  {
    name: 'developCandidates',
    purpose:
      '党员发展：入党申请人、积极分子、发展对象、预备党员的姓名、支部、25个步骤各自的日期与记录人、培养联系人与入党介绍人（名册成员）、材料清单；不存身份证号，政审内容留在纸质档案；停止培养的存档不删除，永久保存',
    indexes: [
      { branchId: 1, status: 1 },
      { status: 1, updatedAt: 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
