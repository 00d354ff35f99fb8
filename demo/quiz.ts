/**
 * Demo 党纪党规知识测试: the office's bank of 61 questions (imported four months ago), the bureau's
 * papers of the last two months (closed) with answers from most bound members, 机关第一党支部's own
 * paper last month, and this month's paper open from the 1st to the month's end, which about a third
 * have begun or finished — none yet in 水环境管理处党支部, so a member there takes it fresh. Some
 * questions are hard (more than half answer them wrong): the office sees them on its figures. A few
 * members took a paper twice. Audit entries for the import and each paper. Deterministic, relative
 * to the clock.
 */
import { chinaDate, chinaDayStart } from '../core/dates'
import { choiceProblem, drawQuestions, isCorrect } from '../core/quiz/rules'
import { addDays } from '../core/study'
import type { AnswerDoc, AttemptDoc, PaperDoc, QuestionDoc } from '../server/actions/quiz/model'
import type { AuditDoc, MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { DEMO_ADMIN_OPENID, demoOpenid } from './identities'
import { seededRandom } from './names'
import { demoBranchQuestions, demoQuestions } from './quiz-questions'
import { actsAt, type DemoWorld } from './world'

const DAY = 24 * 3600_000
const HOUR = 3600_000

/** The branch whose members have not begun this month's paper (the browser journey takes it there). */
export const QUIZ_FRESH_BRANCH = 'org-b3'

const monthStart = (day: string) => `${day.slice(0, 7)}-01`
const monthEnd = (day: string) => addDays(monthStart(addDays(monthStart(day), 32)), -1)
const monthNumber = (day: string) => Number(day.slice(5, 7))

interface PaperPlan {
  id: string
  title: string
  branchId: string | null
  topics: string[]
  count: number
  openFrom: string
  openTo: string
  /** Share of the bound members (of the branch, for a branch paper) who took it. */
  share: number
}

function plans(now: number): PaperPlan[] {
  const today = chinaDate(now)
  const thisStart = monthStart(today)
  const prev = addDays(thisStart, -1)
  const prev2 = addDays(monthStart(prev), -1)
  return [
    {
      id: 'qp-demo-2',
      title: `${monthNumber(prev2)}月党纪党规知识测试`,
      branchId: null,
      topics: ['charter', 'discipline'],
      count: 10,
      openFrom: monthStart(prev2),
      openTo: monthEnd(prev2),
      share: 0.75,
    },
    {
      id: 'qp-demo-b1',
      title: '支部固定学习日小测：党章',
      branchId: 'org-b1',
      topics: ['charter'],
      count: 5,
      openFrom: monthStart(prev),
      openTo: monthEnd(prev),
      share: 0.8,
    },
    {
      id: 'qp-demo-1',
      title: `${monthNumber(prev)}月党纪党规知识测试`,
      branchId: null,
      topics: ['discipline', 'rules'],
      count: 10,
      openFrom: monthStart(prev),
      openTo: monthEnd(prev),
      share: 0.7,
    },
    {
      id: 'qp-demo-0',
      title: `${monthNumber(today)}月党纪党规知识测试`,
      branchId: null,
      topics: ['charter', 'discipline'],
      count: 10,
      openFrom: thisStart,
      openTo: monthEnd(today),
      share: 0.35,
    },
  ]
}

/** A wrong choice of the right shape: another option, or for 多选 one correct option too few. */
function wrongChoice(q: QuestionDoc, random: () => number): number[] {
  if (q.kind === 'multiple') return q.answer.slice(0, q.answer.length - 1)
  const others = q.options.map((_o, i) => i).filter((i) => !q.answer.includes(i))
  return [others[Math.floor(random() * others.length)]!]
}

export function demoQuiz(
  now: number,
  world: DemoWorld,
): { questions: QuestionDoc[]; papers: PaperDoc[]; attempts: AttemptDoc[]; answers: AnswerDoc[]; audit: AuditDoc[] } {
  const random = seededRandom(20270127)
  const questions = demoQuestions(now)
  const byId = new Map(questions.map((q) => [q._id, q]))
  // How hard each question is: the chance a member misses it (多选 most often, over one half).
  const missChance = new Map(
    questions.map((q) => [q._id, q.kind === 'multiple' ? 0.5 + random() * 0.25 : 0.08 + random() * 0.3]),
  )
  const bound = world.members.filter((m) => m.openid !== null && m.status === 'active')
  const admin = world.members.find((m) => m.openid === DEMO_ADMIN_OPENID)
  const papers: PaperDoc[] = []
  const attempts: AttemptDoc[] = []
  const answers: AnswerDoc[] = []
  const audit: AuditDoc[] = [
    {
      _id: 'aud-demo-quiz-import',
      at: now - 120 * DAY,
      actorOpenid: DEMO_ADMIN_OPENID,
      actorId: admin?._id ?? null,
      actorName: admin?.name ?? '机关党委管理员',
      kind: 'quiz.import',
      summary: `导入题目${questions.length}道`,
      branchId: null,
      targetId: 'qimport-demo',
      before: null,
      after: { questionCount: questions.length, stems: questions.slice(0, 20).map((q) => q.stem.slice(0, 30)) },
      requestId: 'demo-quiz-import',
    },
  ]
  for (const plan of plans(now)) {
    const drawn = drawQuestions(
      questions.map((q) => ({ ...q, id: q._id })),
      plan.topics,
      plan.count,
      plan.id,
    )!
    const secretary = plan.branchId
      ? world.members.find((m) => m.branchId === plan.branchId && m.role === 'secretary')
      : undefined
    const publishedAt = Math.min(chinaDayStart(plan.openFrom) + 9 * HOUR, now - HOUR)
    const paper: PaperDoc = {
      _id: plan.id,
      scope: plan.branchId ? 'branch' : 'bureau',
      branchId: plan.branchId,
      title: plan.title,
      topics: plan.topics,
      openFrom: plan.openFrom,
      openTo: plan.openTo,
      questions: drawn.map(({ _id, kind, topic, stem, options, answer, explanation, source }) => ({
        id: _id,
        kind,
        topic,
        stem,
        options,
        answer,
        explanation,
        source,
      })),
      noticeId: null,
      publishedAt,
      publishedById: secretary?._id ?? admin?._id ?? null,
      publishedByName: secretary?.name ?? '机关党委管理员',
    }
    papers.push(paper)
    audit.push({
      _id: `aud-demo-quiz-publish-${plan.id}`,
      at: publishedAt,
      actorOpenid: secretary ? demoOpenid(secretary._id) : DEMO_ADMIN_OPENID,
      actorId: paper.publishedById,
      actorName: secretary?.name ?? admin?.name ?? '机关党委管理员',
      kind: 'quiz.publish',
      summary: `发布知识测试“${paper.title}”（${paper.questions.length}题）`,
      branchId: plan.branchId,
      targetId: plan.id,
      before: null,
      after: { title: paper.title, questionCount: paper.questions.length },
      requestId: `demo-quiz-publish-${plan.id}`,
    })
    const current = plan.openTo >= chinaDate(now)
    const takers = bound.filter(
      (m: MemberDoc) =>
        (!plan.branchId || m.branchId === plan.branchId) &&
        !(current && m.branchId === QUIZ_FRESH_BRANCH) &&
        random() < plan.share &&
        actsAt(m, chinaDayStart(plan.openFrom) + 9 * HOUR),
    )
    // Answers fall within the open period, never after now.
    const from = chinaDayStart(plan.openFrom) + 9 * HOUR
    const until = Math.min(chinaDayStart(addDays(plan.openTo, 1)) - HOUR, now - HOUR)
    for (const m of takers) {
      const passes = random() < 0.12 && !current ? 2 : 1
      let start = from + Math.floor(random() * Math.max(until - from, 0))
      for (let n = 1; n <= passes; n++) {
        // On this month's paper, one in four left halfway so far.
        const stopAt = current && random() < 0.25 ? 1 + Math.floor(random() * (drawn.length - 2)) : drawn.length
        const id = `${plan.id}_${m._id}_${n}`
        const given = drawn.slice(0, stopAt).map((q, i) => {
          const full = byId.get(q._id)!
          const miss = random() < (missChance.get(q._id) ?? 0.2) / n
          const choice = miss ? wrongChoice(full, random) : full.answer
          if (choiceProblem(full.kind, full.options.length, choice)) throw new Error(`demo quiz: bad choice ${q._id}`)
          const at = Math.min(start + i * 40_000, now - 60_000)
          return {
            _id: `${id}_${q._id}`,
            mode: 'paper' as const,
            attemptId: id,
            paperId: plan.id,
            questionId: q._id,
            memberId: m._id,
            branchId: m.branchId,
            n,
            choice,
            correct: isCorrect(full.answer, choice),
            at,
          }
        })
        answers.push(...given)
        const last = given[given.length - 1]!.at
        attempts.push({
          _id: id,
          paperId: plan.id,
          memberId: m._id,
          branchId: m.branchId,
          n,
          total: drawn.length,
          answered: given.length,
          correct: given.filter((a) => a.correct).length,
          startedAt: given[0]!.at,
          doneAt: given.length === drawn.length ? last : null,
          checkInId: null,
        })
        start = Math.min(last + 2 * DAY, until)
      }
    }
  }
  const b1Secretary = world.members.find((m) => m.branchId === 'org-b1' && m.role === 'secretary')
  return {
    questions: [...questions, ...demoBranchQuestions(now, b1Secretary?.name ?? '支部书记')],
    papers,
    attempts,
    answers,
    audit,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const { questions, papers, attempts, answers, audit } = demoQuiz(now, world)
  await db.insertRaw('quizQuestions', questions as unknown as Record<string, unknown>[])
  await db.insertRaw('quizPapers', papers as unknown as Record<string, unknown>[])
  if (attempts.length > 0) await db.insertRaw('quizAttempts', attempts as unknown as Record<string, unknown>[])
  if (answers.length > 0) await db.insertRaw('quizAnswers', answers as unknown as Record<string, unknown>[])
  await db.insertRaw('auditLog', audit as unknown as Record<string, unknown>[])
}
