import type { CollectionSpec } from './spec'

/** 党纪党规知识测试 (issue 27): the bank, papers, a member's attempts and every answer. */
export const QUIZ_COLLECTIONS = [
  {
    name: 'quizQuestions',
    purpose: '知识测试题库：题型、专题、题干、选项、正确答案、解析、出处；机关党委的或某支部的；答过的题只停用不删除',
    indexes: [
      { status: 1, topic: 1 },
      { branchId: 1, status: 1 },
      { importId: 1, status: 1 },
    ],
  },
  {
    name: 'quizPapers',
    purpose: '知识测试试卷：按专题从题库抽题，开放日期，发布时的题目原文，发布通知',
    indexes: [
      { scope: 1, openTo: -1 },
      { branchId: 1, openTo: -1 },
    ],
  },
  {
    name: 'quizAttempts',
    purpose: '党员每一遍作答的进度（已答、答对），只本人可见；_id = 试卷_党员_第几遍',
    indexes: [{ paperId: 1, memberId: 1 }, { memberId: 1 }],
  },
  {
    name: 'quizAnswers',
    purpose: '每一道题的作答，答一题存一题（断线不丢）；错题本由此得出；机关党委只看每题错答比例（不少于5人）',
    indexes: [{ attemptId: 1 }, { memberId: 1, at: 1 }, { paperId: 1, n: 1 }, { questionId: 1 }],
  },
] as const satisfies readonly CollectionSpec[]
