/** The demo bureau's 知识测试: a real bank, two past papers many answered, this month's open — read as the screens read it. */
import { questionProblems } from '../../core/quiz/rules'
import { seedDemoAt } from '../helpers/demo-seed'
import { testNow } from '../helpers/now'
import { DEMO_ADMIN_OPENID, demoOpenid } from '../../demo/identities'
import { QUIZ_FRESH_BRANCH } from '../../demo/quiz'
import type { LocalCloud } from '../../localcloud/server'
import type { QuestionDoc } from '../../server/actions/quiz/model'
import type { MemberDoc } from '../../server/model'
import { actor, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemoAt(cloud.database, testNow())
})
afterAll(() => cloud.close())
const office = () => actor(cloud, DEMO_ADMIN_OPENID)

it('keeps a bank of about 60 sound questions on the 党章 and the 纪律处分条例, each with its source', async () => {
  const bank = (await cloud.database.find('quizQuestions', {})) as unknown as QuestionDoc[]
  expect(bank.length).toBeGreaterThanOrEqual(58)
  for (const q of bank) {
    expect(questionProblems(q)).toEqual([])
    expect(q.source).toMatch(/^《.+》/)
    expect(q.explanation.length).toBeGreaterThan(5)
  }
  const page = await office().ok('admin', 'quiz.bank', {})
  expect(page.topics.find((t) => t.topic === 'charter')!.count).toBeGreaterThanOrEqual(20)
  expect(page.topics.find((t) => t.topic === 'discipline')!.count).toBeGreaterThanOrEqual(20)
  expect(page.questions.filter((q) => q.answered).length).toBeGreaterThan(20)
  // One figure on both pages: the topics add up to it, and the branches' own are counted apart.
  expect(page.officeCount).toBe(page.topics.reduce((n, t) => n + t.count, 0))
  expect(page.branchOwnCount).toBeGreaterThan(0)
  expect((await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'quiz.branch', {})).officeCount).toBe(
    page.officeCount,
  )
})

it('has two closed bureau papers with many answers, and this month’s open', async () => {
  const figures = await office().ok('admin', 'quiz.figures', {})
  const bureau = figures.papers.filter((p) => p.from === '机关党委')
  expect(bureau.filter((p) => p.state === 'closed')).toHaveLength(2)
  expect(bureau.filter((p) => p.state === 'open')).toHaveLength(1)
  // The newest closed paper first: every question has its figure, some answered wrong by over half.
  expect(figures.paper?.state).toBe('closed')
  expect(figures.questions).toHaveLength(10)
  expect(figures.questions.every((q) => q.wrongShare !== null && q.answers >= 50)).toBe(true)
  expect(figures.questions.some((q) => q.often)).toBe(true)
})

it('leaves this month’s paper fresh for a member of 水环境管理处党支部, with past wrong answers in the book', async () => {
  const members = (await cloud.database.find('members', { branchId: QUIZ_FRESH_BRANCH })) as unknown as MemberDoc[]
  const bound = members.filter((m) => m.openid !== null && m.role === 'member')
  const homes = await Promise.all(bound.map((m) => actor(cloud, m.openid!).ok('member', 'quiz.home', {})))
  expect(homes.every((h) => h.open.length === 1 && h.open[0]!.mine === 'none')).toBe(true)
  expect(homes.some((h) => h.others.some((p) => p.mine === 'done'))).toBe(true)
  expect(homes.some((h) => h.wrongCount > 0)).toBe(true)
})

it('shows a secretary yes/no per member, some yes, some no', async () => {
  const page = await actor(cloud, demoOpenid('m-b1-01')).ok('secretary', 'quiz.branch', {})
  expect(page.papers.some((p) => p.from === '机关第一党支部')).toBe(true)
  expect(page.members.some((m) => m.taken)).toBe(true)
  expect(page.members.some((m) => !m.taken)).toBe(true)
  // 本支部题目: the branch's own, one of them retired.
  expect(page.ownQuestions.filter((q) => q.status === 'active').length).toBeGreaterThanOrEqual(3)
  expect(page.ownQuestions.some((q) => q.status === 'retired')).toBe(true)
  expect(page.ownQuestions.every((q) => q.owner === '机关第一党支部')).toBe(true)
})
