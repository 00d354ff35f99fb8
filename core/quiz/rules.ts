/**
 * 党纪党规知识测试's rules, pure: grading an answer, checking a question, whether a paper is open
 * on a China day, when the office may see a question's share of wrong answers, and which questions
 * are in a member's 错题本. Nothing here adds up a person's results into points or a place.
 */
import { addDays } from '../study'
import type { ChinaDate } from '../dates'
import { JUDGE_OPTIONS } from './labels'
import { QUIZ_LIMITS } from './limits'
import type { AnswerEvent, PaperState, QuestionContent, QuestionKind } from './types'

const sameSet = (a: readonly number[], b: readonly number[]): boolean => {
  const x = [...new Set(a)].sort((p, q) => p - q)
  const y = [...new Set(b)].sort((p, q) => p - q)
  return x.length === y.length && x.every((v, i) => v === y[i])
}

/**
 * Whether a choice is right: 单选 and 判断 the one correct option; 多选 exactly the correct set
 * (one missed or one extra is wrong — no half marks, as the papers in the bureau are marked).
 */
export function isCorrect(correct: readonly number[], choice: readonly number[]): boolean {
  return choice.length > 0 && sameSet(correct, choice)
}

export type ChoiceProblem = 'QUIZ.CHOICE_EMPTY' | 'QUIZ.CHOICE_ONE' | 'QUIZ.CHOICE_RANGE'

/** Why a member's choice cannot be taken as an answer to this question; null when it can. */
export function choiceProblem(
  kind: QuestionKind,
  optionCount: number,
  choice: readonly number[],
): ChoiceProblem | null {
  if (choice.length === 0) return 'QUIZ.CHOICE_EMPTY'
  if (choice.some((i) => !Number.isInteger(i) || i < 0 || i >= optionCount)) return 'QUIZ.CHOICE_RANGE'
  if (new Set(choice).size !== choice.length) return 'QUIZ.CHOICE_RANGE'
  if (kind !== 'multiple' && choice.length !== 1) return 'QUIZ.CHOICE_ONE'
  return null
}

export type QuestionProblem =
  | 'QUIZ.NO_CORRECT_ANSWER'
  | 'QUIZ.ONE_ANSWER'
  | 'QUIZ.MULTIPLE_NEEDS_TWO'
  | 'QUIZ.ANSWER_NOT_AN_OPTION'
  | 'QUIZ.OPTION_COUNT'
  | 'QUIZ.OPTION_EMPTY'
  | 'QUIZ.OPTION_REPEATED'
  | 'QUIZ.JUDGE_OPTIONS'

/** Every problem of a question, in the order a person would fix them; empty when it can be saved. */
export function questionProblems(q: Pick<QuestionContent, 'kind' | 'options' | 'answer'>): QuestionProblem[] {
  const problems: QuestionProblem[] = []
  if (q.kind === 'judge') {
    if (q.options.length !== 2 || q.options[0] !== JUDGE_OPTIONS[0] || q.options[1] !== JUDGE_OPTIONS[1]) {
      problems.push('QUIZ.JUDGE_OPTIONS')
    }
  } else {
    if (q.options.length < QUIZ_LIMITS.optionsMin || q.options.length > QUIZ_LIMITS.optionsMax) {
      problems.push('QUIZ.OPTION_COUNT')
    }
    if (q.options.some((o) => o.trim() === '')) problems.push('QUIZ.OPTION_EMPTY')
    const trimmed = q.options.map((o) => o.trim()).filter(Boolean)
    if (new Set(trimmed).size !== trimmed.length) problems.push('QUIZ.OPTION_REPEATED')
  }
  if (q.answer.length === 0) problems.push('QUIZ.NO_CORRECT_ANSWER')
  else if (q.answer.some((i) => !Number.isInteger(i) || i < 0 || i >= q.options.length)) {
    problems.push('QUIZ.ANSWER_NOT_AN_OPTION')
  } else if (q.kind !== 'multiple' && q.answer.length !== 1) problems.push('QUIZ.ONE_ANSWER')
  else if (q.kind === 'multiple' && new Set(q.answer).size < 2) problems.push('QUIZ.MULTIPLE_NEEDS_TWO')
  return problems
}

/** A paper is open from the first day to the last, both whole China days. */
export function paperState(openFrom: ChinaDate, openTo: ChinaDate, today: ChinaDate): PaperState {
  if (today < openFrom) return 'upcoming'
  if (today > openTo) return 'closed'
  return 'open'
}

/** Days from `from` to `to`, both counted: 1 for a single day. */
export function daysBetween(from: ChinaDate, to: ChinaDate): number {
  let n = 1
  for (let d = from; d < to && n <= 400; d = addDays(d, 1)) n++
  return n
}

export type PeriodProblem = 'QUIZ.PERIOD_REVERSED' | 'QUIZ.PERIOD_PAST' | 'QUIZ.PERIOD_TOO_LONG'

/** Why an open period cannot be published today; null when it can. */
export function periodProblem(openFrom: ChinaDate, openTo: ChinaDate, today: ChinaDate): PeriodProblem | null {
  if (openTo < openFrom) return 'QUIZ.PERIOD_REVERSED'
  if (openTo < today) return 'QUIZ.PERIOD_PAST'
  if (daysBetween(openFrom, openTo) > QUIZ_LIMITS.openDaysMax) return 'QUIZ.PERIOD_TOO_LONG'
  return null
}

/**
 * The share of wrong answers the office sees for one question, as a whole percent — or null
 * below QUIZ_LIMITS.figureMin answers, so that no one person's answer can be read from it.
 */
export function wrongShare(answers: number, wrong: number): number | null {
  if (answers < QUIZ_LIMITS.figureMin) return null
  return Math.round((wrong / answers) * 100)
}

/** The figure in words: `错答 40%（10人作答）`, or why it is not shown yet. */
export function wrongShareWords(answers: number, wrong: number): string {
  const share = wrongShare(answers, wrong)
  if (share === null) return `作答不足${QUIZ_LIMITS.figureMin}人，暂不显示`
  return `错答 ${share}%（${answers}人作答）`
}

/**
 * The 错题本: questions whose latest answer (in a paper or in practice) was wrong, the most
 * recently missed first. Answering one right in practice takes it out; missing it again puts it back.
 */
export function wrongBook(events: readonly AnswerEvent[]): string[] {
  const latest = new Map<string, AnswerEvent>()
  for (const e of events) {
    const seen = latest.get(e.questionId)
    if (!seen || e.at >= seen.at) latest.set(e.questionId, e)
  }
  return [...latest.values()]
    .filter((e) => !e.correct)
    .sort((a, b) => b.at - a.at || a.questionId.localeCompare(b.questionId))
    .map((e) => e.questionId)
}

/** A small deterministic generator (mulberry32) seeded from a string: the same paper id draws the same questions. */
function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  let a = h >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Draws `count` questions of the chosen topics from the pool (in the bank's order), the same for
 * the same seed, and lays them out as papers are: 单选, then 多选, then 判断, each in the bank's
 * order. Null when the topics have fewer questions than asked for.
 */
export function drawQuestions<T extends { id: string; kind: QuestionKind; topic: string }>(
  pool: readonly T[],
  topics: readonly string[],
  count: number,
  seed: string,
): T[] | null {
  const eligible = pool.filter((q) => topics.includes(q.topic))
  if (eligible.length < count) return null
  const random = seededRandom(seed)
  const shuffled = [...eligible]
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
  }
  const chosen = new Set(shuffled.slice(0, count).map((q) => q.id))
  const order: Record<QuestionKind, number> = { single: 0, multiple: 1, judge: 2 }
  return eligible.filter((q) => chosen.has(q.id)).sort((a, b) => order[a.kind] - order[b.kind])
}

/** How a member's own attempt stands, for their eyes only: `答对8题，共10题`. */
export function attemptWords(total: number, answered: number, correct: number): string {
  if (answered < total) return `已答${answered}题，共${total}题`
  return `答对${correct}题，共${total}题`
}

/**
 * 机关党委题库's count, the one rule the office's page and a secretary's page both show: the
 * office's questions in use. Questions a branch keeps for itself (in use) are counted apart
 * (`另有支部自有N题`); retired ones, and ones still being imported, count nowhere.
 */
export function bankCounts(questions: readonly { branchId: string | null; status: string }[]): {
  office: number
  branchOwn: number
} {
  const active = questions.filter((q) => q.status === 'active')
  const office = active.filter((q) => q.branchId === null).length
  return { office, branchOwn: active.length - office }
}
