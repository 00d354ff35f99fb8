/** The words of 党纪党规知识测试, as members, secretaries and the office read them. */
import type { PaperState, QuestionKind, QuizTopic } from './types'

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
}

export const QUIZ_TOPIC_LABELS: Record<QuizTopic, string> = {
  charter: '党章',
  discipline: '纪律处分条例',
  rules: '其他党内法规',
}

export const PAPER_STATE_LABELS: Record<PaperState, string> = {
  upcoming: '未开始',
  open: '进行中',
  closed: '已结束',
}

export const QUESTION_STATUS_LABELS = { active: '在用', retired: '已停用' } as const

/** A 判断题's two options, always in this order. */
export const JUDGE_OPTIONS = ['正确', '错误'] as const

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const

/** What the member reads at the top of a paper: to learn, not to be compared. */
export const QUIZ_PROMISE = '不计时，不与别人比较，答题情况只有自己能看到。'

/** The import's header row, with one example line, for the office to start from. */
export const QUIZ_IMPORT_HEADER = '题型,专题,题干,选项A,选项B,选项C,选项D,答案,解析,出处'
export const QUIZ_IMPORT_EXAMPLE =
  '单选题,党章,预备党员的预备期为多长时间？,半年,一年,两年,三年,B,党章规定预备党员的预备期为一年。,《中国共产党章程》第七条'
