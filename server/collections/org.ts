import type { CollectionSpec } from './spec'

/** The organisation, its people and their binding (issue 3). */
export const ORG_COLLECTIONS = [
  {
    name: 'orgs',
    purpose: '组织树：机关党委、党总支、党支部、党小组（永久）',
    indexes: [{ parentId: 1 }, { kind: 1, status: 1 }, { status: 1 }],
  },
  {
    name: 'members',
    purpose: '党员名册与微信绑定（永久；离开的标记为已离开，不删除）',
    // status alone: everyone on the roll (timers, the office's lists); importId: one roster import's rows
    indexes: [{ openid: 1 }, { branchId: 1, status: 1 }, { branchId: 1, name: 1 }, { status: 1 }, { importId: 1 }],
  },
  { name: 'bindingCodes', purpose: '一次性绑定码（过期后保留记录）', indexes: [{ memberId: 1 }, { branchId: 1 }] },
  {
    name: 'auditLog',
    purpose: '书记和机关党委每一次修改的审计记录（永久，只追加）',
    indexes: [{ at: -1 }, { actorId: 1, at: -1 }, { branchId: 1, at: -1 }, { kind: 1, at: -1 }],
  },
] as const satisfies readonly CollectionSpec[]
