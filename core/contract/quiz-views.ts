/**
 * What the 知识测试 screens show (issue 27): the result types of every quiz action. Types only, so
 * the app can import them without the schemas of core/contract/quiz.ts.
 */
import type { PaperState, QuestionKind, QuizTopic } from '../quiz/types'

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
  /** 机关党委题库: the office's questions in use (core/quiz bankCounts, as the secretary's page shows it). */
  officeCount: number
  /** Branches' own questions in use, counted apart: `另有支部自有N题`. */
  branchOwnCount: number
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
