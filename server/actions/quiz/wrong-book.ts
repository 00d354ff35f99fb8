/**
 * A member's 错题本: the bank questions (still in use) whose latest answer of theirs was wrong, and
 * practising one — answered right, it leaves the book. Reads and writes the caller's own records only.
 */
import type { WrongBook } from '../../../core/contract/quiz'
import { chinaDate, dayWords } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { QUESTION_KIND_LABELS, QUIZ_TOPIC_LABELS } from '../../../core/quiz/labels'
import { choiceProblem, isCorrect, wrongBook } from '../../../core/quiz/rules'
import type { MemberDoc } from '../../model'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { AnswerDoc, PaperDoc, PaperQuestion, QuestionDoc } from './model'
import { answerView } from './views'

const me = (ctx: ActionContext): MemberDoc => ctx.caller.member as MemberDoc

/** My 错题本: bank questions (still in use) whose latest answer of mine was wrong, most recent first. */
export async function wrongQuestions(ctx: ActionContext): Promise<Array<{ q: QuestionDoc; last: AnswerDoc }>> {
  const answers = await findAll<AnswerDoc>(ctx.db, 'quizAnswers', { memberId: me(ctx)._id })
  // At the same instant a practice answer comes after the paper's.
  answers.sort((a, b) => a.at - b.at || (a.mode === b.mode ? 0 : a.mode === 'paper' ? -1 : 1))
  const ids = wrongBook(answers)
  if (ids.length === 0) return []
  const _ = ctx.db.command
  const questions = await findAll<QuestionDoc>(ctx.db, 'quizQuestions', { _id: _.in(ids), status: 'active' })
  const byId = new Map(questions.map((q) => [q._id, q]))
  const lastOf = new Map<string, AnswerDoc>()
  for (const a of answers) lastOf.set(a.questionId, a)
  return ids.flatMap((id) => {
    const q = byId.get(id)
    const last = lastOf.get(id)
    return q && last ? [{ q, last }] : []
  })
}

async function bookView(ctx: ActionContext, practised: WrongBook['practised']): Promise<WrongBook> {
  const wrong = await wrongQuestions(ctx)
  const _ = ctx.db.command
  const paperIds = [...new Set(wrong.map((w) => w.last.paperId).filter((id): id is string => id !== null))]
  const papers = paperIds.length ? await findAll<PaperDoc>(ctx.db, 'quizPapers', { _id: _.in(paperIds) }) : []
  const titles = new Map(papers.map((p) => [p._id, p.title]))
  return {
    questions: wrong.map(({ q, last }) => ({
      id: q._id,
      kind: q.kind,
      kindLabel: QUESTION_KIND_LABELS[q.kind],
      topicLabel: QUIZ_TOPIC_LABELS[q.topic],
      stem: q.stem,
      options: q.options,
      missedIn: last.paperId ? (titles.get(last.paperId) ?? '知识测试') : '错题练习',
      missedOn: dayWords(chinaDate(last.at)),
    })),
    practised,
  }
}

export async function myWrongBook(_input: object, ctx: ActionContext): Promise<WrongBook> {
  return bookView(ctx, null)
}

function practisedView(q: PaperQuestion | QuestionDoc, a: AnswerDoc): NonNullable<WrongBook['practised']> {
  return {
    questionId: a.questionId,
    kind: q.kind,
    stem: q.stem,
    options: q.options,
    kindLabel: QUESTION_KIND_LABELS[q.kind],
    ...answerView(q, a.choice, a.correct),
  }
}

export async function practiseQuestion(
  input: { questionId: string; choice: number[] },
  ctx: ActionContext,
): Promise<WrongBook> {
  const member = me(ctx)
  const id = `qa-${keyedId(ctx, 'practice')}`
  // A retried tap: the answer it saved (right, it has left the book already).
  const earlier = await findById<AnswerDoc>(ctx.db, 'quizAnswers', id)
  if (earlier && earlier.memberId === member._id) {
    const q = await findById<QuestionDoc>(ctx.db, 'quizQuestions', earlier.questionId)
    if (q) return bookView(ctx, practisedView(q, earlier))
  }
  const entry = (await wrongQuestions(ctx)).find((w) => w.q._id === input.questionId)
  if (!entry) throw new DomainError('QUIZ.NOT_IN_BOOK')
  const choice = [...input.choice].sort((a, b) => a - b)
  const problem = choiceProblem(entry.q.kind, entry.q.options.length, choice)
  if (problem) throw new DomainError(problem)
  const doc: AnswerDoc = {
    _id: id,
    mode: 'practice',
    attemptId: null,
    paperId: null,
    questionId: entry.q._id,
    memberId: member._id,
    branchId: member.branchId,
    n: 0,
    choice,
    correct: isCorrect(entry.q.answer, choice),
    at: ctx.now(),
  }
  await addOnce(ctx.db, 'quizAnswers', doc)
  return bookView(ctx, practisedView(entry.q, doc))
}
