/** 知识测试 rules (core/quiz) at their boundaries: grading, checking a question, the open period, the 5-answer threshold, the 错题本, the import. */
import { checkQuizTable, parseAnswer } from '../../core/quiz/import'
import { QUIZ_IMPORT_EXAMPLE, QUIZ_IMPORT_HEADER } from '../../core/quiz/labels'
import {
  attemptWords,
  bankCounts,
  choiceProblem,
  drawQuestions,
  isCorrect,
  paperState,
  periodProblem,
  questionProblems,
  wrongBook,
  wrongShare,
  wrongShareWords,
} from '../../core/quiz/rules'

describe('grading', () => {
  it('takes a single or true/false answer right only when it is the one correct option', () => {
    expect(isCorrect([1], [1])).toBe(true)
    expect(isCorrect([1], [0])).toBe(false)
    expect(isCorrect([0], [])).toBe(false)
  })

  it('takes a multiple-choice answer right only for exactly the correct set, in any order', () => {
    expect(isCorrect([0, 1, 3], [3, 0, 1])).toBe(true)
    expect(isCorrect([0, 1, 3], [0, 1])).toBe(false)
    expect(isCorrect([0, 1, 3], [0, 1, 2, 3])).toBe(false)
  })

  it('refuses a choice that is empty, out of range, repeated, or more than one for 单选 and 判断', () => {
    expect(choiceProblem('single', 4, [])).toBe('QUIZ.CHOICE_EMPTY')
    expect(choiceProblem('single', 4, [4])).toBe('QUIZ.CHOICE_RANGE')
    expect(choiceProblem('single', 4, [3])).toBeNull()
    expect(choiceProblem('single', 4, [0, 1])).toBe('QUIZ.CHOICE_ONE')
    expect(choiceProblem('judge', 2, [0, 1])).toBe('QUIZ.CHOICE_ONE')
    expect(choiceProblem('multiple', 4, [0, 0])).toBe('QUIZ.CHOICE_RANGE')
    expect(choiceProblem('multiple', 4, [0, 3])).toBeNull()
    expect(choiceProblem('multiple', 4, [-1])).toBe('QUIZ.CHOICE_RANGE')
  })
})

describe('a question', () => {
  const options = ['甲', '乙', '丙', '丁']
  it('needs a correct answer', () => {
    expect(questionProblems({ kind: 'single', options, answer: [] })).toEqual(['QUIZ.NO_CORRECT_ANSWER'])
  })
  it('has one answer for 单选 and 判断, two or more for 多选', () => {
    expect(questionProblems({ kind: 'single', options, answer: [0, 1] })).toEqual(['QUIZ.ONE_ANSWER'])
    expect(questionProblems({ kind: 'multiple', options, answer: [2] })).toEqual(['QUIZ.MULTIPLE_NEEDS_TWO'])
    expect(questionProblems({ kind: 'multiple', options, answer: [0, 2] })).toEqual([])
    expect(questionProblems({ kind: 'judge', options: ['正确', '错误'], answer: [1] })).toEqual([])
  })
  it('has 2 to 6 distinct options, 判断 exactly 正确 and 错误, and an answer among them', () => {
    expect(questionProblems({ kind: 'single', options: ['甲'], answer: [0] })).toEqual(['QUIZ.OPTION_COUNT'])
    expect(questionProblems({ kind: 'single', options: ['甲', '乙'], answer: [0] })).toEqual([])
    expect(questionProblems({ kind: 'single', options: [...options, '戊', '己'], answer: [5] })).toEqual([])
    expect(questionProblems({ kind: 'single', options: [...options, '戊', '己', '庚'], answer: [0] })).toEqual([
      'QUIZ.OPTION_COUNT',
    ])
    expect(questionProblems({ kind: 'single', options: ['甲', '甲'], answer: [0] })).toEqual(['QUIZ.OPTION_REPEATED'])
    expect(questionProblems({ kind: 'single', options, answer: [4] })).toEqual(['QUIZ.ANSWER_NOT_AN_OPTION'])
    expect(questionProblems({ kind: 'judge', options: ['对', '错'], answer: [0] })).toEqual(['QUIZ.JUDGE_OPTIONS'])
  })
})

describe('a paper on a China day', () => {
  it('is open from its first day to its last, both whole', () => {
    expect(paperState('2026-12-01', '2026-12-31', '2026-11-30')).toBe('upcoming')
    expect(paperState('2026-12-01', '2026-12-31', '2026-12-01')).toBe('open')
    expect(paperState('2026-12-01', '2026-12-31', '2026-12-31')).toBe('open')
    expect(paperState('2026-12-01', '2026-12-31', '2027-01-01')).toBe('closed')
  })
  it('may be published ending today, not yesterday; not reversed; at most 62 days', () => {
    expect(periodProblem('2026-12-01', '2026-12-10', '2026-12-10')).toBeNull()
    expect(periodProblem('2026-12-01', '2026-12-09', '2026-12-10')).toBe('QUIZ.PERIOD_PAST')
    expect(periodProblem('2026-12-10', '2026-12-09', '2026-12-01')).toBe('QUIZ.PERIOD_REVERSED')
    expect(periodProblem('2026-12-01', '2027-01-31', '2026-12-01')).toBeNull() // 62 days
    expect(periodProblem('2026-12-01', '2027-02-01', '2026-12-01')).toBe('QUIZ.PERIOD_TOO_LONG')
  })
})

describe("the office's figure per question", () => {
  it('shows nothing below 5 answers, a whole percent from 5', () => {
    expect(wrongShare(4, 4)).toBeNull()
    expect(wrongShareWords(4, 1)).toBe('作答不足5人，暂不显示')
    expect(wrongShare(5, 2)).toBe(40)
    expect(wrongShare(6, 1)).toBe(17)
    expect(wrongShareWords(5, 2)).toBe('错答 40%（5人作答）')
  })
})

describe('the 错题本', () => {
  it('holds questions whose latest answer was wrong, the most recently missed first', () => {
    const book = wrongBook([
      { questionId: 'a', correct: false, at: 1 },
      { questionId: 'b', correct: false, at: 2 },
      { questionId: 'c', correct: true, at: 3 },
      { questionId: 'a', correct: true, at: 4 },
      { questionId: 'c', correct: false, at: 5 },
    ])
    expect(book).toEqual(['c', 'b'])
  })
  it('lets a later answer at the same instant decide', () => {
    expect(
      wrongBook([
        { questionId: 'a', correct: false, at: 1 },
        { questionId: 'a', correct: true, at: 1 },
      ]),
    ).toEqual([])
  })
})

describe('drawing a paper', () => {
  const pool = [
    { id: 'j1', kind: 'judge' as const, topic: 'charter' },
    { id: 's1', kind: 'single' as const, topic: 'charter' },
    { id: 'm1', kind: 'multiple' as const, topic: 'charter' },
    { id: 's2', kind: 'single' as const, topic: 'discipline' },
    { id: 's3', kind: 'single' as const, topic: 'charter' },
  ]
  it('draws only the chosen topics, the same for the same seed, laid out 单选, 多选, 判断', () => {
    const a = drawQuestions(pool, ['charter'], 4, 'qp-1')
    expect(a?.map((q) => q.id)).toEqual(['s1', 's3', 'm1', 'j1'])
    expect(drawQuestions(pool, ['charter'], 2, 'seed')).toEqual(drawQuestions(pool, ['charter'], 2, 'seed'))
  })
  it('says when the topics hold too few', () => {
    expect(drawQuestions(pool, ['discipline'], 1, 'x')?.map((q) => q.id)).toEqual(['s2'])
    expect(drawQuestions(pool, ['discipline'], 2, 'x')).toBeNull()
  })
})

it("words a member's own attempt for them alone", () => {
  expect(attemptWords(10, 3, 2)).toBe('已答3题，共10题')
  expect(attemptWords(10, 10, 8)).toBe('答对8题，共10题')
})

describe('the import', () => {
  const header = QUIZ_IMPORT_HEADER.split(',')
  const row = QUIZ_IMPORT_EXAMPLE.split(',')
  it('reads the example line', () => {
    const { rows, entries, headerProblems } = checkQuizTable([header, row], new Set())
    expect(headerProblems).toEqual([])
    expect(rows[0]).toMatchObject({ line: 2, problems: [] })
    expect(entries[0]).toMatchObject({
      kind: 'single',
      topic: 'charter',
      answer: [1],
      options: ['半年', '一年', '两年', '三年'],
    })
  })
  it('refuses the whole sheet when one row has no correct answer, and says which', () => {
    const bad = [...row]
    bad[2] = '党的最高理想和最终目标是什么？'
    bad[7] = ''
    const { rows, entries } = checkQuizTable([header, row, bad], new Set())
    expect(entries).toEqual([])
    expect(rows[1]).toMatchObject({ line: 3, problems: ['没有填写正确答案'] })
  })
  it('reads 判断题 without option cells and answers in several spellings', () => {
    const judge = [
      '判断题',
      '党章',
      '预备党员有表决权。',
      '',
      '',
      '',
      '',
      '错',
      '预备党员没有表决权。',
      '《中国共产党章程》第七条',
    ]
    const { entries } = checkQuizTable([header, judge], new Set())
    expect(entries[0]).toMatchObject({ kind: 'judge', options: ['正确', '错误'], answer: [1] })
    expect(parseAnswer('multiple', 'A、C,D')).toEqual([0, 2, 3])
    expect(parseAnswer('single', 'Z')).toBeNull()
  })
  it('names missing columns, repeated stems and stems already in the bank', () => {
    expect(
      checkQuizTable(
        [
          ['题型', '题干'],
          ['单选题', 'x'],
        ],
        new Set(),
      ).headerProblems[0],
    ).toMatch(/缺少这些列：专题/)
    const { rows } = checkQuizTable([header, row, row], new Set(['预备党员的预备期为多长时间？']))
    expect(rows[0]!.problems).toEqual(['题库中已有相同题干的题目'])
    expect(rows[1]!.problems).toContain('与表中前面一行的题干相同')
  })
})

describe("机关党委题库's count", () => {
  const q = (branchId: string | null, status: string) => ({ branchId, status })

  it("counts the office's questions in use; branches' own in use apart; retired and importing nowhere", () => {
    expect(bankCounts([])).toEqual({ office: 0, branchOwn: 0 })
    expect(
      bankCounts([
        q(null, 'active'),
        q(null, 'active'),
        q(null, 'retired'),
        q(null, 'importing'),
        q('org-b1', 'active'),
        q('org-b2', 'active'),
        q('org-b2', 'retired'),
      ]),
    ).toEqual({ office: 2, branchOwn: 2 })
  })

  it('a bank of only branch questions has an office count of 0', () => {
    expect(bankCounts([q('org-b1', 'active')])).toEqual({ office: 0, branchOwn: 1 })
  })
})
