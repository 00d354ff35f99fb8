/**
 * 党纪党规知识测试 (issue 27): the office keeps the question bank (a branch may keep its own), and
 * the office or a branch publishes a paper drawn from it by topic with an open period; members take
 * it one question at a time, each answer saved as they go, and practise from their own 错题本.
 * Nobody sees another member's answers: the secretary sees a yes/no per member, the office each
 * question's share of wrong answers across the bureau (only from QUIZ_LIMITS.figureMin answers).
 * No ranking, no points, no timer.
 */
import * as v from 'valibot'
import { QUIZ_LIMITS } from '../quiz/limits'
import { QUESTION_KINDS, QUIZ_TOPICS, type QuestionKind, type QuizTopic } from '../quiz/types'
import { action } from './define'
import { chinaDateField, docId, optionalText, text, wholeBetween } from './fields'
import type {
  QuizBank,
  QuizBranchPage,
  QuizFigures,
  QuizHome,
  QuizImportPreview,
  QuizTake,
  WrongBook,
} from './quiz-views'

export { QUIZ_LIMITS } from '../quiz/limits'
export {
  JUDGE_OPTIONS,
  OPTION_LETTERS,
  PAPER_STATE_LABELS,
  QUESTION_KIND_LABELS,
  QUIZ_IMPORT_EXAMPLE,
  QUIZ_IMPORT_HEADER,
  QUIZ_PROMISE,
  QUIZ_TOPIC_LABELS,
} from '../quiz/labels'
export { QUESTION_KINDS, QUIZ_TOPICS } from '../quiz/types'
export type { PaperState, QuestionKind, QuizTopic } from '../quiz/types'
export type * from './quiz-views'

const kind = v.picklist(QUESTION_KINDS as unknown as QuestionKind[], '题型不对')
const topic = v.picklist(QUIZ_TOPICS as unknown as QuizTopic[], '专题不对')
const paperId = docId('测试')
const questionId = docId('题目')
const choice = v.pipe(
  v.array(wholeBetween(0, QUIZ_LIMITS.optionsMax - 1, '选项不对'), '请选择答案'),
  v.maxLength(QUIZ_LIMITS.optionsMax, '选项不对'),
)
const questionFields = {
  questionId: v.optional(questionId),
  kind,
  topic,
  stem: text('题干', QUIZ_LIMITS.stem, QUIZ_LIMITS.stemMin),
  options: v.pipe(
    v.array(text('选项', QUIZ_LIMITS.option), '选项格式不对'),
    v.maxLength(QUIZ_LIMITS.optionsMax, `最多${QUIZ_LIMITS.optionsMax}个选项`),
  ),
  answer: v.pipe(
    v.array(wholeBetween(0, QUIZ_LIMITS.optionsMax - 1, '正确答案不对'), '正确答案不对'),
    v.maxLength(QUIZ_LIMITS.optionsMax, '正确答案不对'),
  ),
  explanation: optionalText('解析', QUIZ_LIMITS.explanation),
  source: text('出处', QUIZ_LIMITS.source),
}
const question = v.object(questionFields)
const paper = {
  title: text('测试名称', QUIZ_LIMITS.paperTitle, QUIZ_LIMITS.paperTitleMin),
  topics: v.pipe(v.array(topic, '请选择专题'), v.minLength(1, '请至少选择一个专题'), v.maxLength(QUIZ_TOPICS.length)),
  count: wholeBetween(
    QUIZ_LIMITS.paperQuestionsMin,
    QUIZ_LIMITS.paperQuestionsMax,
    '题目数量应为整数',
    `题目数量应在${QUIZ_LIMITS.paperQuestionsMin}到${QUIZ_LIMITS.paperQuestionsMax}之间`,
  ),
  openFrom: chinaDateField('开始日期'),
  openTo: chinaDateField('结束日期'),
}
const importSource = v.pipe(
  v.object({
    text: v.optional(v.pipe(v.string('题库内容格式不对'), v.maxLength(2_000_000, '题库内容太长'))),
    fileID: v.optional(v.pipe(v.string('文件不对'), v.startsWith('cloud://', '文件不对'))),
  }),
  v.check((s) => (s.text ? 1 : 0) + (s.fileID ? 1 : 0) === 1, '请粘贴题目或选择一个文件'),
)

export const memberQuizActions = {
  /** 知识测试: papers open to me, my own history, my 错题本's size. */
  'quiz.home': action<QuizHome>()('member', v.object({})),
  /** One paper as I take it, picking up where I left off. */
  'quiz.take': action<QuizTake>()('member', v.object({ paperId })),
  /** Saves one answer at once (a dropped connection loses nothing) and answers with the paper, its explanation shown. */
  'quiz.answer': action<QuizTake>()('member', v.object({ paperId, questionId, choice })),
  /** Begins the paper again once every question was answered, while it is open. */
  'quiz.retake': action<QuizTake>()('member', v.object({ paperId })),
  /** Records my done attempt as today's 学习打卡, as I choose. */
  'quiz.checkIn': action<QuizTake>()('member', v.object({ paperId })),
  /** My 错题本: questions I last answered wrong. */
  'quiz.wrongBook': action<WrongBook>()('member', v.object({})),
  /** Practises one question of my 错题本; answered right, it leaves the book. */
  'quiz.practice': action<WrongBook>()('member', v.object({ questionId, choice })),
}

export const secretaryQuizActions = {
  /** The branch's papers and, for one, who has taken it (yes/no per member). */
  'quiz.branch': action<QuizBranchPage>()(
    'secretary',
    v.object({ paperId: v.optional(paperId), branchId: v.optional(docId('支部')) }),
  ),
  /** Publishes a branch paper drawn from the bank by topic; the branch's members are told in 通知. */
  'quiz.publishBranch': action<QuizBranchPage>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), ...paper }),
  ),
  /** Adds a question of the branch's own (no id) or changes one; the office's and other branches' are refused. */
  'quiz.saveBranchQuestion': action<QuizBranchPage>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), ...questionFields }),
  ),
  /** Retires a question of the branch's own: never drawn again, kept with every answer given to it. */
  'quiz.retireBranchQuestion': action<QuizBranchPage>()(
    'secretary',
    v.object({ branchId: v.optional(docId('支部')), questionId }),
  ),
}

export const adminQuizActions = {
  /** The question bank, its topics and the papers published. */
  'quiz.bank': action<QuizBank>()('admin', v.object({})),
  /** Adds a question (no id) or changes one; a paper already published keeps the words it had. */
  'quiz.saveQuestion': action<QuizBank>()('admin', question),
  /** Retires a question: never drawn again, kept with every answer given to it. */
  'quiz.retireQuestion': action<QuizBank>()('admin', v.object({ questionId })),
  /** Every row of a sheet checked before anything is written. */
  'quiz.importPreview': action<QuizImportPreview>()('admin', importSource),
  /** Imports every row, or none when any row has a problem. */
  'quiz.import': action<{ imported: number }>()('admin', importSource),
  /** Publishes a paper for the whole bureau; every member is told in 通知. */
  'quiz.publish': action<QuizBank>()('admin', v.object(paper)),
  /** Per question of a paper, the share of wrong answers across the bureau (anonymous, from 5 answers). */
  'quiz.figures': action<QuizFigures>()('admin', v.object({ paperId: v.optional(paperId) })),
}
