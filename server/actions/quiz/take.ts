/**
 * A member takes a paper: one question at a time, each answer saved the moment it is given (a
 * dropped connection loses nothing: the paper opens again at the first question not yet answered),
 * the answer and its explanation shown at once, a retake once every question is answered, the done
 * attempt recorded as a 学习打卡 if the member chooses (the 错题本 to practise from is in
 * ./wrong-book.ts). Everything here reads and writes the caller's own records only.
 */
import type { MyPaperCard, QuizHome, QuizTake, TakeQuestion } from '../../../core/contract/quiz'
import { chinaDate, dayWords } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { judgeEntryDay } from '../../../core/study'
import { QUESTION_KIND_LABELS, QUIZ_PROMISE } from '../../../core/quiz/labels'
import { attemptWords, choiceProblem, isCorrect, paperState } from '../../../core/quiz/rules'
import type { MemberDoc } from '../../model'
import { addOnce } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { checkIn } from '../study/check-in'
import type { AnswerDoc, AttemptDoc, PaperDoc } from './model'
import { paperOfBranch, papersOfBranch } from './papers'
import { answerView, orgNames, paperSummary } from './views'
import { wrongQuestions } from './wrong-book'

const me = (ctx: ActionContext): MemberDoc => ctx.caller.member as MemberDoc

const attemptId = (paperId: string, memberId: string, n: number) => `${paperId}_${memberId}_${n}`

/** A paper the caller's branch takes; any other is as if it did not exist. */
async function visiblePaper(ctx: ActionContext, paperId: string): Promise<PaperDoc> {
  const paper = await findById<PaperDoc>(ctx.db, 'quizPapers', paperId)
  if (!paper || !paperOfBranch(paper, me(ctx).branchId)) throw new DomainError('QUIZ.PAPER_NOT_FOUND')
  return paper
}

async function myAttempts(ctx: ActionContext, paperId: string): Promise<AttemptDoc[]> {
  const attempts = await findAll<AttemptDoc>(ctx.db, 'quizAttempts', { paperId, memberId: me(ctx)._id })
  return attempts.sort((a, b) => a.n - b.n)
}

function mineWords(a: AttemptDoc | undefined): string {
  if (!a) return '未作答'
  const words = attemptWords(a.total, a.answered, a.correct)
  return a.n > 1 ? `第${a.n}遍：${words}` : words
}

async function takeView(ctx: ActionContext, paper: PaperDoc): Promise<QuizTake> {
  const today = chinaDate(ctx.now())
  const names = await orgNames(ctx.db)
  const attempts = await myAttempts(ctx, paper._id)
  const latest = attempts[attempts.length - 1]
  const answers = latest
    ? await findAll<AnswerDoc>(ctx.db, 'quizAnswers', { attemptId: latest._id, memberId: me(ctx)._id })
    : []
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]))
  const state = paperState(paper.openFrom, paper.openTo, today)
  const done = !!latest && latest.doneAt !== null
  const showQuestions = state !== 'upcoming' && (state === 'open' || !!latest)
  const questions: TakeQuestion[] = showQuestions
    ? paper.questions.map((q) => {
        const a = byQuestion.get(q.id)
        return {
          id: q.id,
          kind: q.kind,
          kindLabel: QUESTION_KIND_LABELS[q.kind],
          stem: q.stem,
          options: q.options,
          mine: a ? answerView(q, a.choice, a.correct) : null,
        }
      })
    : []
  const firstOpen = questions.findIndex((q) => q.mine === null)
  let blocked: string | null = null
  if (state === 'upcoming') blocked = `这次测试${dayWords(paper.openFrom)}开始，到时再来作答`
  else if (state === 'closed' && !done) {
    blocked = latest ? '这次测试已经结束，没有答完的题目不能再答' : '这次测试已经结束，你没有参加'
  }
  const doneDay = latest?.doneAt ? chinaDate(latest.doneAt) : null
  return {
    paper: paperSummary(paper, today, names),
    promise: QUIZ_PROMISE,
    attempt: latest
      ? {
          n: latest.n,
          answered: latest.answered,
          total: latest.total,
          done,
          words: attemptWords(latest.total, latest.answered, latest.correct),
          checkedIn: latest.checkInId !== null,
        }
      : null,
    questions,
    resumeAt: firstOpen === -1 ? 0 : firstOpen,
    canAnswer: state === 'open' && !done,
    canRetake: state === 'open' && done,
    blocked,
    canCheckIn: done && latest?.checkInId === null && doneDay !== null && judgeEntryDay(doneDay, today).ok,
  }
}

export async function quizHome(_input: object, ctx: ActionContext): Promise<QuizHome> {
  const today = chinaDate(ctx.now())
  const member = me(ctx)
  const [papers, names, attempts] = await Promise.all([
    papersOfBranch(ctx, member.branchId),
    orgNames(ctx.db),
    findAll<AttemptDoc>(ctx.db, 'quizAttempts', { memberId: member._id }),
  ])
  const cards: MyPaperCard[] = papers.map((p) => {
    // A retake just begun (nothing answered yet) does not hide how the last one went.
    const mine = attempts.filter((a) => a.paperId === p._id && a.answered > 0).sort((a, b) => a.n - b.n)
    const latest = mine[mine.length - 1]
    return {
      ...paperSummary(p, today, names),
      mine: !latest ? 'none' : latest.doneAt !== null ? 'done' : 'started',
      mineWords: mineWords(latest),
      attempts: mine.length,
    }
  })
  return {
    today,
    promise: QUIZ_PROMISE,
    open: cards.filter((c) => c.state === 'open'),
    others: cards.filter((c) => c.state !== 'open'),
    wrongCount: (await wrongQuestions(ctx)).length,
  }
}

export async function quizTake(input: { paperId: string }, ctx: ActionContext): Promise<QuizTake> {
  return takeView(ctx, await visiblePaper(ctx, input.paperId))
}

function openOrRefuse(paper: PaperDoc, today: string): void {
  const state = paperState(paper.openFrom, paper.openTo, today)
  if (state === 'upcoming') throw new DomainError('QUIZ.PAPER_UPCOMING')
  if (state === 'closed') throw new DomainError('QUIZ.PAPER_CLOSED')
}

function newAttempt(paper: PaperDoc, member: MemberDoc, n: number, now: number): AttemptDoc {
  return {
    _id: attemptId(paper._id, member._id, n),
    paperId: paper._id,
    memberId: member._id,
    branchId: member.branchId,
    n,
    total: paper.questions.length,
    answered: 0,
    correct: 0,
    startedAt: now,
    doneAt: null,
    checkInId: null,
  }
}

/** The attempt's counts from its answers: right whatever order or how often answers arrive. */
async function recount(ctx: ActionContext, attempt: AttemptDoc): Promise<void> {
  const answers = await findAll<AnswerDoc>(ctx.db, 'quizAnswers', { attemptId: attempt._id })
  const answered = answers.length
  const correct = answers.filter((a) => a.correct).length
  const doneAt = answered >= attempt.total ? (attempt.doneAt ?? ctx.now()) : null
  await ctx.db.collection('quizAttempts').doc(attempt._id).update({ data: { answered, correct, doneAt } })
}

export async function answerQuestion(
  input: { paperId: string; questionId: string; choice: number[] },
  ctx: ActionContext,
): Promise<QuizTake> {
  const member = me(ctx)
  const paper = await visiblePaper(ctx, input.paperId)
  openOrRefuse(paper, chinaDate(ctx.now()))
  const question = paper.questions.find((q) => q.id === input.questionId)
  if (!question) throw new DomainError('QUIZ.NOT_IN_PAPER')
  const choice = [...input.choice].sort((a, b) => a - b)
  const problem = choiceProblem(question.kind, question.options.length, choice)
  if (problem) throw new DomainError(problem)
  const attempts = await myAttempts(ctx, paper._id)
  let attempt = attempts[attempts.length - 1]
  if (attempt) {
    // The same answer again (a retried tap, a second phone): the paper as it stands.
    const given = await findById<AnswerDoc>(ctx.db, 'quizAnswers', `${attempt._id}_${question.id}`)
    if (given) {
      if (given.choice.join() === choice.join()) return takeView(ctx, paper)
      throw new DomainError('QUIZ.ALREADY_ANSWERED')
    }
    if (attempt.doneAt !== null) throw new DomainError('QUIZ.ATTEMPT_DONE')
  } else {
    attempt = (await addOnce(ctx.db, 'quizAttempts', newAttempt(paper, member, 1, ctx.now()))).doc
  }
  const doc: AnswerDoc = {
    _id: `${attempt._id}_${question.id}`,
    mode: 'paper',
    attemptId: attempt._id,
    paperId: paper._id,
    questionId: question.id,
    memberId: member._id,
    branchId: member.branchId,
    n: attempt.n,
    choice,
    correct: isCorrect(question.answer, choice),
    at: ctx.now(),
  }
  const saved = await addOnce(ctx.db, 'quizAnswers', doc)
  if (!saved.created && saved.doc.choice.join() !== choice.join()) throw new DomainError('QUIZ.ALREADY_ANSWERED')
  await recount(ctx, attempt)
  return takeView(ctx, paper)
}

export async function retakePaper(input: { paperId: string }, ctx: ActionContext): Promise<QuizTake> {
  const paper = await visiblePaper(ctx, input.paperId)
  openOrRefuse(paper, chinaDate(ctx.now()))
  const attempts = await myAttempts(ctx, paper._id)
  const latest = attempts[attempts.length - 1]
  // Just begun again (a retried tap): nothing to do.
  if (latest && latest.doneAt === null && latest.answered === 0) return takeView(ctx, paper)
  if (!latest || latest.doneAt === null) throw new DomainError('QUIZ.ATTEMPT_NOT_DONE')
  await addOnce(ctx.db, 'quizAttempts', newAttempt(paper, me(ctx), latest.n + 1, ctx.now()))
  return takeView(ctx, paper)
}

/** Records the latest done attempt as a 学习打卡 on the day it was done (study's own check-in). */
export async function checkInPaper(input: { paperId: string }, ctx: ActionContext): Promise<QuizTake> {
  const paper = await visiblePaper(ctx, input.paperId)
  const done = (await myAttempts(ctx, paper._id)).filter((a) => a.doneAt !== null)
  const latest = done[done.length - 1]
  if (!latest) throw new DomainError('QUIZ.NOT_DONE')
  if (latest.checkInId !== null) return takeView(ctx, paper)
  const entry = await checkIn(
    {
      itemId: null,
      title: `知识测试：${paper.title}`.slice(0, 60),
      minutes: null,
      reflection: '',
      day: chinaDate(latest.doneAt ?? ctx.now()),
    },
    ctx,
  )
  await ctx.db
    .collection('quizAttempts')
    .doc(latest._id)
    .update({ data: { checkInId: entry.id } })
  return takeView(ctx, paper)
}
