/** 知识测试 test data: a small bank of the office's, a paper open today drawn from it, answers and attempts. */
import { addDays } from '../../core/study'
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { AnswerDoc, AttemptDoc, PaperDoc, QuestionDoc } from '../../server/actions/quiz/model'
import { insertDocs } from './activity-mothers'

export function aQuestion(overrides: Partial<QuestionDoc> = {}): QuestionDoc {
  return {
    _id: 'qq-1',
    kind: 'single',
    topic: 'charter',
    stem: '预备党员的预备期为多长时间？',
    options: ['半年', '一年', '两年', '三年'],
    answer: [1],
    explanation: '党章规定预备党员的预备期为一年。',
    source: '《中国共产党章程》第七条',
    branchId: null,
    status: 'active',
    importId: null,
    contentVerdict: 'pass',
    createdAt: 1,
    updatedAt: 1,
    updatedByName: '党委办',
    ...overrides,
  }
}

/** Four of the office's questions: 党章 单选, 多选, 判断 and one of 纪律处分条例. */
export const BANK: QuestionDoc[] = [
  aQuestion(),
  aQuestion({
    _id: 'qq-2',
    kind: 'multiple',
    stem: '党员享有下列哪些权利？',
    options: ['参加党的有关会议', '在党的会议上参加讨论', '谋求私利和特权', '行使表决权、选举权'],
    answer: [0, 1, 3],
    explanation: '党员不得谋求任何私利和特权。',
    source: '《中国共产党章程》第四条',
    createdAt: 2,
  }),
  aQuestion({
    _id: 'qq-3',
    kind: 'judge',
    stem: '预备党员有表决权。',
    options: ['正确', '错误'],
    answer: [1],
    explanation: '预备党员没有表决权、选举权和被选举权。',
    source: '《中国共产党章程》第七条',
    createdAt: 3,
  }),
  aQuestion({
    _id: 'qq-4',
    topic: 'discipline',
    stem: '对党员的纪律处分有几种？',
    options: ['三种', '四种', '五种', '六种'],
    answer: [2],
    explanation: '警告、严重警告、撤销党内职务、留党察看、开除党籍。',
    source: '《中国共产党纪律处分条例》第二章',
    createdAt: 4,
  }),
]

export async function insertBank(cloud: LocalCloud, questions: QuestionDoc[] = BANK): Promise<QuestionDoc[]> {
  await insertDocs(cloud, 'quizQuestions', questions)
  return questions
}

/** The office's paper of the three 党章 questions, open from two days ago to ten days ahead. */
export function aPaper(cloud: LocalCloud, overrides: Partial<PaperDoc> = {}): PaperDoc {
  const today = chinaDate(cloud.clock.now())
  return {
    _id: 'qp-1',
    scope: 'bureau',
    branchId: null,
    title: '本月党章知识测试',
    topics: ['charter'],
    openFrom: addDays(today, -2),
    openTo: addDays(today, 10),
    questions: BANK.slice(0, 3).map(({ _id, kind, topic, stem, options, answer, explanation, source }) => ({
      id: _id,
      kind,
      topic,
      stem,
      options,
      answer,
      explanation,
      source,
    })),
    noticeId: null,
    publishedAt: cloud.clock.now() - 2 * 86_400_000,
    publishedById: null,
    publishedByName: '党委办',
    ...overrides,
  }
}

/** The bank and the paper, for tests that take it. */
export async function insertPaper(cloud: LocalCloud, overrides: Partial<PaperDoc> = {}): Promise<PaperDoc> {
  const paper = aPaper(cloud, overrides)
  await insertDocs(cloud, 'quizPapers', [paper])
  return paper
}

/** A member's finished first attempt at the paper, every answer as given (true: right). */
export async function insertDoneAttempt(
  cloud: LocalCloud,
  paper: PaperDoc,
  member: { id: string; branchId: string },
  rights: boolean[],
  n = 1,
): Promise<AttemptDoc> {
  const at = cloud.clock.now() - 3600_000
  const attempt: AttemptDoc = {
    _id: `${paper._id}_${member.id}_${n}`,
    paperId: paper._id,
    memberId: member.id,
    branchId: member.branchId,
    n,
    total: paper.questions.length,
    answered: paper.questions.length,
    correct: rights.filter(Boolean).length,
    startedAt: at,
    doneAt: at,
    checkInId: null,
  }
  const answers: AnswerDoc[] = paper.questions.map((q, i) => ({
    _id: `${attempt._id}_${q.id}`,
    mode: 'paper',
    attemptId: attempt._id,
    paperId: paper._id,
    questionId: q.id,
    memberId: member.id,
    branchId: member.branchId,
    n,
    choice: rights[i] ? q.answer : q.kind === 'multiple' ? [q.answer[0]!] : [q.answer[0] === 0 ? 1 : 0],
    correct: !!rights[i],
    at,
  }))
  await insertDocs(cloud, 'quizAttempts', [attempt])
  await insertDocs(cloud, 'quizAnswers', answers)
  return attempt
}
