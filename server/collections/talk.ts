import type { CollectionSpec } from './spec'

/** 谈心谈话 (issue 24): talks between members of a branch, and each branch's setting. */
export const TALK_COLLECTIONS = [
  {
    name: 'talks',
    purpose: '谈心谈话：谁与谁、哪天谈的，谈话要点只有谈话双方能看；更正与撤回逐条留痕，不删除（支部工作手册档案）',
    indexes: [
      { branchId: 1, status: 1, date: 1 },
      { recorderId: 1, date: 1 },
      { partnerId: 1, date: 1 },
    ],
  },
  {
    name: 'talkSettings',
    purpose: '各支部谈心谈话计入哪几类（支委之间、支委与党员、党员之间），_id = 支部',
    indexes: [],
  },
] as const satisfies readonly CollectionSpec[]
