/** 党纪党规知识测试 documents as stored. Nothing a member answered is ever deleted. */
import type { QuestionContent } from '../../../core/quiz/types'

/** One question of the bank: the office's (`branchId` null) or a branch's own. */
export interface QuestionDoc extends QuestionContent {
  _id: string
  branchId: string | null
  /** 在用, or 已停用: never drawn again, kept with its answers. */
  status: 'active' | 'retired' | 'importing'
  /** The import that brought it, if any: staged rows become active together. */
  importId: string | null
  contentVerdict: 'pass' | 'review'
  createdAt: number
  updatedAt: number
  updatedByName: string
}

/** A question as a paper holds it: the words it had when the paper was published. */
export interface PaperQuestion extends QuestionContent {
  id: string
}

/** A published paper: the bureau's (`branchId` null) or a branch's. */
export interface PaperDoc {
  _id: string
  scope: 'bureau' | 'branch'
  branchId: string | null
  title: string
  topics: string[]
  /** Open from the first China day to the last, both whole. */
  openFrom: string
  openTo: string
  questions: PaperQuestion[]
  noticeId: string | null
  publishedAt: number
  publishedById: string | null
  publishedByName: string
}

/** One go at a paper by one member: `_id` = `${paperId}_${memberId}_${n}`; n = 1 is the first. */
export interface AttemptDoc {
  _id: string
  paperId: string
  memberId: string
  branchId: string
  n: number
  total: number
  answered: number
  correct: number
  startedAt: number
  /** When the last question was answered; null while some are left. */
  doneAt: number | null
  /** The 学习打卡 entry it was recorded as, when the member chose to. */
  checkInId: string | null
}

/**
 * One answer, saved the moment it is given: a paper's `_id` = `${attemptId}_${questionId}` (one per
 * question per attempt); a practice answer from the 错题本 keyed by its request.
 */
export interface AnswerDoc {
  _id: string
  mode: 'paper' | 'practice'
  attemptId: string | null
  paperId: string | null
  /** The bank question's id. */
  questionId: string
  memberId: string
  branchId: string
  /** The attempt's number (1 = first; the office's figures count only first attempts); 0 for practice. */
  n: number
  choice: number[]
  correct: boolean
  at: number
}
