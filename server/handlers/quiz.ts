/** 党纪党规知识测试 (issue 27): the bank, papers, taking them, the 错题本 and the figures. */
import type { adminQuizActions, memberQuizActions, secretaryQuizActions } from '../../core/contract/quiz'
import { importQuestions, previewImport, quizBank, retireQuestion, saveQuestion } from '../actions/quiz/bank'
import {
  publishBranchPaper,
  publishBureauPaper,
  quizBranch,
  quizFigures,
  retireBranchQuestion,
  saveBranchQuestion,
} from '../actions/quiz/papers'
import { answerQuestion, checkInPaper, quizHome, quizTake, retakePaper } from '../actions/quiz/take'
import { myWrongBook, practiseQuestion } from '../actions/quiz/wrong-book'
import type { HandlersFor } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberQuizActions> = {
  'quiz.home': quizHome,
  'quiz.take': quizTake,
  'quiz.answer': answerQuestion,
  'quiz.retake': retakePaper,
  'quiz.checkIn': checkInPaper,
  'quiz.wrongBook': myWrongBook,
  'quiz.practice': practiseQuestion,
}

export const secretary: HandlersFor<'secretary', typeof secretaryQuizActions> = {
  'quiz.branch': quizBranch,
  'quiz.publishBranch': publishBranchPaper,
  'quiz.saveBranchQuestion': saveBranchQuestion,
  'quiz.retireBranchQuestion': retireBranchQuestion,
}

export const admin: HandlersFor<'admin', typeof adminQuizActions> = {
  'quiz.bank': quizBank,
  'quiz.saveQuestion': saveQuestion,
  'quiz.retireQuestion': retireQuestion,
  'quiz.importPreview': previewImport,
  'quiz.import': importQuestions,
  'quiz.publish': publishBureauPaper,
  'quiz.figures': quizFigures,
}
