import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type {
  MyAnswerView,
  PaperSummary,
  QuizBranchPage,
  QuizFigures,
  QuizHome,
  QuizTake,
  TakeQuestion,
  WrongBook,
} from '@core/contract/quiz'
import { setRouterParams } from '../setup/taro'
import QuizHomePage from '@/packageMember/pages/quiz/index'
import QuizTakePage from '@/packageMember/pages/quiz-take/index'
import WrongBookPage from '@/packageMember/pages/quiz-wrong/index'
import SecretaryQuizPage from '@/packageSecretary/pages/quiz/index'
import QuizFiguresPage from '@/packageAdmin/pages/quiz-figures/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

beforeEach(freshLaunch)

/** No ranking, no points, no time figures on any of these screens (2026 rules). */
const NO_RANKING = /排名|名次|积分|得分|用时|分钟|第\d+名|最多|最少/

const paper: PaperSummary = {
  id: 'qp-1',
  title: '12月党纪党规知识测试',
  from: '机关党委',
  openFrom: '2026-12-01',
  openTo: '2026-12-31',
  periodWords: '2026年12月1日至12月31日',
  state: 'open',
  stateLabel: '进行中',
  questionCount: 2,
  topicWords: '党章、纪律处分条例',
}

const q1: TakeQuestion = {
  id: 'qq-1',
  kind: 'single',
  kindLabel: '单选题',
  stem: '预备党员的预备期为多长时间？',
  options: ['半年', '一年', '两年', '三年'],
  mine: null,
}
const q2: TakeQuestion = {
  id: 'qq-2',
  kind: 'judge',
  kindLabel: '判断题',
  stem: '预备党员有表决权。',
  options: ['正确', '错误'],
  mine: null,
}
const wrongA: MyAnswerView = {
  choice: [0],
  correct: false,
  answer: [1],
  answerWords: 'B',
  choiceWords: 'A',
  explanation: '党章规定预备党员的预备期为一年。',
  source: '《中国共产党章程》第七条',
}

const take = (extra: Partial<QuizTake> = {}): QuizTake => ({
  paper,
  promise: '不计时，不与别人比较，答题情况只有自己能看到。',
  attempt: null,
  questions: [q1, q2],
  resumeAt: 0,
  canAnswer: true,
  canRetake: false,
  blocked: null,
  canCheckIn: false,
  ...extra,
})

describe('知识测试 (党员)', () => {
  it('lists the open paper, the 错题本 and my history in one call, with nothing that compares', async () => {
    const home: QuizHome = {
      today: '2026-12-07',
      promise: '不计时，不与别人比较，答题情况只有自己能看到。',
      open: [{ ...paper, mine: 'started', mineWords: '已答1题，共2题', attempts: 1 }],
      others: [
        {
          ...paper,
          id: 'qp-0',
          title: '11月党纪党规知识测试',
          state: 'closed',
          stateLabel: '已结束',
          mine: 'done',
          mineWords: '答对8题，共10题',
          attempts: 1,
        },
      ],
      wrongCount: 3,
    }
    const cloud = cloudWithActions({ 'member/quiz.home': () => ({ data: home }) })
    render(<QuizHomePage />)
    expect(await screen.findByText('接着答')).toBeTruthy()
    expect(screen.getByText('有3道题上次答错了，可以再练一练。')).toBeTruthy()
    expect(screen.getByText('答对8题，共10题')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(NO_RANKING)
    expect(actionsCalled(cloud)).toEqual(['member/quiz.home'])
  })

  it('picks up at the first question not answered, saves an answer in one call and shows why at once', async () => {
    setRouterParams({ id: 'qp-1' })
    const answered = take({
      attempt: { n: 1, answered: 1, total: 2, done: false, words: '已答1题，共2题', checkedIn: false },
      questions: [{ ...q1, mine: wrongA }, q2],
      resumeAt: 1,
    })
    const cloud = cloudWithActions({
      'member/quiz.take': () => ({ data: take() }),
      'member/quiz.answer': () => ({ data: answered }),
    })
    render(<QuizTakePage />)
    expect(await screen.findByText('预备党员的预备期为多长时间？')).toBeTruthy()
    expect(screen.getByText('第1题 / 共2题')).toBeTruthy()
    fireEvent.click(screen.getByText('确定'))
    expect(await screen.findByText(/请先选择答案/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/quiz.take'])
    fireEvent.click(screen.getByText('A. 半年'))
    fireEvent.click(screen.getByText('确定'))
    expect(await screen.findByText('✗ 答错了')).toBeTruthy()
    expect(screen.getByText('正确答案：B，您的答案：A')).toBeTruthy()
    expect(screen.getByText('解析：党章规定预备党员的预备期为一年。')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/quiz.take', 'member/quiz.answer'])
    expect(cloud.calls[1]!.input).toEqual({ paperId: 'qp-1', questionId: 'qq-1', choice: [0] })
    fireEvent.click(screen.getByText('下一题'))
    expect(await screen.findByText('预备党员有表决权。')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(NO_RANKING)
  })

  it('opens a half-done paper at the question where I left off', async () => {
    setRouterParams({ id: 'qp-1' })
    cloudWithActions({
      'member/quiz.take': () => ({
        data: take({
          attempt: { n: 1, answered: 1, total: 2, done: false, words: '已答1题，共2题', checkedIn: false },
          questions: [{ ...q1, mine: wrongA }, q2],
          resumeAt: 1,
        }),
      }),
    })
    render(<QuizTakePage />)
    expect(await screen.findByText('第2题 / 共2题')).toBeTruthy()
    expect(screen.getByText('上一题')).toBeTruthy()
  })

  it('ends with my result and records it as 学习打卡 only when I tap it', async () => {
    setRouterParams({ id: 'qp-1' })
    const done = take({
      attempt: { n: 1, answered: 2, total: 2, done: true, words: '答对1题，共2题', checkedIn: false },
      questions: [
        { ...q1, mine: wrongA },
        {
          ...q2,
          mine: { ...wrongA, choice: [1], correct: true, answer: [1], answerWords: '错误', choiceWords: '错误' },
        },
      ],
      canAnswer: false,
      canRetake: true,
      canCheckIn: true,
    })
    const cloud = cloudWithActions({
      'member/quiz.take': () => ({ data: done }),
      'member/quiz.checkIn': () => ({
        data: { ...done, canCheckIn: false, attempt: { ...done.attempt!, checkedIn: true } },
      }),
    })
    render(<QuizTakePage />)
    expect(await screen.findByText('答对1题，共2题')).toBeTruthy()
    expect(screen.getByText('第1题 预备党员的预备期为多长时间？')).toBeTruthy()
    fireEvent.click(screen.getByText('记入我的学习记录'))
    expect(await screen.findByText(/已记入学习记录/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/quiz.take', 'member/quiz.checkIn'])
    expect(screen.getByText('重新作答')).toBeTruthy()
  })

  it('practises a 错题本 question in one call; answered right it leaves the book', async () => {
    const missed = {
      id: 'qq-1',
      kind: 'single' as const,
      kindLabel: '单选题',
      topicLabel: '党章',
      stem: q1.stem,
      options: q1.options,
      missedIn: '11月党纪党规知识测试',
      missedOn: '2026年11月20日',
    }
    const book: WrongBook = { questions: [missed], practised: null }
    const cloud = cloudWithActions({
      'member/quiz.wrongBook': () => ({ data: book }),
      'member/quiz.practice': () => ({
        data: {
          questions: [],
          practised: {
            questionId: 'qq-1',
            kind: 'single',
            stem: q1.stem,
            options: q1.options,
            kindLabel: '单选题',
            ...wrongA,
            choice: [1],
            correct: true,
            choiceWords: 'B',
          },
        },
      }),
    })
    render(<WrongBookPage />)
    expect(await screen.findByText('还有1道题要练')).toBeTruthy()
    fireEvent.click(screen.getByText('练一练'))
    fireEvent.click(screen.getByText('B. 一年'))
    fireEvent.click(screen.getByText('确定'))
    expect(await screen.findByText('✓ 答对了')).toBeTruthy()
    expect(screen.getByText('这道题已从错题本中移出。')).toBeTruthy()
    expect(screen.getByText('错题本是空的')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['member/quiz.wrongBook', 'member/quiz.practice'])
    expect(cloud.calls[1]!.input).toEqual({ questionId: 'qq-1', choice: [1] })
  })
})

describe('知识测试 (书记 and 机关党委)', () => {
  it('shows the secretary yes/no per member, never a result or an order by it', async () => {
    setRouterParams({})
    const page: QuizBranchPage = {
      branchId: 'org-b1',
      branchName: '机关第一党支部',
      today: '2026-12-07',
      papers: [paper],
      paper,
      members: [
        { id: 'm-1', name: '王芳', taken: true },
        { id: 'm-2', name: '赵强', taken: false },
      ],
      takenWords: '已完成 1人，未完成 1人',
      topics: [{ topic: 'charter', label: '党章', count: 24 }],
      ownQuestions: [],
      officeCount: 24,
    }
    const cloud = cloudWithActions({ 'secretary/quiz.branch': () => ({ data: page }) })
    render(<SecretaryQuizPage />)
    expect(await screen.findByText('✓ 已完成')).toBeTruthy()
    expect(screen.getByText('○ 未完成')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(NO_RANKING)
    expect(document.body.textContent).not.toMatch(/答对/)
    expect(actionsCalled(cloud)).toEqual(['secretary/quiz.branch'])
    fireEvent.click(screen.getByText('发布支部测试'))
    expect(await screen.findByText('发布知识测试')).toBeTruthy()
    expect(screen.getByText('党章（题库中24题）')).toBeTruthy()
  })

  it('shows the office each question’s share of wrong answers, or why not yet', async () => {
    const figures: QuizFigures = {
      papers: [paper],
      paper,
      note: '只计每人第一遍作答',
      questions: [
        {
          index: 1,
          id: 'qq-1',
          kindLabel: '单选题',
          topicLabel: '党章',
          stem: q1.stem,
          source: '《中国共产党章程》第七条',
          answers: 62,
          wrongShare: 58,
          words: '错答 58%（62人作答）',
          often: true,
        },
        {
          index: 2,
          id: 'qq-2',
          kindLabel: '判断题',
          topicLabel: '党章',
          stem: q2.stem,
          source: '《中国共产党章程》第七条',
          answers: 0,
          wrongShare: null,
          words: '作答不足5人，暂不显示',
          often: false,
        },
      ],
    }
    const cloud = cloudWithActions({ 'admin/quiz.figures': () => ({ data: figures }) })
    render(<QuizFiguresPage />)
    expect(await screen.findByText('错答 58%（62人作答）')).toBeTruthy()
    expect(screen.getByText('作答不足5人，暂不显示')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('错答超过一半的题（可作为下次党课的内容）')).toBeTruthy())
    expect(document.body.textContent).not.toMatch(NO_RANKING)
    expect(actionsCalled(cloud)).toEqual(['admin/quiz.figures'])
  })
})

describe('本支部题目 (书记)', () => {
  const own: import('@core/contract/quiz').QuestionAdminView = {
    id: 'qq-own',
    kind: 'single',
    kindLabel: '单选题',
    topic: 'rules',
    topicLabel: '其他党内法规',
    stem: '本支部的固定学习日是每月哪一天？',
    options: ['第一个星期一', '每月十日', '每月十五日'],
    answer: [0],
    answerWords: 'A',
    explanation: '支部委员会确定。',
    source: '《支部学习制度》',
    status: 'active',
    statusLabel: '在用',
    owner: '机关第一党支部',
    answered: true,
  }
  const page = (ownQuestions: (typeof own)[]): QuizBranchPage => ({
    branchId: 'org-b1',
    branchName: '机关第一党支部',
    today: '2026-12-07',
    papers: [],
    paper: null,
    members: [],
    takenWords: '',
    topics: [{ topic: 'rules', label: '其他党内法规', count: 1 }],
    ownQuestions,
    officeCount: 60,
  })

  it('lists the branch’s own questions in the first call; 编辑 and 停用 are one call each, answered with the screen', async () => {
    setRouterParams({})
    const cloud = cloudWithActions({
      'secretary/quiz.branch': () => ({ data: page([own]) }),
      'secretary/quiz.saveBranchQuestion': () => ({ data: page([{ ...own, source: '《支部学习制度》第三条' }]) }),
      'secretary/quiz.retireBranchQuestion': () => ({
        data: page([{ ...own, source: '《支部学习制度》第三条', status: 'retired', statusLabel: '已停用' }]),
      }),
    })
    render(<SecretaryQuizPage />)
    expect(await screen.findByText('本支部题目（在用1题）')).toBeTruthy()
    expect(screen.getByText(own.stem)).toBeTruthy()
    expect(screen.getByText(/机关党委题库（在用60题）/)).toBeTruthy()
    fireEvent.click(screen.getByText('编辑'))
    expect(await screen.findByText('修改题目')).toBeTruthy()
    fireEvent.click(screen.getByText('保存'))
    expect(await screen.findByText('出处：《支部学习制度》第三条')).toBeTruthy()
    expect(cloud.calls[1]!.input).toMatchObject({ questionId: 'qq-own', branchId: 'org-b1', answer: [0] })
    fireEvent.click(screen.getByText('停用'))
    expect(await screen.findByText('已停用')).toBeTruthy()
    expect(screen.getByText('本支部题目（在用0题）')).toBeTruthy()
    expect(screen.queryByText('编辑')).toBeNull()
    expect(cloud.calls[2]!.input).toEqual({ questionId: 'qq-own', branchId: 'org-b1' })
    expect(actionsCalled(cloud)).toEqual([
      'secretary/quiz.branch',
      'secretary/quiz.saveBranchQuestion',
      'secretary/quiz.retireBranchQuestion',
    ])
  })

  it('offers 新增题目 when the branch has none, and asks for a correct answer before sending', async () => {
    setRouterParams({})
    const cloud = cloudWithActions({ 'secretary/quiz.branch': () => ({ data: page([]) }) })
    render(<SecretaryQuizPage />)
    expect(await screen.findByText('还没有本支部的题目')).toBeTruthy()
    fireEvent.click(screen.getByText('新增题目'))
    expect(await screen.findByText('保存')).toBeTruthy()
    fireEvent.click(screen.getByText('保存'))
    expect(await screen.findByText(/请标出正确答案/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/quiz.branch'])
  })
})

describe('题库 (机关党委)', () => {
  const bank = (): import('@core/contract/quiz').QuizBank => ({
    today: '2026-12-07',
    questions: [
      {
        id: 'qq-1',
        kind: 'single',
        kindLabel: '单选题',
        topic: 'charter',
        topicLabel: '党章',
        stem: q1.stem,
        options: q1.options,
        answer: [1],
        answerWords: 'B',
        explanation: '一年。',
        source: '《中国共产党章程》第七条',
        status: 'active',
        statusLabel: '在用',
        owner: '机关党委',
        answered: true,
      },
    ],
    topics: [
      { topic: 'charter', label: '党章', count: 1 },
      { topic: 'discipline', label: '纪律处分条例', count: 0 },
      { topic: 'rules', label: '其他党内法规', count: 0 },
    ],
    papers: [paper],
    officeCount: 1,
    branchOwnCount: 0,
  })

  it('lists the bank in one call, and refuses to save a question without a correct answer before sending', async () => {
    const { default: AdminQuizPage } = await import('@/packageAdmin/pages/quiz/index')
    const cloud = cloudWithActions({ 'admin/quiz.bank': () => ({ data: bank() }) })
    render(<AdminQuizPage />)
    expect(await screen.findByText('题库（在用1题）')).toBeTruthy()
    fireEvent.click(screen.getByText('党章'))
    expect(await screen.findByText('正确答案：B')).toBeTruthy()
    expect(screen.getByText('已有人答过')).toBeTruthy()
    fireEvent.click(screen.getByText('新增题目'))
    fireEvent.click(await screen.findByText('保存'))
    expect(await screen.findByText(/请标出正确答案/)).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/quiz.bank'])
  })

  it('counts the office’s questions in the heading, the branches’ own apart, and folds the bank by topic', async () => {
    const { default: AdminQuizPage } = await import('@/packageAdmin/pages/quiz/index')
    const base = bank()
    const own = {
      ...base.questions[0]!,
      id: 'qq-own',
      stem: '本支部的固定学习日是每月哪一天？',
      owner: '机关第一党支部',
    }
    const old = { ...base.questions[0]!, id: 'qq-old', stem: '已停用的一道题？', status: 'retired' as const }
    const cloud = cloudWithActions({
      'admin/quiz.bank': () => ({
        data: {
          ...base,
          questions: [...base.questions, own, old],
          branchOwnCount: 1,
          papers: [
            paper,
            { ...paper, id: 'qp-0', title: '11月党纪党规知识测试', state: 'closed', stateLabel: '已结束' },
          ],
        },
      }),
    })
    render(<AdminQuizPage />)
    expect(await screen.findByText('题库（在用1题）')).toBeTruthy()
    expect(screen.getByText('另有支部自有1题，由各支部维护，只用于本支部的测试。')).toBeTruthy()
    // Folded: the papers and the bank's parts with their counts; no question drawn until opened.
    expect(screen.getByText(paper.title + '（机关党委）')).toBeTruthy()
    expect(screen.getByText('已结束的测试')).toBeTruthy()
    expect(screen.queryByText('11月党纪党规知识测试（机关党委）')).toBeNull()
    expect(screen.getByText('支部自有题目')).toBeTruthy()
    expect(screen.getByText('已停用')).toBeTruthy()
    expect(screen.queryByText(/纪律处分条例/)).toBeNull()
    expect(screen.queryByText(q1.stem)).toBeNull()
    fireEvent.click(screen.getByText('支部自有题目'))
    expect(await screen.findByText(own.stem)).toBeTruthy()
    expect(screen.queryByText(q1.stem)).toBeNull()
    fireEvent.click(screen.getByText('收起 ▴'))
    expect(screen.queryByText(own.stem)).toBeNull()
    fireEvent.click(screen.getByText('已结束的测试'))
    expect(await screen.findByText('11月党纪党规知识测试（机关党委）')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/quiz.bank'])
  })
})
