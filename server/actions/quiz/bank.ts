/**
 * The question bank, kept by the office and by a branch for its own (one save and one retire for
 * both, the owner a parameter): add or change a question (refused with a code when it has no
 * correct answer or its options do not fit its kind), retire one (never delete: members' answers
 * to it stay), and import a sheet the way 名册导入 does — the same reader (roster-file.ts), every
 * row's problems in a preview, then all rows or none.
 */
import type { QuestionKind, QuizBank, QuizImportPreview, QuizTopic } from '../../../core/contract/quiz'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { checkQuizTable, stemKey } from '../../../core/quiz/import'
import { JUDGE_OPTIONS } from '../../../core/quiz/labels'
import { QUIZ_LIMITS } from '../../../core/quiz/limits'
import { bankCounts, questionProblems } from '../../../core/quiz/rules'
import { actorName, audit } from '../../runtime/audit'
import { checkLongContent } from '../../runtime/content-check'
import { addOnce, isDuplicateKey, keyedId } from '../../runtime/request-key'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { readRosterTable, type TableErrors } from '../roster-file'
import type { PaperDoc, QuestionDoc } from './model'
import { choiceWords, newestFirst, orgNames, paperSummary, questionAdminView, topicCounts } from './views'

const QUIZ_TABLE: TableErrors = {
  badFile: 'QUIZ.IMPORT_BAD_FILE',
  empty: 'QUIZ.IMPORT_EMPTY',
  tooMany: 'QUIZ.IMPORT_TOO_MANY_ROWS',
  maxRows: QUIZ_LIMITS.importRows,
}

/** Which of these questions some member has answered (in a paper or in practice): counted in the database. */
export async function answeredIds(ctx: ActionContext, ids: string[]): Promise<Set<string>> {
  const _ = ctx.db.command
  const $ = _.aggregate
  const out = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const res = await ctx.db
      .collection('quizQuestions')
      .aggregate()
      .match({ _id: _.in(chunk) })
      .limit(chunk.length)
      .lookup({ from: 'quizAnswers', localField: '_id', foreignField: 'questionId', as: 'a' })
      .project({ n: $.size('$a') })
      .end()
    for (const row of res.list as Array<{ _id: string; n: number }>) if (row.n > 0) out.add(row._id)
  }
  return out
}

/** Every paper, the bureau's and the branches'. */
export async function allPapers(ctx: ActionContext): Promise<PaperDoc[]> {
  const _ = ctx.db.command
  return findAll<PaperDoc>(ctx.db, 'quizPapers', { scope: _.in(['bureau', 'branch']) })
}

export async function bankPage(ctx: ActionContext): Promise<QuizBank> {
  const today = chinaDate(ctx.now())
  const _ = ctx.db.command
  const [questions, papers, names] = await Promise.all([
    findAll<QuestionDoc>(ctx.db, 'quizQuestions', { status: _.in(['active', 'retired']) }),
    allPapers(ctx),
    orgNames(ctx.db),
  ])
  const answered = await answeredIds(
    ctx,
    questions.map((q) => q._id),
  )
  // The bank's order: the office's first, by topic, then as they were added; retired ones last.
  const order = (q: QuestionDoc) => `${q.status === 'retired' ? 1 : 0}${q.branchId === null ? 0 : 1}`
  questions.sort(
    (a, b) =>
      order(a).localeCompare(order(b)) ||
      a.topic.localeCompare(b.topic) ||
      a.createdAt - b.createdAt ||
      a._id.localeCompare(b._id),
  )
  const counts = bankCounts(questions)
  return {
    today,
    questions: questions.map((q) => questionAdminView(q, names, answered)),
    topics: topicCounts(questions.filter((q) => q.branchId === null)),
    papers: papers.sort(newestFirst).map((p) => paperSummary(p, today, names)),
    officeCount: counts.office,
    branchOwnCount: counts.branchOwn,
  }
}

export async function quizBank(_input: object, ctx: ActionContext): Promise<QuizBank> {
  return bankPage(ctx)
}

export interface QuestionInput {
  questionId?: string
  kind: QuestionKind
  topic: QuizTopic
  stem: string
  options: string[]
  answer: number[]
  explanation: string
  source: string
}

const contentText = (q: Pick<QuestionInput, 'stem' | 'options' | 'explanation' | 'source'>) =>
  [q.stem, ...q.options, q.explanation, q.source].filter(Boolean).join('\n')

/** The words the audit log keeps of a question. */
function auditFields(q: Pick<QuestionInput, 'kind' | 'stem' | 'options' | 'answer' | 'source' | 'topic'>) {
  return { stem: q.stem, options: q.options.join(' / '), correctAnswer: choiceWords(q, q.answer), source: q.source }
}

/** Whether another question the same paper could draw has these words: the office's, and a branch's own. */
async function sameStem(ctx: ActionContext, stem: string, branchId: string | null, except?: string): Promise<boolean> {
  const _ = ctx.db.command
  const all = await findAll<QuestionDoc>(
    ctx.db,
    'quizQuestions',
    branchId ? _.or([{ branchId: null }, { branchId }]) : { branchId: null },
  )
  return all.some((q) => q._id !== except && q.status !== 'importing' && stemKey(q.stem) === stemKey(stem))
}

/**
 * Who keeps the questions a save or retire touches: null is the office, which keeps the whole bank
 * (it adds the office's questions and may correct any); a branch id is that branch, which adds its
 * own and touches only those: another branch's or the office's question is refused, nothing written.
 */
export type BankOwner = string | null

async function ownedQuestion(ctx: ActionContext, owner: BankOwner, questionId: string): Promise<QuestionDoc> {
  const q = await findById<QuestionDoc>(ctx.db, 'quizQuestions', questionId)
  if (!q || q.status === 'importing') throw new DomainError('QUIZ.QUESTION_NOT_FOUND')
  if (owner !== null && q.branchId !== owner) throw new DomainError('AUTH.OTHER_BRANCH')
  return q
}

/** Adds a question (no id) of the owner's, or changes one it keeps: the one save both banks use. */
export async function storeQuestion(ctx: ActionContext, owner: BankOwner, input: QuestionInput): Promise<void> {
  const options = input.kind === 'judge' ? [...JUDGE_OPTIONS] : input.options
  const answer = [...new Set(input.answer)].sort((a, b) => a - b)
  const problem = questionProblems({ kind: input.kind, options, answer })[0]
  if (problem) throw new DomainError(problem)
  const now = ctx.now()
  const content = {
    kind: input.kind,
    topic: input.topic,
    stem: input.stem,
    options,
    answer,
    explanation: input.explanation,
    source: input.source,
  }
  if (input.questionId) {
    const before = await ownedQuestion(ctx, owner, input.questionId)
    if (before.status === 'retired') throw new DomainError('QUIZ.QUESTION_RETIRED')
    if (await sameStem(ctx, input.stem, before.branchId, before._id)) throw new DomainError('QUIZ.DUPLICATE_STEM')
    const contentVerdict = await checkLongContent(ctx, contentText(content), 1)
    const was = auditFields(before)
    const now_ = auditFields(content)
    const changed = (Object.keys(now_) as Array<keyof typeof now_>).filter((k) => was[k] !== now_[k])
    if (changed.length === 0 && before.kind === content.kind && before.topic === content.topic) return
    await ctx.db
      .collection('quizQuestions')
      .doc(before._id)
      .update({ data: { ...content, contentVerdict, updatedAt: now, updatedByName: actorName(ctx) } })
    await audit(ctx, {
      kind: 'quiz.saveQuestion',
      summary: `修改题目：${input.stem.slice(0, 30)}`,
      branchId: before.branchId,
      targetId: before._id,
      before: Object.fromEntries(changed.map((k) => [k, was[k]])),
      after: Object.fromEntries(changed.map((k) => [k, now_[k]])),
    })
    return
  }
  const doc: QuestionDoc = {
    _id: `qq-${keyedId(ctx, 'quiz question')}`,
    ...content,
    branchId: owner,
    status: 'active',
    importId: null,
    contentVerdict: 'pass',
    createdAt: now,
    updatedAt: now,
    updatedByName: actorName(ctx),
  }
  // A retried tap meets its own question: no second one, no duplicate-stem refusal.
  if (await findById<QuestionDoc>(ctx.db, 'quizQuestions', doc._id)) return
  if (await sameStem(ctx, input.stem, owner)) throw new DomainError('QUIZ.DUPLICATE_STEM')
  doc.contentVerdict = await checkLongContent(ctx, contentText(content), 1)
  await addOnce(ctx.db, 'quizQuestions', doc)
  await audit(ctx, {
    kind: 'quiz.saveQuestion',
    summary: `新增题目：${input.stem.slice(0, 30)}`,
    branchId: owner,
    targetId: doc._id,
    before: null,
    after: auditFields(content),
  })
}

/** Retires a question the owner keeps (never deletes it: the answers given to it stay). */
export async function retireStored(ctx: ActionContext, owner: BankOwner, questionId: string): Promise<void> {
  const q = await ownedQuestion(ctx, owner, questionId)
  if (q.status === 'retired') return
  await ctx.db
    .collection('quizQuestions')
    .doc(q._id)
    .update({ data: { status: 'retired', updatedAt: ctx.now(), updatedByName: actorName(ctx) } })
  await audit(ctx, {
    kind: 'quiz.retireQuestion',
    summary: `停用题目：${q.stem.slice(0, 30)}`,
    branchId: q.branchId,
    targetId: q._id,
    before: { status: 'active' },
    after: { status: 'retired' },
  })
}

export async function saveQuestion(input: QuestionInput, ctx: ActionContext): Promise<QuizBank> {
  await storeQuestion(ctx, null, input)
  return bankPage(ctx)
}

export async function retireQuestion(input: { questionId: string }, ctx: ActionContext): Promise<QuizBank> {
  await retireStored(ctx, null, input.questionId)
  return bankPage(ctx)
}

type Source = { text?: string; fileID?: string }

async function check(source: Source, ctx: ActionContext, ownImport?: string) {
  const [table, existing] = await Promise.all([
    readRosterTable(source, ctx, QUIZ_TABLE),
    findAll<QuestionDoc>(ctx.db, 'quizQuestions', { branchId: null }),
  ])
  const stems = new Set(existing.filter((q) => q.importId !== ownImport || !ownImport).map((q) => stemKey(q.stem)))
  return checkQuizTable(table, stems)
}

export async function previewImport(source: Source, ctx: ActionContext): Promise<QuizImportPreview> {
  const { rows, headerProblems } = await check(source, ctx)
  return {
    total: rows.length,
    problemCount: rows.filter((r) => r.problems.length > 0).length,
    headerProblems,
    rows,
  }
}

/** Documents per `add`, as 名册导入 stages them. */
const BATCH = 200

export async function importQuestions(source: Source, ctx: ActionContext): Promise<{ imported: number }> {
  const questions = ctx.db.collection('quizQuestions')
  // Ids a retry of the same tap reproduces: it meets what the first try staged and finishes it.
  const importId = `qimport-${keyedId(ctx, 'import')}`
  const { rows, entries, headerProblems } = await check(source, ctx, importId)
  if (headerProblems.length > 0 || entries.length !== rows.length) throw new DomainError('QUIZ.IMPORT_HAS_PROBLEMS')
  if (entries.length === 0) throw new DomainError('QUIZ.IMPORT_EMPTY')
  const contentVerdict = await checkLongContent(ctx, entries.map(contentText).join('\n'), 1)
  const now = ctx.now()
  const docs: QuestionDoc[] = entries.map((e, i) => ({
    _id: `qq-${keyedId(ctx, `row ${i}`)}`,
    ...e,
    branchId: null,
    status: 'importing',
    importId,
    contentVerdict,
    createdAt: now + i,
    updatedAt: now,
    updatedByName: actorName(ctx),
  }))
  try {
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH)
      try {
        await questions.add({ data: batch as unknown as Array<Record<string, unknown>> })
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        for (const doc of batch) await addOnce(ctx.db, 'quizQuestions', doc)
      }
    }
  } catch (error) {
    await questions.where({ importId, status: 'importing' }).remove()
    throw error
  }
  await questions.where({ importId, status: 'importing' }).update({ data: { status: 'active' } })
  const imported = (await questions.where({ importId, status: 'active' }).count()).total
  await audit(ctx, {
    kind: 'quiz.import',
    summary: `导入题目${imported}道`,
    branchId: null,
    targetId: importId,
    after: { questionCount: imported, stems: entries.slice(0, 20).map((e) => e.stem.slice(0, 30)) },
  })
  return { imported }
}
