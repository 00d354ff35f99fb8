/**
 * 党纪党规知识测试 (issue 27): a question bank kept by the party office (and a branch for its own),
 * papers drawn from it by topic with an open period, a member's own attempts and 错题本. To learn,
 * privately: nobody sees another member's answers, and there is no ranking, no points and no timer.
 */

/** 单选题, 多选题, 判断题. */
export const QUESTION_KINDS = ['single', 'multiple', 'judge'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** What a question is about: the paper draws by these. */
export const QUIZ_TOPICS = ['charter', 'discipline', 'rules'] as const
export type QuizTopic = (typeof QUIZ_TOPICS)[number]

/** A question's content, as the bank keeps it and a paper copies it when published. */
export interface QuestionContent {
  kind: QuestionKind
  topic: QuizTopic
  stem: string
  /** The choices in order (A, B, C…); a 判断题's are always 正确 / 错误. */
  options: string[]
  /** Indexes of the correct options, ascending: one for 单选 and 判断, two or more for 多选. */
  answer: number[]
  explanation: string
  /** 出处: the rules and article, e.g. `《中国共产党章程》第七条`. */
  source: string
}

/** Where a paper stands on a China day. */
export type PaperState = 'upcoming' | 'open' | 'closed'

/** One answer a member gave, oldest first, for the 错题本. */
export interface AnswerEvent {
  questionId: string
  correct: boolean
  at: number
}
