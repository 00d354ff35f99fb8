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
import { QUESTION_KINDS, QUIZ_TOPICS, type PaperState, type QuestionKind, type QuizTopic } from '../quiz/types'
import { action } from './define'
import { chinaDateField, docId, optionalText, text, wholeBetween } from './fields'

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

/** A paper as a list shows it. */
export interface PaperSummary {
  id: string
  title: string
  /** `机关党委` or the branch's name. */
  from: string
  openFrom: string
  openTo: string
  /** `2026年12月1日至12月31日`. */
  periodWords: string
  state: PaperState
  stateLabel: string
  questionCount: number
  /** The topics it was drawn from, in words: `党章、纪律处分条例`. */
  topicWords: string
}

/** A paper in the member's list, with how their own attempts stand (theirs alone). */
export interface MyPaperCard extends PaperSummary {
  /** none: not begun; started: begun and not every question answered; done: answered every question. */
  mine: 'none' | 'started' | 'done'
  /** `未作答`, `已答3题，共10题`, `答对8题，共10题`. */
  mineWords: string
  attempts: number
}

/** 知识测试: the papers open to me, the rest with my own results, and how many are in my 错题本. */
export interface QuizHome {
  today: string
  promise: string
  open: MyPaperCard[]
  /** Closed papers (my history) and those not yet open, newest first. */
  others: MyPaperCard[]
  wrongCount: number
}

/** My answer to a question, with what is right and why: shown once I have answered. */
export interface MyAnswerView {
  choice: number[]
  correct: boolean
  answer: number[]
  /** `B`, `ABD`, `正确`. */
  answerWords: string
  choiceWords: string
  explanation: string
  source: string
}

export interface TakeQuestion {
  id: string
  kind: QuestionKind
  kindLabel: string
  stem: string
  options: string[]
  /** Null until I answer it in this attempt. */
  mine: MyAnswerView | null
}

/** One paper as I take it: the questions, my answers so far in my latest attempt. */
export interface QuizTake {
  paper: PaperSummary
  promise: string
  /** My latest attempt (1 = first); null before my first answer. */
  attempt: {
    n: number
    answered: number
    total: number
    done: boolean
    /** `已答3题，共10题` or, once done, `答对8题，共10题`: for my eyes only. */
    words: string
    /** Whether this attempt was recorded as a study check-in (学习打卡). */
    checkedIn: boolean
  } | null
  questions: TakeQuestion[]
  /** Where to pick up: the first question not yet answered in the latest attempt (0-based). */
  resumeAt: number
  /** Whether I may answer now (the paper is open and my latest attempt is not done). */
  canAnswer: boolean
  /** Whether I may begin again (the paper is open and my latest attempt is done). */
  canRetake: boolean
  /** Why I cannot answer, in words; null when I can or simply have finished. */
  blocked: string | null
  /** The latest done attempt may still be recorded as a study check-in today. */
  canCheckIn: boolean
}

/** A question in my 错题本, without its answer until I practise it. */
export interface WrongQuestion {
  id: string
  kind: QuestionKind
  kindLabel: string
  topicLabel: string
  stem: string
  options: string[]
  /** `2026年11月知识测试` or `错题练习`: where I last missed it. */
  missedIn: string
  missedOn: string
}

export interface WrongBook {
  questions: WrongQuestion[]
  /** The question I just practised, with the answer and why; null on opening. */
  practised:
    | ({ questionId: string; kind: QuestionKind; stem: string; options: string[]; kindLabel: string } & MyAnswerView)
    | null
}

/** Yes/no per member of the branch for one paper: never a score, never an order by result. */
export interface QuizBranchPage {
  branchId: string
  branchName: string
  today: string
  papers: PaperSummary[]
  /** The paper whose members are shown; null when the branch has none yet. */
  paper: PaperSummary | null
  /** In the roster's order (by name). */
  members: Array<{ id: string; name: string; taken: boolean }>
  /** `已完成 12人，未完成 3人`. */
  takenWords: string
  /** What the bank holds for a branch paper: the bureau's questions and the branch's own. */
  topics: Array<{ topic: QuizTopic; label: string; count: number }>
  /** 本支部题目: the branch's own questions (in use first, then retired); the secretary edits and retires them. */
  ownQuestions: QuestionAdminView[]
  /** How many of the office's questions are in use (read-only to the branch; its papers draw them too). */
  officeCount: number
}

/** A question as the office keeps it. */
export interface QuestionAdminView {
  id: string
  kind: QuestionKind
  kindLabel: string
  topic: QuizTopic
  topicLabel: string
  stem: string
  options: string[]
  answer: number[]
  answerWords: string
  explanation: string
  source: string
  status: 'active' | 'retired'
  statusLabel: string
  /** `机关党委` or the branch that keeps it. */
  owner: string
  /** Some member has answered it: it can be retired, never deleted. */
  answered: boolean
}

export interface QuizBank {
  today: string
  questions: QuestionAdminView[]
  topics: Array<{ topic: QuizTopic; label: string; count: number }>
  papers: PaperSummary[]
}

/** One line of an import sheet as the preview shows it. */
export interface QuizImportRow {
  line: number
  stem: string
  kindTopic: string
  problems: string[]
}

export interface QuizImportPreview {
  total: number
  problemCount: number
  headerProblems: string[]
  rows: QuizImportRow[]
}

/** Per question of one paper, the share of wrong answers across the bureau: anonymous. */
export interface QuizFigures {
  papers: PaperSummary[]
  paper: PaperSummary | null
  /** `首次作答的党员中，每道题答错的比例（不少于5人作答才显示）`. */
  note: string
  questions: Array<{
    index: number
    id: string
    kindLabel: string
    topicLabel: string
    stem: string
    source: string
    answers: number
    /** Whole percent, or null below the threshold. */
    wrongShare: number | null
    words: string
    /** More than half answered it wrong: a topic for the next 党课. */
    often: boolean
  }>
}

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
