/** How 知识测试's documents read on screen. */
import { dayWords } from '../../../core/dates'
import type { MyAnswerView, PaperSummary, QuestionAdminView } from '../../../core/contract/quiz'
import {
  OPTION_LETTERS,
  PAPER_STATE_LABELS,
  QUESTION_KIND_LABELS,
  QUESTION_STATUS_LABELS,
  QUIZ_TOPIC_LABELS,
} from '../../../core/quiz/labels'
import { paperState } from '../../../core/quiz/rules'
import type { QuestionContent, QuizTopic } from '../../../core/quiz/types'
import type { OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { PaperDoc, QuestionDoc } from './model'

/** `2026年12月1日至12月31日`; the year once when both days share it. */
export function periodWords(from: string, to: string): string {
  if (from === to) return dayWords(from)
  const end = from.slice(0, 4) === to.slice(0, 4) ? dayWords(to).replace(/^\d+年/, '') : dayWords(to)
  return `${dayWords(from)}至${end}`
}

/** `B`, `ABD`; a 判断题's `正确` or `错误`. */
export function choiceWords(q: Pick<QuestionContent, 'kind' | 'options'>, choice: readonly number[]): string {
  if (q.kind === 'judge') return choice.map((i) => q.options[i] ?? '').join('')
  return [...choice]
    .sort((a, b) => a - b)
    .map((i) => OPTION_LETTERS[i] ?? '?')
    .join('')
}

export function answerView(q: QuestionContent, choice: number[], correct: boolean): MyAnswerView {
  return {
    choice,
    correct,
    answer: q.answer,
    answerWords: choiceWords(q, q.answer),
    choiceWords: choiceWords(q, choice),
    explanation: q.explanation,
    source: q.source,
  }
}

export const topicWords = (topics: readonly string[]): string =>
  topics.map((t) => QUIZ_TOPIC_LABELS[t as QuizTopic] ?? t).join('、')

export async function orgNames(db: Db): Promise<Map<string, string>> {
  const orgs = await findAll<OrgDoc>(db, 'orgs', { kind: 'branch' })
  return new Map(orgs.map((o) => [o._id, o.name]))
}

export function paperSummary(p: PaperDoc, today: string, names: ReadonlyMap<string, string>): PaperSummary {
  const state = paperState(p.openFrom, p.openTo, today)
  return {
    id: p._id,
    title: p.title,
    from: p.branchId ? (names.get(p.branchId) ?? '支部') : '机关党委',
    openFrom: p.openFrom,
    openTo: p.openTo,
    periodWords: periodWords(p.openFrom, p.openTo),
    state,
    stateLabel: PAPER_STATE_LABELS[state],
    questionCount: p.questions.length,
    topicWords: topicWords(p.topics),
  }
}

/** Newest first: by the last open day, then by publishing. */
export const newestFirst = (a: PaperDoc, b: PaperDoc): number =>
  b.openTo.localeCompare(a.openTo) || b.publishedAt - a.publishedAt || a._id.localeCompare(b._id)

export function questionAdminView(
  q: QuestionDoc,
  names: ReadonlyMap<string, string>,
  answered: ReadonlySet<string>,
): QuestionAdminView {
  const status = q.status === 'retired' ? 'retired' : 'active'
  return {
    id: q._id,
    kind: q.kind,
    kindLabel: QUESTION_KIND_LABELS[q.kind],
    topic: q.topic,
    topicLabel: QUIZ_TOPIC_LABELS[q.topic],
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    answerWords: choiceWords(q, q.answer),
    explanation: q.explanation,
    source: q.source,
    status,
    statusLabel: QUESTION_STATUS_LABELS[status],
    owner: q.branchId ? (names.get(q.branchId) ?? '支部') : '机关党委',
    answered: answered.has(q._id),
  }
}

/** Active questions by topic, as the publish sheet offers them. */
export function topicCounts(questions: readonly QuestionDoc[]) {
  return (Object.keys(QUIZ_TOPIC_LABELS) as QuizTopic[]).map((topic) => ({
    topic,
    label: QUIZ_TOPIC_LABELS[topic],
    count: questions.filter((q) => q.status === 'active' && q.topic === topic).length,
  }))
}
