/**
 * Papers: the office publishes one for the bureau, a secretary one for the branch, drawn from the
 * bank by topic with an open period; members are told through the notices (publishNoticeTo, the
 * one sender). The secretary's yes/no per member; the office's share of wrong answers per question.
 */
import type { PaperSummary, QuizBank, QuizBranchPage, QuizFigures } from '../../../core/contract/quiz'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { QUESTION_KIND_LABELS, QUIZ_PROMISE, QUIZ_TOPIC_LABELS } from '../../../core/quiz/labels'
import { QUIZ_LIMITS } from '../../../core/quiz/limits'
import { bankCounts, drawQuestions, periodProblem, wrongShare, wrongShareWords } from '../../../core/quiz/rules'
import type { QuizTopic } from '../../../core/quiz/types'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { actorName, audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import { branchReaders, bureauReaders } from '../notify/audience'
import { publishNoticeTo } from '../notify/publish'
import { allPapers, answeredIds, bankPage, retireStored, storeQuestion, type QuestionInput } from './bank'
import type { AnswerDoc, AttemptDoc, PaperDoc, QuestionDoc } from './model'
import { newestFirst, orgNames, paperSummary, periodWords, questionAdminView, topicCounts, topicWords } from './views'

export interface PaperInput {
  title: string
  topics: QuizTopic[]
  count: number
  openFrom: string
  openTo: string
}

/** The questions a paper of this scope may draw: the office's, and for a branch its own too. */
export async function poolFor(ctx: ActionContext, branchId: string | null): Promise<QuestionDoc[]> {
  const all = await findAll<QuestionDoc>(ctx.db, 'quizQuestions', { status: 'active' })
  return all.filter((q) => q.branchId === null || (branchId !== null && q.branchId === branchId))
}

async function publish(ctx: ActionContext, input: PaperInput, branch: OrgDoc | null): Promise<PaperDoc> {
  const today = chinaDate(ctx.now())
  const problem = periodProblem(input.openFrom, input.openTo, today)
  if (problem) throw new DomainError(problem)
  const id = `qp-${keyedId(ctx, 'quiz paper')}`
  const earlier = await findById<PaperDoc>(ctx.db, 'quizPapers', id)
  if (earlier?.noticeId) return earlier
  const pool = await poolFor(ctx, branch?._id ?? null)
  const drawn = drawQuestions(
    pool.map((q) => ({ ...q, id: q._id })),
    input.topics,
    input.count,
    id,
  )
  if (!drawn) throw new DomainError('QUIZ.TOO_FEW_QUESTIONS')
  await checkContent(ctx, input.title, 1)
  const readers = branch
    ? await branchReaders(ctx.db, branch._id, { kind: 'branch' })
    : await bureauReaders(ctx.db, { kind: 'bureau' })
  const now = ctx.now()
  const paper: PaperDoc = {
    _id: id,
    scope: branch ? 'branch' : 'bureau',
    branchId: branch?._id ?? null,
    title: input.title,
    topics: [...input.topics],
    openFrom: input.openFrom,
    openTo: input.openTo,
    questions: drawn.map((q) => ({
      id: q._id,
      kind: q.kind,
      topic: q.topic,
      stem: q.stem,
      options: q.options,
      answer: q.answer,
      explanation: q.explanation,
      source: q.source,
    })),
    noticeId: null,
    publishedAt: now,
    publishedById: actorId(ctx),
    publishedByName: actorName(ctx),
  }
  const stored = (await addOnce(ctx.db, 'quizPapers', paper)).doc
  const from = branch ? `${branch.name} · ${actorName(ctx)}` : '机关党委'
  const notice = await publishNoticeTo(
    ctx,
    {
      title: `知识测试：${stored.title}`,
      body: [
        `${periodWords(stored.openFrom, stored.openTo)}开放作答，共${stored.questions.length}题（${topicWords(stored.topics)}）。`,
        `${QUIZ_PROMISE}每答一题就保存，中途离开下次接着答。`,
        '请在“我的 → 知识测试”中作答。',
      ].join('\n'),
      materials: [],
      needReceipt: false,
    },
    {
      scope: branch ? 'branch' : 'bureau',
      branchId: branch?._id ?? null,
      audience: branch ? { kind: 'branch' } : { kind: 'bureau' },
      from,
    },
    readers,
  )
  await ctx.db
    .collection('quizPapers')
    .doc(stored._id)
    .update({ data: { noticeId: notice.id } })
  await audit(ctx, {
    kind: 'quiz.publish',
    summary: `发布知识测试“${stored.title}”（${stored.questions.length}题，${periodWords(stored.openFrom, stored.openTo)}），通知${readers.length}人`,
    branchId: stored.branchId,
    targetId: stored._id,
    before: null,
    after: {
      title: stored.title,
      quizTopics: topicWords(stored.topics),
      questionCount: stored.questions.length,
      openPeriod: periodWords(stored.openFrom, stored.openTo),
      recipients: readers.length,
    },
  })
  return { ...stored, noticeId: notice.id }
}

export async function publishBureauPaper(input: PaperInput, ctx: ActionContext): Promise<QuizBank> {
  await publish(ctx, input, null)
  return bankPage(ctx)
}

export async function publishBranchPaper(input: PaperInput & { branchId?: string }, ctx: ActionContext) {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('AUTH.OTHER_BRANCH')
  const paper = await publish(ctx, input, branch)
  return branchPage(ctx, branchId, paper._id)
}

/** A paper the branch's members take: the bureau's, or the branch's own. */
export function paperOfBranch(p: PaperDoc, branchId: string): boolean {
  return p.scope === 'bureau' || p.branchId === branchId
}

export async function papersOfBranch(ctx: ActionContext, branchId: string): Promise<PaperDoc[]> {
  const _ = ctx.db.command
  const papers = await findAll<PaperDoc>(
    ctx.db,
    'quizPapers',
    _.or([{ scope: 'bureau' }, { scope: 'branch', branchId }]),
  )
  return papers.sort(newestFirst)
}

/** The paper to show first: the newest open one, else the newest. */
export function firstShown(papers: PaperSummary[]): PaperSummary | null {
  return papers.find((p) => p.state === 'open') ?? papers[0] ?? null
}

async function branchPage(ctx: ActionContext, branchId: string, paperId?: string): Promise<QuizBranchPage> {
  const today = chinaDate(ctx.now())
  const _ = ctx.db.command
  const [branch, names, docs, pool, own] = await Promise.all([
    findById<OrgDoc>(ctx.db, 'orgs', branchId),
    orgNames(ctx.db),
    papersOfBranch(ctx, branchId),
    poolFor(ctx, branchId),
    findAll<QuestionDoc>(ctx.db, 'quizQuestions', { branchId, status: _.in(['active', 'retired']) }),
  ])
  const papers = docs.map((p) => paperSummary(p, today, names))
  let paper = firstShown(papers)
  if (paperId) {
    paper = papers.find((p) => p.id === paperId) ?? null
    if (!paper) throw new DomainError('QUIZ.PAPER_NOT_FOUND')
  }
  const members = (await findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' })).sort(
    (a, b) => a.name.localeCompare(b.name, 'zh') || a._id.localeCompare(b._id),
  )
  const taken = new Set<string>()
  if (paper) {
    const attempts = await findAll<AttemptDoc>(ctx.db, 'quizAttempts', {
      paperId: paper.id,
      memberId: _.in(members.map((m) => m._id)),
    })
    for (const a of attempts) if (a.doneAt !== null) taken.add(a.memberId)
  }
  const rows = members.map((m) => ({ id: m._id, name: m.name, taken: taken.has(m._id) }))
  const yes = rows.filter((r) => r.taken).length
  return {
    branchId,
    branchName: branch?.name ?? '',
    today,
    papers,
    paper,
    members: rows,
    takenWords: paper ? `已完成 ${yes}人，未完成 ${rows.length - yes}人` : '',
    topics: topicCounts(pool),
    ownQuestions: await ownQuestionViews(ctx, own, names),
    officeCount: bankCounts(pool).office,
  }
}

/** The branch's own questions: in use first, then retired, each as they were added. */
async function ownQuestionViews(ctx: ActionContext, own: QuestionDoc[], names: ReadonlyMap<string, string>) {
  const answered = await answeredIds(
    ctx,
    own.map((q) => q._id),
  )
  return own
    .sort(
      (a, b) =>
        Number(a.status === 'retired') - Number(b.status === 'retired') ||
        a.createdAt - b.createdAt ||
        a._id.localeCompare(b._id),
    )
    .map((q) => questionAdminView(q, names, answered))
}

export async function quizBranch(input: { paperId?: string; branchId?: string }, ctx: ActionContext) {
  return branchPage(ctx, scopeBranch(ctx.caller, input.branchId), input.paperId)
}

/** 本支部题目: adds or changes a question of the caller's branch (the office's bank's own save). */
export async function saveBranchQuestion(input: QuestionInput & { branchId?: string }, ctx: ActionContext) {
  const { branchId: requested, ...question } = input
  const branchId = scopeBranch(ctx.caller, requested)
  await storeQuestion(ctx, branchId, question)
  return branchPage(ctx, branchId)
}

/** Retires a question of the caller's branch: kept with its answers, never drawn again. */
export async function retireBranchQuestion(input: { questionId: string; branchId?: string }, ctx: ActionContext) {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  await retireStored(ctx, branchId, input.questionId)
  return branchPage(ctx, branchId)
}

/**
 * Per question of a paper, the share of wrong answers across the bureau, from each member's first
 * attempt only (a retake is practice), shown only from QUIZ_LIMITS.figureMin answers: anonymous.
 */
export async function quizFigures(input: { paperId?: string }, ctx: ActionContext): Promise<QuizFigures> {
  const today = chinaDate(ctx.now())
  const [names, docs] = await Promise.all([orgNames(ctx.db), allPapers(ctx)])
  docs.sort(newestFirst)
  const papers = docs.map((p) => paperSummary(p, today, names))
  // The bureau's newest closed paper first: an open one has few answers yet.
  let doc = input.paperId
    ? docs.find((p) => p._id === input.paperId)
    : (docs.find((p) => p.openTo < today && p.scope === 'bureau') ?? docs.find((p) => p.openTo < today) ?? docs[0])
  if (input.paperId && !doc) throw new DomainError('QUIZ.PAPER_NOT_FOUND')
  doc = doc ?? undefined
  const note = `每道题答错的人数占作答人数的比例，只计每人第一遍作答，不显示任何人的姓名和成绩；不足${QUIZ_LIMITS.figureMin}人作答的题目暂不显示。`
  if (!doc) return { papers, paper: null, note, questions: [] }
  const answers = await findAll<AnswerDoc>(ctx.db, 'quizAnswers', { paperId: doc._id, n: 1 })
  const by = new Map<string, { answers: number; wrong: number }>()
  for (const a of answers) {
    const f = by.get(a.questionId) ?? { answers: 0, wrong: 0 }
    f.answers++
    if (!a.correct) f.wrong++
    by.set(a.questionId, f)
  }
  return {
    papers,
    paper: paperSummary(doc, today, names),
    note,
    questions: doc.questions.map((q, i) => {
      const f = by.get(q.id) ?? { answers: 0, wrong: 0 }
      const share = wrongShare(f.answers, f.wrong)
      return {
        index: i + 1,
        id: q.id,
        kindLabel: QUESTION_KIND_LABELS[q.kind],
        topicLabel: QUIZ_TOPIC_LABELS[q.topic],
        stem: q.stem,
        source: q.source,
        answers: share === null ? 0 : f.answers,
        wrongShare: share,
        words: wrongShareWords(f.answers, f.wrong),
        often: share !== null && share > 50,
      }
    }),
  }
}
