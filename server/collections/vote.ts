import type { CollectionSpec } from './spec'

/** 表决 (issue 24): one per motion of a 支部党员大会, kept with every correction; never deleted. */
export const VOTE_COLLECTIONS = [
  {
    name: 'votes',
    purpose:
      '支部党员大会表决（每项一条）：表决事项、赞成/反对/弃权与书面意见票数、录入时应到与到会的有表决权人数；更正逐条留痕（永久归档）；subject 预留给党员发展的接收预备党员与转正表决',
    indexes: [{ activityId: 1, recordedAt: 1 }, { branchId: 1 }],
  },
] as const satisfies readonly CollectionSpec[]
