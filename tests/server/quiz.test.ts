/**
 * 党纪党规知识测试 (issue 27): a member takes a paper answer by answer (leaving halfway loses
 * nothing), retakes, records it as a 学习打卡 by choice and practises from the 错题本; others see
 * no one's answers — the secretary a yes/no per member, the office a share of wrong answers from
 * 5 answers. The bank refuses a question without a correct answer and never deletes; an import
 * with one bad row writes nothing; publishing tells members through the notices, audited.
 */
import { addDays } from '../../core/study'
import { chinaDate } from '../../core/dates'
import type { FunctionName } from '../../core/contract'
import { QUIZ_IMPORT_EXAMPLE, QUIZ_IMPORT_HEADER } from '../../core/quiz/labels'
import type { LocalCloud } from '../../localcloud/server'
import type { InboxDoc } from '../../server/actions/notify/model'
import type { AnswerDoc, QuestionDoc } from '../../server/actions/quiz/model'
import type { AuditDoc } from '../../server/model'
import { docs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, seedWorld, startTestCloud, WORLD, type Actor } from '../helpers/cloud'
import { aQuestion, BANK, insertBank, insertDoneAttempt, insertPaper } from '../helpers/quiz-mothers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const today = () => chinaDate(cloud.clock.now())
async function fails(actor: Actor, fn: FunctionName, action: string, input: object, code: string) {
  const before = await cloud.database.exportAll()
  const answer = await actor.call(fn, action as never, input as never)
  expect(answer).toMatchObject({ ok: false, error: { code } })
  expect(await cloud.database.exportAll()).toEqual(before)
}
const member = () => asMember(cloud, WORLD.memberA1)

describe('taking a paper', () => {
  beforeEach(async () => {
    await insertBank(cloud)
    await insertPaper(cloud)
  })

  it('saves each answer at once, shows why, and picks up where the member left off', async () => {
    const first = await member().ok('member', 'quiz.take', { paperId: 'qp-1' })
    expect(first).toMatchObject({ attempt: null, resumeAt: 0, canAnswer: true })
    expect(first.questions.every((q) => q.mine === null)).toBe(true)
    // The answers are not on the screen before the member answers.
    expect(JSON.stringify(first.questions)).not.toMatch(/一年。|"answer"/)
    const after = await member().ok('member', 'quiz.answer', { paperId: 'qp-1', questionId: 'qq-1', choice: [0] })
    expect(after.questions[0]!.mine).toMatchObject({ correct: false, answerWords: 'B', choiceWords: 'A' })
    expect(after.questions[0]!.mine?.explanation).toMatch(/一年/)
    // Left halfway: opening it again starts at question 2.
    const again = await member().ok('member', 'quiz.take', { paperId: 'qp-1' })
    expect(again).toMatchObject({ resumeAt: 1, attempt: { n: 1, answered: 1, total: 3, done: false } })
    await member().ok('member', 'quiz.answer', { paperId: 'qp-1', questionId: 'qq-2', choice: [3, 1, 0] })
    const done = await member().ok('member', 'quiz.answer', { paperId: 'qp-1', questionId: 'qq-3', choice: [1] })
    expect(done.attempt).toMatchObject({ done: true, words: '答对2题，共3题' })
    expect(done).toMatchObject({ canAnswer: false, canRetake: true, canCheckIn: true })
    const home = await member().ok('member', 'quiz.home', {})
    expect(home.open[0]).toMatchObject({ mine: 'done', mineWords: '答对2题，共3题' })
    expect(JSON.stringify(home)).not.toMatch(/排名|名次|积分|得分|用时/)
  })

  it('answers a retried tap with the paper, refuses a changed answer, and writes nothing then', async () => {
    const input = { paperId: 'qp-1', questionId: 'qq-1', choice: [1] }
    await member().ok('member', 'quiz.answer', input)
    await member().ok('member', 'quiz.answer', input)
    expect(await docs<AnswerDoc>(cloud, 'quizAnswers')).toHaveLength(1)
    await fails(member(), 'member', 'quiz.answer', { ...input, choice: [2] }, 'QUIZ.ALREADY_ANSWERED')
    await fails(member(), 'member', 'quiz.answer', { ...input, questionId: 'qq-4' }, 'QUIZ.NOT_IN_PAPER')
    await fails(member(), 'member', 'quiz.answer', { ...input, questionId: 'qq-2', choice: [5] }, 'QUIZ.CHOICE_RANGE')
    await fails(member(), 'member', 'quiz.answer', { ...input, questionId: 'qq-3', choice: [0, 1] }, 'QUIZ.CHOICE_ONE')
    await fails(member(), 'member', 'quiz.retake', { paperId: 'qp-1' }, 'QUIZ.ATTEMPT_NOT_DONE')
  })

  it('retakes once done, and records the attempt as a 学习打卡 only when asked', async () => {
    await insertDoneAttempt(
      cloud,
      (await docs(cloud, 'quizPapers'))[0] as never,
      { id: WORLD.memberA1, branchId: WORLD.branchA },
      [true, true, false],
    )
    expect(await docs(cloud, 'studyCheckins')).toHaveLength(0)
    const checked = await member().ok('member', 'quiz.checkIn', { paperId: 'qp-1' })
    expect(checked.attempt).toMatchObject({ checkedIn: true })
    expect(checked.canCheckIn).toBe(false)
    const entries = await docs<{ title: string; memberId: string }>(cloud, 'studyCheckins')
    expect(entries).toEqual([
      expect.objectContaining({ title: '知识测试：本月党章知识测试', memberId: WORLD.memberA1 }),
    ])
    await member().ok('member', 'quiz.checkIn', { paperId: 'qp-1' })
    expect(await docs(cloud, 'studyCheckins')).toHaveLength(1)
    const again = await member().ok('member', 'quiz.retake', { paperId: 'qp-1' })
    expect(again).toMatchObject({ attempt: { n: 2, answered: 0 }, resumeAt: 0, canAnswer: true })
    expect(again.questions.every((q) => q.mine === null)).toBe(true)
  })

  it('refuses answers to a closed paper, one not yet open, and another branch’s paper — nothing written', async () => {
    await insertPaper(cloud, { _id: 'qp-closed', openFrom: addDays(today(), -30), openTo: addDays(today(), -1) })
    await insertPaper(cloud, { _id: 'qp-later', openFrom: addDays(today(), 1), openTo: addDays(today(), 9) })
    await insertPaper(cloud, { _id: 'qp-b', scope: 'branch', branchId: WORLD.branchB })
    const q = { questionId: 'qq-1', choice: [1] }
    await fails(member(), 'member', 'quiz.answer', { paperId: 'qp-closed', ...q }, 'QUIZ.PAPER_CLOSED')
    await fails(member(), 'member', 'quiz.answer', { paperId: 'qp-later', ...q }, 'QUIZ.PAPER_UPCOMING')
    await fails(member(), 'member', 'quiz.answer', { paperId: 'qp-b', ...q }, 'QUIZ.PAPER_NOT_FOUND')
    await fails(member(), 'member', 'quiz.take', { paperId: 'qp-b' }, 'QUIZ.PAPER_NOT_FOUND')
    const closed = await member().ok('member', 'quiz.take', { paperId: 'qp-closed' })
    expect(closed).toMatchObject({ canAnswer: false, questions: [], blocked: '这次测试已经结束，你没有参加' })
    const home = await member().ok('member', 'quiz.home', {})
    expect(home.open.map((p) => p.id)).toEqual(['qp-1'])
    expect(home.others.map((p) => p.id).sort()).toEqual(['qp-closed', 'qp-later'])
  })

  it('shows a member only their own answers', async () => {
    await member().ok('member', 'quiz.answer', { paperId: 'qp-1', questionId: 'qq-1', choice: [0] })
    const other = await asMember(cloud, WORLD.memberA2).ok('member', 'quiz.take', { paperId: 'qp-1' })
    expect(other.attempt).toBeNull()
    expect(other.questions[0]!.mine).toBeNull()
    expect((await asMember(cloud, WORLD.memberA2).ok('member', 'quiz.wrongBook', {})).questions).toEqual([])
  })
})

describe('the 错题本', () => {
  it('holds what I missed until I answer it right in practice', async () => {
    await insertBank(cloud)
    const paper = await insertPaper(cloud)
    await insertDoneAttempt(cloud, paper, { id: WORLD.memberA1, branchId: WORLD.branchA }, [false, true, false])
    const book = await member().ok('member', 'quiz.wrongBook', {})
    expect(book.questions.map((q) => q.id).sort()).toEqual(['qq-1', 'qq-3'])
    expect(book.questions[0]).toMatchObject({ missedIn: '本月党章知识测试' })
    expect(JSON.stringify(book.questions)).not.toMatch(/"answer"|explanation/)
    const wrongAgain = await member().ok('member', 'quiz.practice', { questionId: 'qq-1', choice: [2] })
    expect(wrongAgain.practised).toMatchObject({ correct: false, answerWords: 'B' })
    expect(wrongAgain.questions).toHaveLength(2)
    const right = await member().ok('member', 'quiz.practice', { questionId: 'qq-1', choice: [1] })
    expect(right.practised).toMatchObject({ questionId: 'qq-1', correct: true })
    expect(right.questions.map((q) => q.id)).toEqual(['qq-3'])
    await fails(member(), 'member', 'quiz.practice', { questionId: 'qq-1', choice: [1] }, 'QUIZ.NOT_IN_BOOK')
    await fails(member(), 'member', 'quiz.practice', { questionId: 'qq-2', choice: [0] }, 'QUIZ.NOT_IN_BOOK')
    expect((await member().ok('member', 'quiz.home', {})).wrongCount).toBe(1)
  })
})

describe('what officers see', () => {
  it('the secretary: a yes/no per member of the branch, in the roster’s order; never another branch’s', async () => {
    await insertBank(cloud)
    const paper = await insertPaper(cloud)
    await insertDoneAttempt(cloud, paper, { id: WORLD.memberA2, branchId: WORLD.branchA }, [false, false, false])
    const page = await asSecretary(cloud).ok('secretary', 'quiz.branch', {})
    expect(page.paper?.id).toBe('qp-1')
    expect(page.members.find((m) => m.id === WORLD.memberA2)).toEqual({
      id: WORLD.memberA2,
      name: '甲党员二',
      taken: true,
    })
    expect(page.members.find((m) => m.id === WORLD.memberA1)?.taken).toBe(false)
    expect(page.takenWords).toMatch(/^已完成 1人，未完成 \d+人$/)
    expect(JSON.stringify(page)).not.toMatch(/答对|correct|排名/)
    await insertPaper(cloud, { _id: 'qp-a', scope: 'branch', branchId: WORLD.branchA })
    await fails(asSecretary(cloud, 'B'), 'secretary', 'quiz.branch', { paperId: 'qp-a' }, 'QUIZ.PAPER_NOT_FOUND')
    await fails(asSecretary(cloud, 'B'), 'secretary', 'quiz.branch', { branchId: WORLD.branchA }, 'AUTH.OTHER_BRANCH')
  })

  it('the office: each question’s share of wrong answers only from 5 first attempts, no names', async () => {
    await insertBank(cloud)
    const paper = await insertPaper(cloud)
    const people = [WORLD.memberA1, WORLD.memberA2, WORLD.secretaryA, WORLD.memberB1]
    for (const id of people) await insertDoneAttempt(cloud, paper, { id, branchId: WORLD.branchA }, [false, true, true])
    // A retake does not count.
    await insertDoneAttempt(cloud, paper, { id: WORLD.memberA1, branchId: WORLD.branchA }, [true, true, true], 2)
    const four = await asAdmin(cloud).ok('admin', 'quiz.figures', { paperId: 'qp-1' })
    expect(four.questions[0]).toMatchObject({ wrongShare: null, words: '作答不足5人，暂不显示' })
    await insertDoneAttempt(cloud, paper, { id: WORLD.secretaryB, branchId: WORLD.branchB }, [true, true, true])
    const five = await asAdmin(cloud).ok('admin', 'quiz.figures', { paperId: 'qp-1' })
    expect(five.questions.map((q) => q.wrongShare)).toEqual([80, 0, 0])
    expect(five.questions[0]).toMatchObject({ words: '错答 80%（5人作答）', often: true })
    expect(JSON.stringify(five)).not.toMatch(/甲党员|乙书记|m-t/)
  })
})

describe('the bank', () => {
  const question = {
    kind: 'single' as const,
    topic: 'discipline' as const,
    stem: '受到开除党籍处分的，几年内不得重新入党？',
    options: ['三年', '五年', '八年', '十年'],
    answer: [1],
    explanation: '五年内不得重新入党。',
    source: '《中国共产党纪律处分条例》第二章',
  }

  it('refuses a question without a correct answer, or with two for 单选 — nothing written', async () => {
    await fails(asAdmin(cloud), 'admin', 'quiz.saveQuestion', { ...question, answer: [] }, 'QUIZ.NO_CORRECT_ANSWER')
    await fails(asAdmin(cloud), 'admin', 'quiz.saveQuestion', { ...question, answer: [0, 1] }, 'QUIZ.ONE_ANSWER')
  })

  it('adds, changes and retires (never deletes) a question, audited in words', async () => {
    const added = await asAdmin(cloud).ok('admin', 'quiz.saveQuestion', question)
    const q = added.questions.find((x) => x.stem === question.stem)!
    expect(q).toMatchObject({ answerWords: 'B', owner: '机关党委', status: 'active' })
    await asAdmin(cloud).ok('admin', 'quiz.saveQuestion', {
      ...question,
      questionId: q.id,
      source: '《中国共产党纪律处分条例》第二章 违纪与纪律处分',
    })
    const retired = await asAdmin(cloud).ok('admin', 'quiz.retireQuestion', { questionId: q.id })
    expect(retired.questions.find((x) => x.id === q.id)).toMatchObject({ status: 'retired', statusLabel: '已停用' })
    expect((await docs<QuestionDoc>(cloud, 'quizQuestions')).map((d) => d._id)).toContain(q.id)
    const kinds = (await docs<AuditDoc>(cloud, 'auditLog')).map((a) => a.kind)
    expect(kinds).toEqual(['quiz.saveQuestion', 'quiz.saveQuestion', 'quiz.retireQuestion'])
  })

  it('imports a sheet all or nothing: one bad row refuses the file', async () => {
    const good = `${QUIZ_IMPORT_HEADER}\n${QUIZ_IMPORT_EXAMPLE}`
    const bad = `${good}\n多选题,纪律处分条例,党的纪律包括哪些？,政治纪律,组织纪律,廉洁纪律,群众纪律,,,《中国共产党章程》第四十条`
    const preview = await asAdmin(cloud).ok('admin', 'quiz.importPreview', { text: bad })
    expect(preview).toMatchObject({ total: 2, problemCount: 1 })
    expect(preview.rows[1]).toMatchObject({ line: 3, problems: ['没有填写正确答案'] })
    await fails(asAdmin(cloud), 'admin', 'quiz.import', { text: bad }, 'QUIZ.IMPORT_HAS_PROBLEMS')
    expect(await asAdmin(cloud).ok('admin', 'quiz.import', { text: good })).toEqual({ imported: 1 })
    expect((await docs<QuestionDoc>(cloud, 'quizQuestions'))[0]).toMatchObject({ status: 'active', answer: [1] })
    expect((await docs<AuditDoc>(cloud, 'auditLog')).map((a) => a.kind)).toEqual(['quiz.import'])
    // The same sheet again: every row is already in the bank.
    await fails(asAdmin(cloud), 'admin', 'quiz.import', { text: good }, 'QUIZ.IMPORT_HAS_PROBLEMS')
  })
})

describe('publishing', () => {
  const input = () => ({
    title: '十二月党章知识测试',
    topics: ['charter' as const],
    count: 3,
    openFrom: today(),
    openTo: addDays(today(), 10),
  })

  it('draws from the bank, tells every member through 通知, and is audited', async () => {
    await insertBank(cloud)
    const bank = await asAdmin(cloud).ok('admin', 'quiz.publish', input())
    expect(bank.papers[0]).toMatchObject({
      title: '十二月党章知识测试',
      questionCount: 3,
      state: 'open',
      from: '机关党委',
    })
    const inbox = await docs<InboxDoc>(cloud, 'noticeInbox')
    expect(inbox.map((i) => i.memberId)).toContain(WORLD.memberB1)
    expect(inbox[0]!.title).toBe('知识测试：十二月党章知识测试')
    const kinds = (await docs<AuditDoc>(cloud, 'auditLog')).map((a) => a.kind).sort()
    expect(kinds).toEqual(['notice.publish', 'quiz.publish'])
    const home = await asMember(cloud, WORLD.memberB1).ok('member', 'quiz.home', {})
    expect(home.open[0]).toMatchObject({ title: '十二月党章知识测试', mine: 'none' })
  })

  it('a branch paper reaches the branch only; too few questions or a past period is refused, nothing written', async () => {
    await insertBank(cloud)
    await asSecretary(cloud).ok('secretary', 'quiz.publishBranch', { ...input(), count: 2 })
    const inbox = await docs<InboxDoc>(cloud, 'noticeInbox')
    expect(new Set(inbox.map((i) => i.branchId))).toEqual(new Set([WORLD.branchA]))
    expect((await asMember(cloud, WORLD.memberB1).ok('member', 'quiz.home', {})).open).toEqual([])
    await fails(
      asSecretary(cloud),
      'secretary',
      'quiz.publishBranch',
      { ...input(), count: 4 },
      'QUIZ.TOO_FEW_QUESTIONS',
    )
    await fails(
      asAdmin(cloud),
      'admin',
      'quiz.publish',
      { ...input(), openFrom: addDays(today(), -9), openTo: addDays(today(), -1) },
      'QUIZ.PERIOD_PAST',
    )
  })
})

describe('a branch keeps its own questions', () => {
  const secretary = () => asSecretary(cloud, 'A')
  const question = {
    kind: 'judge' as const,
    topic: 'rules' as const,
    stem: '支部委员会会议须有半数以上委员到会方能召开。',
    options: ['正确', '错误'],
    answer: [0],
    explanation: '支部委员会会议须有半数以上委员到会方能召开。',
    source: '《中国共产党支部工作条例（试行）》第二十条',
  }
  const ownA = aQuestion({
    _id: 'qq-a1',
    branchId: WORLD.branchA,
    stem: '本支部的固定学习日是每月哪一天？',
    createdAt: 10,
  })
  const ownB = aQuestion({ _id: 'qq-b1', branchId: WORLD.branchB, stem: '乙支部自己的题目？', createdAt: 11 })
  beforeEach(() => insertBank(cloud, [...BANK, ownA, ownB]))

  it('adds and edits a question of its own with the office’s checks, audited on the branch', async () => {
    await fails(
      secretary(),
      'secretary',
      'quiz.saveBranchQuestion',
      { ...question, answer: [] },
      'QUIZ.NO_CORRECT_ANSWER',
    )
    await fails(
      secretary(),
      'secretary',
      'quiz.saveBranchQuestion',
      { ...question, stem: '预备党员的预备期为多长时间？' },
      'QUIZ.DUPLICATE_STEM',
    )
    const added = await secretary().ok('secretary', 'quiz.saveBranchQuestion', question)
    expect(added.ownQuestions.map((q) => q.stem)).toEqual([ownA.stem, question.stem])
    expect(added.ownQuestions[1]).toMatchObject({ owner: '第一支部', answerWords: '正确', status: 'active' })
    expect(added.officeCount).toBe(4)
    expect(added.topics.find((t) => t.topic === 'rules')).toMatchObject({ count: 1 })
    const id = added.ownQuestions[1]!.id
    const edited = await secretary().ok('secretary', 'quiz.saveBranchQuestion', {
      ...question,
      questionId: id,
      answer: [1],
    })
    expect(edited.ownQuestions[1]).toMatchObject({ id, answerWords: '错误' })
    const stored = (await docs<QuestionDoc>(cloud, 'quizQuestions')).find((q) => q._id === id)!
    expect(stored).toMatchObject({ branchId: WORLD.branchA, answer: [1] })
    const audits = await docs<AuditDoc>(cloud, 'auditLog')
    expect(audits.map((a) => [a.kind, a.branchId])).toEqual([
      ['quiz.saveQuestion', WORLD.branchA],
      ['quiz.saveQuestion', WORLD.branchA],
    ])
    // Branch B's secretary never sees A's own questions.
    const b = await asSecretary(cloud, 'B').ok('secretary', 'quiz.branch', {})
    expect(b.ownQuestions.map((q) => q.id)).toEqual(['qq-b1'])
  })

  it('counts the bureau’s bank one way on both pages: the office’s in use; branches’ own apart', async () => {
    const bank = await asAdmin(cloud).ok('admin', 'quiz.bank', {})
    const branch = await secretary().ok('secretary', 'quiz.branch', {})
    expect(bank.officeCount).toBe(branch.officeCount)
    expect(bank.officeCount).toBe(bank.topics.reduce((n, t) => n + t.count, 0))
    expect(bank.branchOwnCount).toBe(2)
  })

  it('refuses the office’s question and another branch’s, and another branch’s secretary — nothing written', async () => {
    const edit = (id: string) => ({ ...question, questionId: id })
    await fails(secretary(), 'secretary', 'quiz.saveBranchQuestion', edit('qq-1'), 'AUTH.OTHER_BRANCH')
    await fails(secretary(), 'secretary', 'quiz.saveBranchQuestion', edit('qq-b1'), 'AUTH.OTHER_BRANCH')
    await fails(secretary(), 'secretary', 'quiz.retireBranchQuestion', { questionId: 'qq-1' }, 'AUTH.OTHER_BRANCH')
    await fails(secretary(), 'secretary', 'quiz.retireBranchQuestion', { questionId: 'qq-b1' }, 'AUTH.OTHER_BRANCH')
    await fails(
      secretary(),
      'secretary',
      'quiz.retireBranchQuestion',
      { questionId: 'qq-none' },
      'QUIZ.QUESTION_NOT_FOUND',
    )
    const otherSecretary = asSecretary(cloud, 'B')
    await fails(
      otherSecretary,
      'secretary',
      'quiz.retireBranchQuestion',
      { questionId: 'qq-a1', branchId: WORLD.branchA },
      'AUTH.OTHER_BRANCH',
    )
    await fails(
      otherSecretary,
      'secretary',
      'quiz.saveBranchQuestion',
      { ...question, branchId: WORLD.branchA },
      'AUTH.OTHER_BRANCH',
    )
  })

  it('retires an answered question of its own: never drawn again, every answer kept', async () => {
    const { _id, kind, topic, stem, options, answer, explanation, source } = ownA
    const paper = await insertPaper(cloud, {
      _id: 'qp-a',
      scope: 'branch',
      branchId: WORLD.branchA,
      questions: [{ id: _id, kind, topic, stem, options, answer, explanation, source }],
    })
    await insertDoneAttempt(cloud, paper, { id: WORLD.memberA1, branchId: WORLD.branchA }, [false])
    const before = await secretary().ok('secretary', 'quiz.branch', {})
    expect(before.ownQuestions[0]).toMatchObject({ id: 'qq-a1', answered: true })
    const after = await secretary().ok('secretary', 'quiz.retireBranchQuestion', { questionId: 'qq-a1' })
    expect(after.ownQuestions[0]).toMatchObject({ id: 'qq-a1', status: 'retired', statusLabel: '已停用' })
    expect(after.topics.find((t) => t.topic === 'charter')!.count).toBe(
      before.topics.find((t) => t.topic === 'charter')!.count - 1,
    )
    expect((await docs<QuestionDoc>(cloud, 'quizQuestions')).map((q) => q._id)).toContain('qq-a1')
    expect((await docs<AnswerDoc>(cloud, 'quizAnswers')).filter((a) => a.questionId === 'qq-a1')).toHaveLength(1)
    const audits = await docs<AuditDoc>(cloud, 'auditLog')
    expect(audits.map((a) => [a.kind, a.branchId])).toEqual([['quiz.retireQuestion', WORLD.branchA]])
    // Retiring again changes nothing.
    await secretary().ok('secretary', 'quiz.retireBranchQuestion', { questionId: 'qq-a1' })
    expect(await docs<AuditDoc>(cloud, 'auditLog')).toHaveLength(1)
  })
})
