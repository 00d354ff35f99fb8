import type { CollectionSpec } from './spec'

/** 会议记录 (issue 24): one per meeting, kept with every amendment; never deleted. */
export const MINUTES_COLLECTIONS = [
  {
    name: 'minutes',
    purpose:
      '会议记录（_id = 活动）：主持人、记录人、议题、发言要点、决议事项、照片与附件；确认后的修改逐条留痕（永久归档）',
    // By branch (the branch's views) and by state alone (the bureau's 制度落实情况).
    indexes: [{ branchId: 1, status: 1 }, { status: 1 }],
  },
] as const satisfies readonly CollectionSpec[]
