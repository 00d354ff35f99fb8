import type { adminQuizActions, memberQuizActions, secretaryQuizActions } from '../../../core/contract/quiz'
import { QUIZ_IMPORT_EXAMPLE, QUIZ_IMPORT_HEADER } from '../../../core/quiz/labels'
import { addDays } from '../../../core/study'
import { chinaDate } from '../../../core/dates'
import type { LocalCloud } from '../../../localcloud/server'
import { WORLD } from '../../helpers/cloud'
import { aQuestion, insertBank, insertDoneAttempt, insertPaper } from '../../helpers/quiz-mothers'
import { ADMINS, BRANCH_OFFICERS, MEMBERS, type MatrixPart } from './types'

/** Everyone the matrix calls as a member: A1, B's secretary, A's secretary, the office (on A's roll). */
const CALLERS = [
  { id: WORLD.memberA1, branchId: WORLD.branchA },
  { id: WORLD.secretaryB, branchId: WORLD.branchB },
  { id: WORLD.secretaryA, branchId: WORLD.branchA },
  { id: WORLD.admin, branchId: WORLD.branchA },
]

/** The office's paper open today, on the bank. */
const paper = async (cloud: LocalCloud) => {
  await insertBank(cloud)
  return insertPaper(cloud)
}
/** …which every caller has answered through once, the first question wrong. */
const donePaper = async (cloud: LocalCloud) => {
  const p = await paper(cloud)
  for (const who of CALLERS) await insertDoneAttempt(cloud, p, who, [false, true, true])
  return p
}
const today = (cloud: LocalCloud) => chinaDate(cloud.clock.now())
const paperInput = (cloud: LocalCloud) => ({
  title: '十二月党章知识测试',
  topics: ['charter' as const],
  count: 2,
  openFrom: today(cloud),
  openTo: addDays(today(cloud), 10),
})

const newQuestion = {
  kind: 'single' as const,
  topic: 'discipline' as const,
  stem: '留党察看处分的期限最长为多久？',
  options: ['一年', '两年', '三年'],
  answer: [1],
  explanation: '留党察看分为一年、二年。',
  source: '《中国共产党纪律处分条例》第二章',
}

export const member: MatrixPart<'member', typeof memberQuizActions> = {
  'quiz.home': { allowed: MEMBERS, input: () => ({}) },
  'quiz.take': { allowed: MEMBERS, input: async (cloud) => ({ paperId: (await paper(cloud))._id }) },
  'quiz.answer': {
    allowed: MEMBERS,
    input: async (cloud) => ({ paperId: (await paper(cloud))._id, questionId: 'qq-1', choice: [1] }),
  },
  'quiz.retake': { allowed: MEMBERS, input: async (cloud) => ({ paperId: (await donePaper(cloud))._id }) },
  'quiz.checkIn': { allowed: MEMBERS, input: async (cloud) => ({ paperId: (await donePaper(cloud))._id }) },
  'quiz.wrongBook': { allowed: MEMBERS, input: () => ({}) },
  'quiz.practice': {
    allowed: MEMBERS,
    input: async (cloud) => {
      await donePaper(cloud)
      return { questionId: 'qq-1', choice: [1] }
    },
  },
}

export const secretary: MatrixPart<'secretary', typeof secretaryQuizActions> = {
  'quiz.branch': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ paperId: (await paper(cloud))._id, branchId: WORLD.branchA }),
  },
  'quiz.publishBranch': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      await insertBank(cloud)
      return { ...paperInput(cloud), branchId: WORLD.branchA }
    },
  },
  'quiz.saveBranchQuestion': {
    allowed: BRANCH_OFFICERS,
    input: () => ({ ...newQuestion, branchId: WORLD.branchA }),
  },
  'quiz.retireBranchQuestion': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      await insertBank(cloud, [aQuestion({ _id: 'qq-a1', branchId: WORLD.branchA })])
      return { questionId: 'qq-a1', branchId: WORLD.branchA }
    },
  },
}

export const admin: MatrixPart<'admin', typeof adminQuizActions> = {
  'quiz.bank': { allowed: ADMINS, input: () => ({}) },
  'quiz.saveQuestion': { allowed: ADMINS, input: () => newQuestion },
  'quiz.retireQuestion': {
    allowed: ADMINS,
    input: async (cloud) => ({ questionId: (await insertBank(cloud))[0]!._id }),
  },
  'quiz.importPreview': { allowed: ADMINS, input: () => ({ text: `${QUIZ_IMPORT_HEADER}\n${QUIZ_IMPORT_EXAMPLE}` }) },
  'quiz.import': { allowed: ADMINS, input: () => ({ text: `${QUIZ_IMPORT_HEADER}\n${QUIZ_IMPORT_EXAMPLE}` }) },
  'quiz.publish': {
    allowed: ADMINS,
    input: async (cloud) => {
      await insertBank(cloud)
      return paperInput(cloud)
    },
  },
  'quiz.figures': { allowed: ADMINS, input: async (cloud) => ({ paperId: (await donePaper(cloud))._id }) },
}
